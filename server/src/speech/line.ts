/**
 * What one line says on its own: its heading ordinal, series words, announced counts and length.
 * A line's facts depend only on its text, so unchanged lines can keep them across edits.
 */
import { scanAnnouncedCounts, type AnnouncedCount } from './announcement';
import { isDivisionHeading, matchHeadingOrdinal, type HeadingOrdinal } from './ordinal';
import { matchLeadWord, scanSeriesWords, type SeriesWord } from './series';

export interface LineFacts {
  /** Columns of the first and past the last non-whitespace character (equal on a blank line). */
  contentStart: number;
  contentEnd: number;
  /** Characters without whitespace, as the statistics count them. */
  length: number;
  /** Markdown marks around the line (`## ` before it, `**…**` around it): the line is read inside them. */
  markup?: Markup;
  heading?: HeadingOrdinal;
  /**
   * A line that may be a heading without a number: a Markdown `#` line, a division of the document
   * (`引　　言`), or a short line with no sentence mark (the parser decides by the lines around it).
   */
  unnumbered?: 'markdown' | 'division' | 'standalone';
  /** The heading's text: from after its ordinal to the first `。！？：` or the end of the line. */
  headingTextStart: number;
  headingTextEnd: number;
  /** Whether the line has a sentence mark (`。，；？！`): running text, not a title, heading or signature. */
  sentence: boolean;
  /** Series words at the paragraph start or after a sentence break. */
  seriesWords: SeriesWord[];
  /** A numeral and one character opening the paragraph (`一抓…`): a series word if the paragraphs around agree. */
  leadWord?: SeriesWord;
  announcedCounts: AnnouncedCount[];
}

/** `## ` before a line (hashes 2) or `**` around it (hashes 0); the columns inside the marks. */
export interface Markup {
  hashes: number;
  innerStart: number;
  innerEnd: number;
}

const HEADING_TEXT_ENDS = '。！？：';

/** Leading indentation that classification ignores: spaces, tabs, U+3000; and a BOM. */
function isIndent(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\ufeff';
}

/** Whitespace for counting and trimming. */
export function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\ufeff' || ch === '\u00a0' || ch === '\r' || ch === '\n' || ch === '\f' || ch === '\v';
}

/** Characters that are not whitespace; a surrogate pair counts once. */
export function countCharacters(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > start && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    if (!isWhitespaceCode(code)) count++;
  }
  return count;
}

