/**
 * Builds the speech model from a document's text: title, salutation, sections, lists and
 * announcements, as `SPEECH-FORMAT.md` and `docs/RULES.md` define them.
 */
import { scanLine, type LineFacts } from './line';
import type { SeriesWord } from './series';
import type { Announcement, Heading, ListItem, OrdinalList, ParagraphItem, Section, Span, Speech, SpeechPart } from './speech';
import { findLaterSpeeches, findSalutation, findTitle, isClosing } from './parts';
import { firstIndex } from './search';

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
  const lengthOf = lengthIndex(lines);
  const parts = findParts(texts, lines);
  const root = parts[0].root;
  const speech: Speech = {
    texts, lines, parts, title: parts[0].title, salutation: parts[0].salutation, closingLine: parts[0].closingLine, root,
    headings: [], paragraphItems: [], lists: [], announcements: [], lengthOf,
  };
  const partLines = new Set(parts.flatMap((p) => [p.title?.line, p.salutation?.line]).filter((l) => l !== undefined));
  const pendingCounts: { line: number; section: Section }[] = [];
  const inlineByLine = new Map<number, OrdinalList[]>();
  let part = 0;
  let stack: Section[] = [root];
  let sectionsEnd = parts[0].closingLine ?? partEnd(parts, 0, lines.length) + 1;

  for (let i = 0; i < lines.length; i++) {
    if (part + 1 < parts.length && i === parts[part + 1].root.startLine) {
      // A later speech: every section of the one before ends here, and numbering starts again.
      closeSections(stack, 1, lines, i);
      part++;
      stack = [parts[part].root];
      sectionsEnd = parts[part].closingLine ?? partEnd(parts, part, lines.length) + 1;
    }
    const facts = lines[i];
    if (facts.contentStart === facts.contentEnd || partLines.has(i)) continue;
    if (i === sectionsEnd) closeSections(stack, 1, lines, i);
    const ordinal = facts.heading;
    if (ordinal && i < sectionsEnd) {
      closeSections(stack, ordinal.level, lines, i);
      const parent = stack[stack.length - 1];
      const section: Section = { level: ordinal.level, startLine: i, endLine: i, parent, children: [], paragraphItems: [], lists: [] };
      const heading: Heading = {
        line: i, level: ordinal.level, ordinal, section,
        text: span(texts[i], i, facts.headingTextStart, facts.headingTextEnd),
      };
      section.heading = heading;
      parent.children.push(section);
      stack.push(section);
      speech.headings.push(heading);
    }
    const section = stack[stack.length - 1];
    const inline = addSeries(speech, section, texts[i], i, facts, ordinal !== undefined);
    if (inline.length > 0) inlineByLine.set(i, inline);
    if (facts.announcedCounts.length > 0) pendingCounts.push({ line: i, section });
  }
  closeSections(stack, 1, lines, lines.length);

  buildHeadingLists(speech, parts.map((p) => p.root));
  for (const { line, section } of pendingCounts) {
    // Counts and inline series are both in line order, so one cursor finds each count's series.
    const inline = inlineByLine.get(line) ?? [];
    let next = 0;
    for (const count of lines[line].announcedCounts) {
      while (next < inline.length && inline[next].items[0].ordinal.start < count.end) next++;
      speech.announcements.push(resolveAnnouncement(line, section, count, inline[next]));
    }
  }
  return speech;
}

function span(text: string, line: number, start: number, end: number): Span {
  return { line, start, end, text: text.slice(start, end) };
}

function lastNonBlank(lines: readonly LineFacts[], from: number, to: number): number {
  let i = to;
  while (i > from && lines[i].contentStart === lines[i].contentEnd) i--;
  return Math.max(i, from);
}

/** Ends every open section of level ≥ `level`, before line `line`. */
function closeSections(stack: Section[], level: number, lines: readonly LineFacts[], line: number): void {
  while (stack.length > 1 && stack[stack.length - 1].level >= level) {
    const section = stack.pop()!;
    section.endLine = lastNonBlank(lines, section.startLine, line - 1);
  }
}

/**
 * The speeches of the file: the first (its title and salutation as the contract finds them), then one
 * for each later title followed by a salutation. Each gets its closing and a root spanning its lines.
 */
function findParts(texts: readonly string[], lines: readonly LineFacts[]): SpeechPart[] {
  const firstHeading = lines.findIndex((l) => l.heading !== undefined);
  const salutation = findSalutation(texts, lines, firstHeading === -1 ? lines.length : firstHeading);
  const title = findTitle(texts, lines, salutation?.line, firstHeading === -1 ? undefined : firstHeading);
  const starts = [{ title, salutation, line: 0 }, ...findLaterSpeeches(texts, lines, firstHeading).map((s) => ({ ...s, line: s.title.line }))];
  const parts: SpeechPart[] = [];
  starts.forEach((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1].line - 1 : lines.length - 1;
    const root: Section = { level: 0, startLine: start.line, endLine: lastNonBlank(lines, start.line, end), children: [], paragraphItems: [], lists: [] };
    parts.push({ title: start.title, salutation: start.salutation, closingLine: findClosing(texts, lines, start.line, end), root });
  });
  return parts;
}

