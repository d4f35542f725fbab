/**
 * What an edit inside one line leaves of the speech model. Most keystrokes change no heading, list,
 * count or document part: typing in a body paragraph changes only lengths (and the columns of the
 * line's series words), typing in a heading's text changes only that heading's name. Such an edit
 * keeps the model of the version before, with copies of what the line changed; any other edit
 * returns undefined and the model is built again from the lines' facts.
 */
import { leadsIn } from './headingLists';
import type { LineFacts } from './line';
import { lineRole } from './parts';
import { firstIndex } from './search';
import type { DocumentPart, Heading, OrdinalList, SeriesList, Speech } from './speech';
import { CONTENTS_REACH } from './parser';
import { CONTENTS_WORDS } from './words';

/** A line's text and facts, before or after the edit. */
export interface LineReading {
  text: string;
  facts: LineFacts;
}

/**
 * The model after line `line` changed from `before` to `after` (no line break added or removed), or
 * undefined when the edit changes its structure. The head of a document is never kept: its title and
 * salutation are looked for there.
 */
export function keptThrough(model: Speech, line: number, before: LineReading, after: LineReading): Speech | undefined {
  const headings = model.headings;
  if (headings.length === 0 || line <= headings[0].line || model.parts.some((part) => inHead(part, line))) return undefined;
  if (headings.some((heading) => isContents(heading) && inContents(model, heading, line))) return undefined;
  if (leadsIn(before.text, before.facts) !== leadsIn(after.text, after.facts)) return undefined;
  const role = lineRole(before.text, before.facts);
  if (lineRole(after.text, after.facts) !== role) return undefined;
  if ((role === undefined || role === 'closing') && sameBody(before.facts, after.facts)) return moveMarks(model, line, before.facts, after.facts);
  if (role === undefined && sameHeading(before.facts, after.facts)) return renamed(model, line, before, after);
  return undefined;
}

/**
 * Whether a line is in a document's head: from its first line to its first section, its title, its
 * subtitle and its salutation, whichever comes last. A title may stand below a table of contents, and
 * a title found by position moves with the lengths of the lines around it.
 */
function inHead(part: DocumentPart, line: number): boolean {
  const { root, title, subtitle, salutation } = part;
  if (line < root.startLine || line > root.endLine) return false;
  const end = Math.max(root.children[0]?.startLine ?? root.endLine, title?.lastLine ?? 0, subtitle?.line ?? 0, salutation?.line ?? 0);
  return line <= end;
}

/**
 * Whether two readings of a body line mean the same to the model: neither blank nor a heading, not a
 * paragraph list item (whose first sentence names it), and the same series words and counts in the
 * same order (their columns may have moved).
 */
function sameBody(a: LineFacts, b: LineFacts): boolean {
  const blank = (f: LineFacts) => f.contentStart === f.contentEnd;
  const item = (f: LineFacts) => (f.seriesWords.length > 0 && f.seriesWords[0].start === f.contentStart) || f.leadWord !== undefined;
  if (blank(a) || blank(b) || a.heading || b.heading || item(a) || item(b) || a.contentStart !== b.contentStart) return false;
  if (a.unnumbered || b.unnumbered || a.markup || b.markup || a.sentence !== b.sentence) return false;
  return sameMarks(a, b);
}

/**
 * Whether two readings of a numbered heading differ only in its text: the same ordinal at the same
 * columns, no Markdown marks, the same sentence mark, series words and counts. What depends on a
 * heading's text — its name, and a table of contents' end — is all the edit can change.
 */
function sameHeading(a: LineFacts, b: LineFacts): boolean {
  if (!a.heading || !b.heading || a.markup || b.markup || a.unnumbered || b.unnumbered || a.leadWord || b.leadWord) return false;
  if (a.contentStart !== b.contentStart || a.headingTextStart !== b.headingTextStart || a.sentence !== b.sentence) return false;
  const x = a.heading;
  const y = b.heading;
  const sameOrdinal = x.kind === y.kind && x.value === y.value && x.text === y.text && x.start === y.start && x.end === y.end
    && x.level === y.level && x.depth === y.depth && x.form === y.form;
  return sameOrdinal && sameMarks(a, b);
}

