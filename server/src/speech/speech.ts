/**
 * The speech model: one per document version, shared by every feature. Positions are line numbers
 * and UTF-16 columns; nothing here knows LSP.
 */
import type { AnnouncedCount } from './announcement';
import type { LineFacts } from './line';
import type { HeadingLevel, HeadingOrdinal } from './ordinal';
import type { SeriesWord } from './series';

/** A stretch of one line. */
export interface Span {
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface Heading {
  line: number;
  level: HeadingLevel;
  ordinal: HeadingOrdinal;
  /** The heading's text without its ordinal and without the mark that ends it. */
  text: Span;
  /** The section this heading opens. */
  section: Section;
}

/** A heading's section, or a speech's root (level 0: the whole file, for a file of one speech). */
export interface Section {
  heading?: Heading;
  level: 0 | HeadingLevel;
  /** First and last line; `endLine` is the last non-blank line of the section. */
  startLine: number;
  endLine: number;
  parent?: Section;
  /** Sections of deeper headings directly inside this one, in order. */
  children: Section[];
  /** Paragraph list items directly inside this section (not inside its children). */
  paragraphItems: ParagraphItem[];
  /** Lists directly inside this section: its child headings by level, and its paragraph lists. */
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

/** One numbered item of a list, on its line. */
export interface ListItem {
  line: number;
  ordinal: HeadingOrdinal | SeriesWord;
}

/**
 * A list numbered from one: the headings of one level directly inside one section, a series of
 * paragraph list items in one section, or one inline series inside one paragraph.
 */
export interface OrdinalList {
  kind: 'headings' | 'paragraphs' | 'inline';
  /** For heading lists, the level of its items. */
  level?: HeadingLevel;
  section: Section;
  items: ListItem[];
}

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
 * One speech of a file. A file may hold several (a year's speeches, one after another): each starts
 * with its title and salutation and is numbered on its own.
 */
export interface SpeechPart {
  title?: Span;
  salutation?: Span;
  /** The closing paragraph (`同志们，…`) after the part's last section, when there is one. */
  closingLine?: number;
  /** The part's sections hang from this level-0 section, which spans the part's lines. */
  root: Section;
}

export interface Speech {
  /** Every line's text without its line break, by line number. */
  texts: readonly string[];
  /** Facts of every line, by line number. */
  lines: readonly LineFacts[];
  /** The speeches of the file, in order; one for a file of one speech. */
  parts: SpeechPart[];
  /** The first speech's title, salutation, closing and root (for a file of one speech, the file's). */
  title?: Span;
  salutation?: Span;
  closingLine?: number;
  root: Section;
  headings: Heading[];
  paragraphItems: ParagraphItem[];
  lists: OrdinalList[];
  announcements: Announcement[];
  /** Characters without whitespace on lines `startLine`…`endLine`. */
  lengthOf(startLine: number, endLine: number): number;
}
