/**
 * The speech model: one per document version, shared by every feature. Positions are line numbers
 * and UTF-16 columns; nothing here knows LSP.
 */
import type { AnnouncedCount } from './announcement';
import type { LineFacts } from './line';
import type { HeadingKind, HeadingLevel, HeadingOrdinal } from './ordinal';
import type { SeriesKind, SeriesWord } from './series';

/** A stretch of one line. */
export interface Span {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** A title set over one to three lines: `line`…`end` is its first line's text, `text` all of it joined. */
export interface Title extends Span {
  lastLine: number;
}

export interface Heading {
  line: number;
  /** One of the five levels of a speech (`一、` … `①`); undefined for other kinds and unnumbered headings. */
  level?: HeadingLevel;
  /** Undefined for a heading without a number (a Markdown `#` line, `引　　言`). */
  ordinal?: HeadingOrdinal;
  /** The heading's text without its ordinal, its Markdown marks and the mark that ends it. */
  text: Span;
  /** Outer headings have smaller ranks; a heading belongs under the nearest one above it of a smaller rank. */
  rank: number;
  /** The section this heading opens. */
  section: Section;
}

/** A heading's section, or a document's root (rank 0). */
export interface Section {
  heading?: Heading;
  rank: number;
  /** First and last line; `endLine` is the last non-blank line of the section. */
  startLine: number;
  endLine: number;
  parent?: Section;
  /** Sections of deeper headings directly inside this one, in order. */
  children: Section[];
  /** Paragraph list items directly inside this section (not inside its children). */
  paragraphItems: ParagraphItem[];
  /** Lists directly inside this section: its child headings by kind, and its paragraph lists. */
  lists: OrdinalList[];
}

/** A paragraph that starts with a series word (`一要持续优化作风。…`). */
export interface ParagraphItem {
  line: number;
  word: SeriesWord;
  /** The first sentence, which names it in the outline. */
  name: Span;
  section: Section;
}

/** A numbered heading of a list, on its line. */
export interface HeadingItem {
  line: number;
  ordinal: HeadingOrdinal;
}

/** A series word of a list, on its line. */
export interface SeriesItem {
  line: number;
  ordinal: SeriesWord;
}

export type ListItem = HeadingItem | SeriesItem;

/**
 * The headings of one kind directly inside one section, numbered from one; or, where the document
 * numbers that kind on through its parents, all of them in the document; or an attachment note.
 */
export interface HeadingList {
  kind: 'headings';
  headingKind: HeadingKind;
  /** What groups the headings into lists (`level2`, `decimal2`, `note`): house style is kept per key. */
  key: string;
  /** The section the list's first item stands in. */
  section: Section;
  items: HeadingItem[];
  /** Whether the document numbers this kind on through its parents (one list across sections). */
  runsOn: boolean;
}

/** A series of paragraph list items in one section, or one inline series inside one paragraph. */
export interface SeriesList {
  kind: 'paragraphs' | 'inline';
  /** The word of the first item, which the series keeps (`是`, `要`, `第`…). */
  word: SeriesKind;
  section: Section;
  items: SeriesItem[];
}

/** A list numbered from one. */
export type OrdinalList = HeadingList | SeriesList;

/** An announced count and the items it announces, when the speech has them. */
export interface Announcement {
  line: number;
  count: AnnouncedCount;
  section: Section;
  /** The list it counts: the inline series after it, or the first list after its paragraph. */
  list?: OrdinalList;
  /** The items it counts are `list.items[first]` to the end (those after the announcement). */
  first: number;
  /** How many items it counts; 0 without a list. */
  counted: number;
}

/**
 * One document of a file. A file holds one, or several: a notice and the document it issues, a
 * document and its attachments, a year's speeches one after another. Each is numbered on its own.
 */
export interface DocumentPart {
  /** The file's first document; one a notice issues; an attachment; a later speech of a collection. */
  kind: 'first' | 'issued' | 'attachment' | 'speech';
  title?: Title;
  subtitle?: Span;
  salutation?: Span;
  /** The closing paragraph (`同志们，…`) after the document's last section, when there is one. */
  closingLine?: number;
  /** The document's sections hang from this rank-0 section, which spans its lines. */
  root: Section;
}

/** The model of one file: its lines, its documents and everything numbered in them. */
export interface Speech {
  /** Every line's text without its line break, by line number. */
  texts: readonly string[];
  /** Facts of every line, by line number. */
  lines: readonly LineFacts[];
  /** The documents of the file, in order; at least one. */
  parts: DocumentPart[];
  headings: Heading[];
  paragraphItems: ParagraphItem[];
  lists: OrdinalList[];
  announcements: Announcement[];
  /** Characters without whitespace on lines `startLine`…`endLine`. */
  lengthOf(startLine: number, endLine: number): number;
}