/** The same series words and counts in the same order (their columns may have moved). */
function sameMarks(a: LineFacts, b: LineFacts): boolean {
  return a.seriesWords.length === b.seriesWords.length && a.announcedCounts.length === b.announcedCounts.length
    && a.seriesWords.every((w, i) => w.text === b.seriesWords[i].text && w.value === b.seriesWords[i].value && w.kind === b.seriesWords[i].kind)
    && a.announcedCounts.every((c, i) => c.text === b.announcedCounts[i].text && c.count === b.announcedCounts[i].count);
}

/**
 * The model with the heading of line `line` renamed to the text it now has: a new heading object,
 * which its section now opens with; the sections are shared with the version before, so the
 * outline's kept symbols of every other section stay valid. Undefined when the line is not a heading
 * of the model (a skipped entry of a table of contents, a lone `1.`), or when the document has a
 * table of contents, whose end is found by comparing headings' wording.
 */
function renamed(model: Speech, line: number, before: LineReading, after: LineReading): Speech | undefined {
  const index = firstIndex(model.headings, (h) => h.line >= line);
  const old = model.headings[index];
  if (old?.line !== line || !old.ordinal || model.headings.some(isContents)) return undefined;
  const { headingTextStart: start, headingTextEnd: end } = after.facts;
  const heading: Heading = { ...old, ordinal: after.facts.heading, text: { line, start, end, text: after.text.slice(start, end) } };
  old.section.heading = heading;
  const headings = model.headings.slice();
  headings[index] = heading;
  return { ...moveMarks(model, line, before.facts, after.facts), headings };
}

/**
 * Whether a line may end the table of contents under `heading`: the contents end at the first line
 * that repeats their first entry, looked for in the 500 lines after it, so any of those may.
 */
function inContents(model: Speech, heading: Heading, line: number): boolean {
  if (line <= heading.line) return false;
  let first = heading.line + 1;
  while (first < model.lines.length && model.lines[first].contentStart === model.lines[first].contentEnd) first++;
  return line <= first + CONTENTS_REACH;
}

function isContents(heading: Heading): boolean {
  return !heading.ordinal && CONTENTS_WORDS.includes(heading.text.text.replace(/[ \u3000\t]+/g, ''));
}

/**
 * The model with line `line`'s series words and counts read from `after` instead of `before` (same
 * marks, maybe at other columns): the inline lists and announcements of that line are replaced by
 * copies, everything else is shared.
 */
function moveMarks(model: Speech, line: number, before: LineFacts, after: LineFacts): Speech {
  if (before.seriesWords.length === 0 && before.announcedCounts.length === 0) return model;
  const word = new Map(before.seriesWords.map((w, i) => [w, after.seriesWords[i]] as const));
  const lists = model.lists.slice();
  const moved = new Map<OrdinalList, OrdinalList>();
  // Lists are in order of their first item; this line's inline lists are those that start on it.
  for (let i = firstIndex(lists, (l) => l.items[0].line >= line); i < lists.length && lists[i].items[0].line === line; i++) {
    const list = lists[i];
    if (list.kind !== 'inline') continue;
    const copy: SeriesList = { ...list, items: list.items.map((item) => ({ line, ordinal: word.get(item.ordinal) ?? item.ordinal })) };
    moved.set(list, copy);
    lists[i] = copy;
  }
  const announcements = model.announcements.slice();
  let count = 0;
  for (let i = firstIndex(announcements, (a) => a.line >= line); i < announcements.length && announcements[i].line === line; i++, count++) {
    const announcement = announcements[i];
    announcements[i] = { ...announcement, count: after.announcedCounts[count], list: announcement.list && (moved.get(announcement.list) ?? announcement.list) };
  }
  return { ...model, lists, announcements };
}