/** `isWhitespace` by UTF-16 code, for the per-character loops. */
function isWhitespaceCode(code: number): boolean {
  return code <= 0x20 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : code === 0x3000 || code === 0xfeff || code === 0xa0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Reads one line (without its line break). */
export function scanLine(text: string): LineFacts {
  let contentStart = 0;
  while (contentStart < text.length && isIndent(text[contentStart])) contentStart++;
  let contentEnd = text.length;
  while (contentEnd > contentStart && isWhitespace(text[contentEnd - 1])) contentEnd--;
  // Every field is set, so that every line's facts have one shape (a megabyte of them is read often).
  const facts: LineFacts = {
    contentStart, contentEnd, length: countCharacters(text, contentStart, contentEnd), markup: undefined, heading: undefined,
    unnumbered: undefined, headingTextStart: contentStart, headingTextEnd: contentStart, sentence: false, seriesWords: NO_WORDS,
    leadWord: undefined, announcedCounts: NO_COUNTS,
  };
  if (contentStart === contentEnd) return facts;
  const content = contentEnd === text.length ? text : text.slice(0, contentEnd);
  const markup = readMarkup(content, contentStart);
  if (markup) facts.markup = markup;
  const innerStart = markup?.innerStart ?? contentStart;
  const innerEnd = markup?.innerEnd ?? contentEnd;
  const inner = innerEnd === content.length ? content : content.slice(0, innerEnd);
  facts.sentence = hasSentenceMark(inner, innerStart);
  const heading = matchHeadingOrdinal(inner, innerStart);
  let bodyStart = contentStart;
  if (heading) {
    facts.heading = heading;
    setHeadingText(facts, inner, heading.end, innerEnd, heading.kind === 'article' ? ARTICLE_TEXT_ENDS : HEADING_TEXT_ENDS);
    bodyStart = heading.end;
  } else {
    facts.unnumbered = unnumberedCandidate(inner, innerStart, markup);
    if (facts.unnumbered) setHeadingText(facts, inner, innerStart, innerEnd, HEADING_TEXT_ENDS);
  }
  facts.seriesWords = scanSeriesWords(content, bodyStart);
  if (!heading && facts.seriesWords[0]?.start !== contentStart) {
    const lead = matchLeadWord(content, contentStart);
    if (lead) facts.leadWord = lead;
  }
  facts.announcedCounts = scanAnnouncedCounts(content, bodyStart);
  return facts;
}

const SENTENCE_MARKS = /[。，；？！]/g;
/** Shared by the many lines without series words or counts (never changed: lists are rebuilt, not edited). */
const NO_WORDS: SeriesWord[] = [];
const NO_COUNTS: AnnouncedCount[] = [];

/** Whether `text` has a sentence mark at or after `from` (a search, not a copy of the line). */
function hasSentenceMark(text: string, from: number): boolean {
  SENTENCE_MARKS.lastIndex = from;
  return SENTENCE_MARKS.test(text);
}
const ARTICLE_TEXT_ENDS = '。！？：；';
/** Not a heading's first character: brackets of a date or a note, a dash of a subtitle. */
const NOT_HEADING_START = '（(〔[【<—-－>*';
const STANDALONE_MAX = 24;

/** The heading's text runs from `from` to the first of `ends` (or `to`), trimmed. */
function setHeadingText(facts: LineFacts, text: string, from: number, to: number, ends: string): void {
  let textStart = from;
  while (textStart < to && isIndent(text[textStart])) textStart++;
  let textEnd = textStart;
  while (textEnd < to && !ends.includes(text[textEnd])) textEnd++;
  while (textEnd > textStart && isWhitespace(text[textEnd - 1])) textEnd--;
  facts.headingTextStart = textStart;
  facts.headingTextEnd = textEnd;
}

/** `# ` to `###### ` before the line, or `**` around it. */
function readMarkup(content: string, start: number): Markup | undefined {
  let hashes = 0;
  while (hashes < 7 && content[start + hashes] === '#') hashes++;
  if (hashes >= 1 && hashes <= 6 && (content[start + hashes] === ' ' || content[start + hashes] === '\u3000')) {
    let innerStart = start + hashes;
    while (innerStart < content.length && isIndent(content[innerStart])) innerStart++;
    const bold = readMarkup(content, innerStart);
    return { hashes, innerStart: bold?.innerStart ?? innerStart, innerEnd: bold?.innerEnd ?? content.length };
  }
  if (content.length - start > 4 && content.startsWith('**', start) && content.endsWith('**') && content[start + 2] !== '*') {
    return { hashes: 0, innerStart: start + 2, innerEnd: content.length - 2 };
  }
  return undefined;
}

/** Whether a line without an ordinal may be a heading, and by what. */
function unnumberedCandidate(text: string, start: number, markup: Markup | undefined): LineFacts['unnumbered'] {
  // Most lines are paragraphs far longer than any unnumbered heading: decided without a copy.
  if (!(markup && markup.hashes > 0) && text.length - start > STANDALONE_MAX) return undefined;
  const line = text.slice(start);
  if (markup && markup.hashes > 0) return line.length > 0 ? 'markdown' : undefined;
  if (isDivisionHeading(line)) return 'division';
  if (line.length > STANDALONE_MAX || NOT_HEADING_START.includes(line[0]) || !/[\u4e00-\u9fff]/.test(line)) return undefined;
  if (/[。，；：:！!0-9０-９]/.test(line) || /？./.test(line)) return undefined;
  return 'standalone';
}
