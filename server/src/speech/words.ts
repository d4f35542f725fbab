/**
 * The word lists that decide how a line is read. They live in `words.json` so that the grammar
 * generator (`scripts/grammar.mjs`) colours exactly what the parser reads.
 */
import words from './words.json';

/** A title ends in one of these (`…的讲话`, `…的通知`). */
export const DOCUMENT_WORDS: readonly string[] = words.documentWords;
/** A salutation names at least one of these (`同志们：`, `乡亲们：`). */
export const ADDRESS_TERMS: readonly string[] = words.addressTerms;
/** Unnumbered divisions of a document on a line of their own, often letter-spaced (`引　　言`). */
export const DIVISION_WORDS: readonly string[] = words.divisionWords;
/** A division after which the lines repeat the headings as a table of contents. */
export const CONTENTS_WORDS: readonly string[] = words.contentsWords;
/** `第一个问题：`, `第二个方面：`: level-1 headings named by their topic word. */
export const LEVEL1_TOPIC_WORDS: readonly string[] = words.level1TopicWords;
/** `附件`, `附件1`, `附：`, `附2：` start an attachment. */
export const ATTACHMENT_WORDS: readonly string[] = words.attachmentWords;
