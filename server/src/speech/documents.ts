/**
 * Where each document of a file starts and what heads it: the first document, a document a notice
 * issues (`国务院关于印发…的通知` then the plan itself), each attachment (`附件1`), each later speech of
 * a collection; and the attachment notes (`附件：1.…`), which are lists, never headings.
 */
import type { LineFacts } from './line';
import { matchHeadingOrdinal } from './ordinal';
import {
  attachmentNoteStart, findIssuedDocuments, findLaterSpeeches, findSalutation, findTitle, firstBodyLine, readAttachment,
} from './parts';
import type { DocumentPart, HeadingItem, Span } from './speech';
import { ATTACHMENT_WORDS } from './words';

export interface DocumentStart {
  line: number;
  part: Omit<DocumentPart, 'root' | 'closingLine'>;
  /** Lines that head the document (title, subtitle, salutation, attachment mark) or list its attachments. */
  skip: Set<number>;
  /** The document's first paragraph of running text. */
  firstBody: number;
  /** The attachment notes in the document: each a list. */
  notes: HeadingItem[][];
}

/** The documents of a file, in order; the first starts at line 0. */
export function findDocuments(texts: readonly string[], lines: readonly LineFacts[]): DocumentStart[] {
  const firstHeading = firstHeadingLine(lines, 0, lines.length);
  const firstBody = documentHead(texts, lines, 0, firstHeading).firstBody;
  const starts: { line: number; kind: DocumentPart['kind'] }[] = [{ line: 0, kind: 'first' }];
  for (const line of findIssuedDocuments(texts, lines, firstBody, firstHeading)) starts.push({ line, kind: 'issued' });
  for (const line of findAttachments(texts, lines, firstBody)) starts.push({ line, kind: 'attachment' });
  for (const line of findLaterSpeeches(texts, lines, firstHeading)) starts.push({ line, kind: 'speech' });
  starts.sort((a, b) => a.line - b.line);
  const unique = starts.filter((s, i) => i === 0 || s.line !== starts[i - 1].line);
  return unique.map((start, index) => {
    const end = index + 1 < unique.length ? unique[index + 1].line : lines.length;
    const head = start.kind === 'attachment' ? attachmentHead(texts, lines, start.line, end) : documentHead(texts, lines, start.line, end);
    const notes = findAttachmentNotes(texts, lines, start.line, end, head.skip);
    return { line: start.line, part: { kind: start.kind, ...head.part }, skip: head.skip, firstBody: head.firstBody, notes };
  });
}

/** The first characters of the attachment words (`附`): a cheap look at a line before any copy of it. */
const ATTACHMENT_STARTS = new Set(ATTACHMENT_WORDS.map((word) => word[0]));

function startsWithAttachmentWord(texts: readonly string[], lines: readonly LineFacts[], i: number): boolean {
  return !isBlank(lines[i]) && ATTACHMENT_STARTS.has(texts[i][lines[i].contentStart]);
}

function isBlank(facts: LineFacts): boolean {
  return facts.contentStart === facts.contentEnd;
}

function content(texts: readonly string[], lines: readonly LineFacts[], i: number): string {
  return texts[i].slice(lines[i].contentStart, lines[i].contentEnd);
}

/** The first line in `from`…`to - 1` with a numbered or Markdown heading; `to` if none. */
function firstHeadingLine(lines: readonly LineFacts[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const facts = lines[i];
    const decimalPart = facts.heading?.kind === 'decimal' && facts.heading.depth === 1;
    if ((facts.heading && !decimalPart) || (facts.unnumbered === 'markdown' && (facts.markup?.hashes ?? 0) > 1)) return i;
  }
  return to;
}

interface Head {
  part: Omit<DocumentPart, 'root' | 'closingLine' | 'kind'>;
  skip: Set<number>;
  firstBody: number;
}

/** A document's title, subtitle and salutation, from the lines above its first heading or paragraph. */
function documentHead(texts: readonly string[], lines: readonly LineFacts[], from: number, to: number): Head {
  const markdownTitle = topMarkdownTitle(texts, lines, from, to);
  const firstHeading = firstHeadingLine(lines, markdownTitle ? markdownTitle.line + 1 : from, to);
  // A salutation after some running text (a banner pasted above the speech) still heads it, when it
  // addresses the audience (`同志们：`); the running text above it is not the body.
  const firstText = firstBodyLine(texts, lines, from, to);
  const salutation = findSalutation(texts, lines, from, firstHeading, firstText);
  const firstBody = salutation ? firstBodyLine(texts, lines, salutation.line + 1, to) : firstText;
  const end = salutation?.line ?? Math.min(firstHeading, firstBody);
  const found = markdownTitle ? { title: { ...markdownTitle, lastLine: markdownTitle.line } } : findTitle(texts, lines, from, end, salutation?.line);
  const skip = new Set<number>();
  if (found.title) for (let i = found.title.line; i <= found.title.lastLine; i++) skip.add(i);
  if (found.subtitle) skip.add(found.subtitle.line);
  if (salutation) skip.add(salutation.line);
  return { part: { title: found.title, subtitle: found.subtitle, salutation }, skip, firstBody };
}

