/**
 * Builds the speech model from a document's lines: its documents (title, salutation, closing), the
 * sections by rank, the lists and the announcements, as `docs/RULES.md` defines them.
 */
import { scanLine, type LineFacts } from './line';
import { findDocuments, type DocumentStart } from './documents';
import { buildHeadingLists } from './headingLists';
import { kindRank, type HeadingOrdinal } from './ordinal';
import { isClosing, isNeverTitle } from './parts';
import { addSeries, dropOrderOnlyLists, findLeadSeries } from './paragraphSeries';
import { firstIndex } from './search';
import type { Announcement, DocumentPart, Heading, OrdinalList, Section, Span, Speech } from './speech';
import { CONTENTS_WORDS } from './words';

/** Splits on LF, CRLF and CR, as LSP counts lines. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Parses a whole document. `scan` lets a caller reuse facts of unchanged lines. */
export function parseSpeech(text: string, scan: (line: string) => LineFacts = scanLine): Speech {
  const texts = splitLines(text);
  const lines = texts.map((t) => scan(t));
  return buildSpeech(texts, lines);
}

/** `Speech.lengthOf` over `lines`: prefix sums, so that any stretch's length is one subtraction. */
export function lengthIndex(lines: readonly LineFacts[]): Speech['lengthOf'] {
  const prefix = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) prefix[i + 1] = prefix[i] + lines[i].length;
  return (startLine, endLine) => prefix[Math.min(endLine, lines.length - 1) + 1] - prefix[Math.max(0, startLine)];
}

export function buildSpeech(texts: readonly string[], lines: readonly LineFacts[]): Speech {
  const starts = findDocuments(texts, lines);
  const speech: Speech = {
    texts, lines, parts: [], headings: [], paragraphItems: [], lists: [], announcements: [], lengthOf: lengthIndex(lines),
  };
  const hasDecimals = lines.some((l) => l.heading?.kind === 'decimal' && l.heading.depth > 1);
  const hasTopicSeries = lines.filter((l) => l.heading?.kind === 'level1Topic').length >= 2;
  const leadSeries = findLeadSeries(lines);
  const pendingCounts: { line: number; section: Section }[] = [];
  const inlineByLine = new Map<number, OrdinalList[]>();
  starts.forEach((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1].line - 1 : lines.length - 1;
    const context = { hasDecimals, hasTopicSeries, indentsParagraphs: indentsParagraphs(lines), leadSeries, pendingCounts, inlineByLine };
    const part = readDocument(speech, start, end, context);
    speech.parts.push(part);
  });
  dropOrderOnlyLists(speech, allSections(speech.parts.map((p) => p.root)));
  speech.lists = buildHeadingLists(speech, speech.lists);
  resolveAnnouncements(speech, pendingCounts, inlineByLine);
  return speech;
}

interface ReadContext {
  hasDecimals: boolean;
  /** Whether the file has two or more `第N个问题：` headings: a lone one is a sentence. */
  hasTopicSeries: boolean;
  indentsParagraphs: boolean;
  leadSeries: Set<number>;
  pendingCounts: { line: number; section: Section }[];
  inlineByLine: Map<number, OrdinalList[]>;
}

/** Reads the document of lines `start.line`…`end`: its sections by rank, its series and counts. */
function readDocument(speech: Speech, start: DocumentStart, end: number, context: ReadContext): DocumentPart {
  const { texts, lines } = speech;
  const root: Section = { rank: 0, startLine: start.line, endLine: lastNonBlank(lines, start.line, end), children: [], paragraphItems: [], lists: [] };
  const part: DocumentPart = { ...start.part, root, closingLine: findClosing(texts, lines, start.line, end) };
  const sections = new SectionBuilder(speech, root);
  const sectionsEnd = part.closingLine ?? end + 1;
  let contentsEnd = -1;
  for (let i = start.line; i <= end; i++) {
    const facts = lines[i];
    if (facts.contentStart === facts.contentEnd || start.skip.has(i)) continue;
    if (i === contentsEnd) sections.closeContents(i);
    if (i < contentsEnd) continue;
    if (i === sectionsEnd) sections.close(0, i);
    const heading = i < sectionsEnd ? headingOf(speech, i, start, context) : undefined;
    if (heading) {
      sections.open(i, heading);
      if (heading.division && CONTENTS_WORDS.includes(heading.division)) contentsEnd = findContentsEnd(speech, i, end);
    }
    const section = sections.current;
    const inline = addSeries(speech, section, i, heading !== undefined, context.leadSeries.has(i));
    if (inline.length > 0) context.inlineByLine.set(i, inline);
    if (facts.announcedCounts.length > 0) context.pendingCounts.push({ line: i, section });
  }
  sections.close(0, end + 1);
  for (const items of start.notes) {
    const list: OrdinalList = { kind: 'headings', headingKind: items[0].ordinal.kind, key: 'note', section: root, items, runsOn: false };
    root.lists.push(list);
    speech.lists.push(list);
  }
  return part;
}