/** The last line of part `index` (the line before the next part's title, or the file's last). */
function partEnd(parts: SpeechPart[], index: number, lineCount: number): number {
  return index + 1 < parts.length ? parts[index + 1].root.startLine - 1 : lineCount - 1;
}

function findClosing(texts: readonly string[], lines: readonly LineFacts[], from: number, to: number): number | undefined {
  for (let i = to; i >= from; i--) {
    if (lines[i].heading) return undefined;
    if (lines[i].contentStart !== lines[i].contentEnd && isClosing(texts[i], lines[i])) return i;
  }
  return undefined;
}

/**
 * Splits a paragraph's series words into series (a new one starts at every first item) and files
 * them: a lone series word that opens a paragraph makes it a paragraph list item; every other series
 * is inline. Series of only `首先/其次/再次` number nothing and are dropped.
 */
function addSeries(speech: Speech, section: Section, text: string, line: number, facts: LineFacts, isHeading: boolean): OrdinalList[] {
  if (facts.seriesWords.length === 0) return [];
  const runs: SeriesWord[][] = [];
  for (const word of facts.seriesWords) {
    if (runs.length === 0 || word.value === 1) runs.push([word]);
    else runs[runs.length - 1].push(word);
  }
  const inline: OrdinalList[] = [];
  runs.forEach((run, index) => {
    if (index === 0 && !isHeading && run.length === 1 && run[0].start === facts.contentStart) {
      addParagraphItem(speech, section, text, line, run[0]);
      return;
    }
    if (run.every((w) => w.kind === '序')) return;
    const list: OrdinalList = { kind: 'inline', section, items: run.map((ordinal) => ({ line, ordinal })) };
    speech.lists.push(list);
    inline.push(list);
  });
  return inline;
}

const SENTENCE_ENDS = '。！？；';

function addParagraphItem(speech: Speech, section: Section, text: string, line: number, word: SeriesWord): void {
  let end = word.end;
  const limit = Math.min(text.length, word.end + 60);
  while (end < limit && !SENTENCE_ENDS.includes(text[end])) end++;
  const item: ParagraphItem = { line, word, section, name: span(text, line, word.start, end) };
  const lists = section.lists.filter((l) => l.kind === 'paragraphs');
  const sameKind = lists.find((l) => (l.items[0].ordinal as SeriesWord).kind === word.kind);
  const continued = sameKind ?? (word.value === 1 ? undefined
    : lists.find((l) => l.items[l.items.length - 1].ordinal.value === word.value - 1));
  const entry: ListItem = { line, ordinal: word };
  if (continued) {
    continued.items.push(entry);
  } else {
    const list: OrdinalList = { kind: 'paragraphs', section, items: [entry] };
    section.lists.push(list);
    speech.lists.push(list);
  }
  section.paragraphItems.push(item);
  speech.paragraphItems.push(item);
}

/** Groups each section's child headings by level into lists, then drops lists of only `首先/其次`. */
function buildHeadingLists(speech: Speech, roots: Section[]): void {
  const pending: Section[] = [...roots];
  const droppedWords = new Set<ListItem['ordinal']>();
  while (pending.length > 0) {
    const section = pending.pop()!;
    const byLevel = new Map<number, OrdinalList>();
    for (const child of section.children) {
      const heading = child.heading!;
      let list = byLevel.get(heading.level);
      if (!list) {
        list = { kind: 'headings', level: heading.level, section, items: [] };
        byLevel.set(heading.level, list);
        section.lists.push(list);
        speech.lists.push(list);
      }
      list.items.push({ line: heading.line, ordinal: heading.ordinal });
      pending.push(child);
    }
    const orderOnly = (l: OrdinalList) => l.kind === 'paragraphs' && l.items.every((i) => (i.ordinal as SeriesWord).kind === '序');
    const dropped = section.lists.filter(orderOnly);
    if (dropped.length > 0) {
      for (const list of dropped) for (const item of list.items) droppedWords.add(item.ordinal);
      section.lists = section.lists.filter((l) => !dropped.includes(l));
      section.paragraphItems = section.paragraphItems.filter((p) => !droppedWords.has(p.word));
    }
  }
  if (droppedWords.size > 0) {
    speech.lists = speech.lists.filter((l) => !droppedWords.has(l.items[0].ordinal));
    speech.paragraphItems = speech.paragraphItems.filter((p) => !droppedWords.has(p.word));
  }
  speech.lists.sort((a, b) => a.items[0].line - b.items[0].line || a.items[0].ordinal.start - b.items[0].ordinal.start);
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
    const first = firstIndex(list.items, (item) => item.line > line);
    if (first === list.items.length) continue;
    if (!best || list.items[first].line < best.list.items[best.first].line) best = { list, first };
  }
  if (!best) return { line, count, section, first: 0, counted: 0 };
  return { line, count, section, list: best.list, first: best.first, counted: best.list.items.length - best.first };
}