/** A single `# ` line at the top of a document is its title (without the mark). */
function topMarkdownTitle(texts: readonly string[], lines: readonly LineFacts[], from: number, to: number): Span | undefined {
  let first = from;
  while (first < to && isBlank(lines[first])) first++;
  const markup = lines[first]?.markup;
  if (first >= to || markup?.hashes !== 1) return undefined;
  for (let i = first + 1; i < to; i++) if (lines[i].markup?.hashes === 1) return undefined;
  return { line: first, start: markup.innerStart, end: lines[first].contentEnd, text: texts[first].slice(markup.innerStart, lines[first].contentEnd) };
}

/** Attachments: after the first paragraph, a line `附件`, `附件1`, `附：`, `附2：…` standing alone or with its title. */
function findAttachments(texts: readonly string[], lines: readonly LineFacts[], firstBody: number): number[] {
  const found: number[] = [];
  for (let i = firstBody + 1; i < lines.length; i++) {
    if (startsWithAttachmentWord(texts, lines, i) && !lines[i].sentence && readAttachment(content(texts, lines, i))) found.push(i);
  }
  return found;
}

/** An attachment's mark and title: the title after the mark on its line, or the next short line. */
function attachmentHead(texts: readonly string[], lines: readonly LineFacts[], from: number, to: number): Head {
  const skip = new Set<number>([from]);
  const mark = { line: from, start: lines[from].contentStart, end: lines[from].contentEnd, text: content(texts, lines, from) };
  let titleLine = from + 1;
  while (titleLine < to && isBlank(lines[titleLine])) titleLine++;
  const attachment = readAttachment(mark.text)!;
  const next = titleLine < to ? lines[titleLine] : undefined;
  let text = mark.text;
  let lastLine = from;
  if (attachment.rest === '' && next && !next.sentence && !next.heading && next.contentEnd - next.contentStart <= 40) {
    text = `${mark.text} ${content(texts, lines, titleLine)}`;
    lastLine = titleLine;
    skip.add(titleLine);
  }
  return { part: { title: { ...mark, text, lastLine } }, skip, firstBody: firstBodyLine(texts, lines, from, to) };
}

/**
 * Attachment notes: `附件：1.工作方案` and the lines after it that go on numbering (`2.任务清单`); and an
 * attachment mark standing alone whose lines are only numbered names (`附1：` then `（1）…述职报告`).
 */
function findAttachmentNotes(texts: readonly string[], lines: readonly LineFacts[], from: number, to: number, skip: Set<number>): HeadingItem[][] {
  const notes: HeadingItem[][] = [];
  for (let i = from; i < to; i++) {
    if (!startsWithAttachmentWord(texts, lines, i)) continue;
    const text = content(texts, lines, i);
    const noteStart = attachmentNoteStart(text);
    const first = noteStart !== undefined ? matchHeadingOrdinal(texts[i], lines[i].contentStart + noteStart) : undefined;
    if (first) {
      const items = [{ line: i, ordinal: first }, ...followingItems(lines, i + 1, to, first.kind)];
      notes.push(items);
      for (const item of items) skip.add(item.line);
      i = items[items.length - 1].line;
    }
  }
  if (from > 0 && notes.length === 0 && readAttachment(content(texts, lines, from))?.rest === '') {
    const names = listOfNames(lines, from + 1, to);
    if (names) {
      notes.push(names);
      for (const item of names) skip.add(item.line);
    }
  }
  return notes;
}

/**
 * The lines from `from` that go on numbering in one kind (past one; a slip in the numbers stays in
 * the list, where the numbering check reports it), each with no sentence in it.
 */
function followingItems(lines: readonly LineFacts[], from: number, to: number, kind: string): HeadingItem[] {
  const items: HeadingItem[] = [];
  for (let i = from; i < to; i++) {
    if (isBlank(lines[i])) continue;
    const ordinal = lines[i].heading;
    if (!ordinal || ordinal.kind !== kind || ordinal.value === 1 || lines[i].sentence) break;
    items.push({ line: i, ordinal });
  }
  return items;
}

/** Every non-blank line of `from`…`to - 1` a numbered name of one kind with no sentence: the list, or undefined. */
function listOfNames(lines: readonly LineFacts[], from: number, to: number): HeadingItem[] | undefined {
  let start = from;
  while (start < to && isBlank(lines[start])) start++;
  const first = lines[start]?.heading;
  if (start >= to || !first || first.value !== 1 || lines[start].sentence) return undefined;
  const items = [{ line: start, ordinal: first }, ...followingItems(lines, start + 1, to, first.kind)];
  let last = to - 1;
  while (last > start && isBlank(lines[last])) last--;
  return items[items.length - 1].line === last ? items : undefined;
}