/** What makes line `i` a heading: its ordinal, or its wording and the lines around it. */
interface HeadingCandidate {
  ordinal?: HeadingOrdinal;
  /** The rank a Markdown `#` line gives, or a division's fixed rank. */
  fixedRank?: number;
  /** Unnumbered headings that take their rank where they first appear. */
  family?: string;
  division?: string;
}

/** Divisions (`引言`, `结论`, `目录`) stand above every numbered heading, below Markdown's `#` lines. */
const DIVISION_RANK = 0.05;
/** A heading of its own family nested under an open heading of rank r takes rank r + this. */
const NESTED_STEP = 0.25;
/** Headings without a number, first seen where no heading is open, stand above every numbered kind. */
const UNNUMBERED_TOP_RANK = 0.95;

function headingOf(speech: Speech, i: number, start: DocumentStart, context: ReadContext): HeadingCandidate | undefined {
  const facts = speech.lines[i];
  const hashes = facts.markup?.hashes ?? 0;
  const ordinal = facts.heading;
  if (ordinal) {
    if (ordinal.kind === 'decimal' && ordinal.depth === 1 && !context.hasDecimals) return undefined;
    if (ordinal.kind === 'level1Topic' && !context.hasTopicSeries) return undefined;
    if (hashes > 0) return { ordinal, fixedRank: hashes / 10 };
    const family = ordinal.kind === 'level1Di' || ordinal.kind === 'level1Topic' ? ordinal.kind : undefined;
    return { ordinal, family };
  }
  switch (facts.unnumbered) {
    case 'markdown': return { fixedRank: hashes / 10 };
    case 'division': return { fixedRank: DIVISION_RANK, division: speech.texts[i].slice(facts.headingTextStart, facts.headingTextEnd).replace(/[ \u3000\t]+/g, '') };
    case 'standalone': return isStandaloneHeading(speech, i, start, context) ? { family: 'standalone' } : undefined;
    default: return undefined;
  }
}

/**
 * A short line with no sentence mark, after the document's first paragraph and followed by a
 * paragraph or a heading, that stands apart from the paragraphs around it — blank lines on both
 * sides, or no indent where the document indents its paragraphs: a heading without a number
 * (`中国问题的关键`).
 */
function isStandaloneHeading(speech: Speech, i: number, start: DocumentStart, context: ReadContext): boolean {
  const { lines, texts } = speech;
  const blank = (j: number) => j < 0 || j >= lines.length || lines[j].contentStart === lines[j].contentEnd;
  if (i <= start.firstBody || isNeverTitle(texts[i].slice(lines[i].contentStart, lines[i].contentEnd))) return false;
  let next = i + 1;
  while (next < lines.length && blank(next)) next++;
  if (next >= lines.length || !(lines[next].sentence || lines[next].heading !== undefined)) return false;
  const setApart = blank(i + 1) && (blank(i - 1) || lines[i - 1].heading !== undefined);
  return setApart || (context.indentsParagraphs && lines[i].contentStart === 0);
}

/** Whether most paragraphs of running text start with an indent (`　　`). */
function indentsParagraphs(lines: readonly LineFacts[]): boolean {
  let indented = 0;
  let paragraphs = 0;
  for (const facts of lines) {
    if (!facts.sentence || facts.heading) continue;
    paragraphs++;
    if (facts.contentStart > 0) indented++;
  }
  return paragraphs >= 5 && indented >= paragraphs * 0.8;
}

/** How many lines after its first entry a table of contents may run. */
export const CONTENTS_REACH = 500;

/** The line where a table of contents after `目录` ends: the first that repeats its first entry. */
function findContentsEnd(speech: Speech, line: number, end: number): number {
  const { lines, texts } = speech;
  const wording = (i: number) => texts[i].slice(lines[i].contentStart, lines[i].contentEnd).replace(/[ \u3000\t]+/g, '');
  let first = line + 1;
  while (first <= end && lines[first].contentStart === lines[first].contentEnd) first++;
  if (first > end) return -1;
  const entry = wording(first);
  for (let i = first + 1; i <= Math.min(end, first + CONTENTS_REACH); i++) if (wording(i) === entry) return i;
  return -1;
}

/** The stack of open sections of one document, closed by rank as headings come. */
class SectionBuilder {
  private readonly stack: Section[];
  /** The rank each family of unnumbered or second level-1 headings took where it first appeared. */
  private readonly familyRanks = new Map<string, number>();

  constructor(private readonly speech: Speech, root: Section) {
    this.stack = [root];
  }

  get current(): Section {
    return this.stack[this.stack.length - 1];
  }

  open(line: number, candidate: HeadingCandidate): void {
    const rank = this.rankOf(candidate);
    this.close(rank, line);
    const parent = this.current;
    const facts = this.speech.lines[line];
    const section: Section = { rank, startLine: line, endLine: line, parent, children: [], paragraphItems: [], lists: [] };
    const { headingTextStart: start, headingTextEnd: end } = facts;
    const text: Span = { line, start, end, text: this.speech.texts[line].slice(start, end) };
    const heading: Heading = { line, level: candidate.ordinal?.level, ordinal: candidate.ordinal, text, rank, section };
    section.heading = heading;
    parent.children.push(section);
    this.stack.push(section);
    this.speech.headings.push(heading);
  }

  /** A table of contents ends: the division that holds it ends too. */
  closeContents(line: number): void {
    this.close(DIVISION_RANK, line);
  }

  /** Ends every open section of rank ≥ `rank`, before line `line`. */
  close(rank: number, line: number): void {
    const lines = this.speech.lines;
    while (this.stack.length > 1 && this.current.rank >= rank) {
      const section = this.stack.pop()!;
      section.endLine = lastNonBlank(lines, section.startLine, line - 1);
    }
  }

  private rankOf(candidate: HeadingCandidate): number {
    if (candidate.fixedRank !== undefined) return candidate.fixedRank;
    const base = candidate.ordinal ? kindRank(candidate.ordinal) : UNNUMBERED_TOP_RANK;
    if (!candidate.family) return base;
    let rank = this.familyRanks.get(candidate.family);
    if (rank === undefined) {
      // A second family of headings (`第一　…` beside `一、`, or headings without a number) nests under
      // the heading it first appears in, as a new numbering form in Word's outline opens a new level.
      const open = [...this.stack].reverse().find((s) => s.heading && !this.speech.lines[s.startLine].markup?.hashes);
      rank = open && open.rank >= base - 1 ? open.rank + NESTED_STEP : base;
      this.familyRanks.set(candidate.family, rank);
    }
    return rank;
  }
}

/** Every section under `roots`, roots included. */
function* allSections(roots: Section[]): Generator<Section> {
  const pending = [...roots];
  while (pending.length > 0) {
    const section = pending.pop()!;
    yield section;
    pending.push(...section.children);
  }
}

function lastNonBlank(lines: readonly LineFacts[], from: number, to: number): number {
  let i = to;
  while (i > from && lines[i].contentStart === lines[i].contentEnd) i--;
  return Math.max(i, from);
}

function findClosing(texts: readonly string[], lines: readonly LineFacts[], from: number, to: number): number | undefined {
  for (let i = to; i >= from; i--) {
    if (lines[i].heading || lines[i].unnumbered === 'markdown' || lines[i].unnumbered === 'division') return undefined;
    if (lines[i].contentStart !== lines[i].contentEnd && isClosing(texts[i], lines[i])) return i;
  }
  return undefined;
}

/** Each count finds what it counts once every list is known; counts and inline series are in line order. */
function resolveAnnouncements(speech: Speech, pending: ReadContext['pendingCounts'], inlineByLine: Map<number, OrdinalList[]>): void {
  for (const { line, section } of pending) {
    const inline = inlineByLine.get(line) ?? [];
    let next = 0;
    for (const count of speech.lines[line].announcedCounts) {
      while (next < inline.length && inline[next].items[0].ordinal.start < count.end) next++;
      speech.announcements.push(resolveAnnouncement(line, section, count, inline[next]));
    }
  }
}

/**
 * What an announced count counts: the inline series after it in its paragraph, otherwise the first
 * list that starts after its paragraph in its section (child headings or a paragraph list).
 */
function resolveAnnouncement(line: number, section: Section, count: Announcement['count'], after: OrdinalList | undefined): Announcement {
  if (after) return { line, count, section, list: after, first: 0, counted: after.items.length };
  let best: { list: OrdinalList; first: number } | undefined;
  for (const list of section.lists) {
    if (list.kind === 'inline') continue;
    const first = firstIndex<{ line: number }>(list.items, (item) => item.line > line);
    if (first === list.items.length) continue;
    if (!best || list.items[first].line < best.list.items[best.first].line) best = { list, first };
  }
  if (!best) return { line, count, section, first: 0, counted: 0 };
  return { line, count, section, list: best.list, first: best.first, counted: best.list.items.length - best.first };
}

