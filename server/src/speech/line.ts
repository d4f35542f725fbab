/**
 * What one line says on its own: its heading ordinal, series words, announced counts and length.
 * A line's facts depend only on its text, so unchanged lines can keep them across edits.
 */
import { scanAnnouncedCounts, type AnnouncedCount } from './announcement';
import { matchHeadingOrdinal, type HeadingOrdinal } from './ordinal';
import { scanSeriesWords, type SeriesWord } from './series';

export interface LineFacts {
  /** Columns of the first and past the last non-whitespace character (equal on a blank line). */
  contentStart: number;
  contentEnd: number;
  /** Characters without whitespace, as the statistics count them. */
  length: number;
  heading?: HeadingOrdinal;
  /** The heading's text: from after its ordinal to the first `。！？：` or the end of the line. */
  headingTextStart: number;
  headingTextEnd: number;
  /** Series words at the paragraph start or after a sentence break. */
  seriesWords: SeriesWord[];
  announcedCounts: AnnouncedCount[];
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
  const facts: LineFacts = {
    contentStart, contentEnd, length: countCharacters(text, contentStart, contentEnd),
    headingTextStart: contentStart, headingTextEnd: contentStart, seriesWords: [], announcedCounts: [],
  };
  if (contentStart === contentEnd) return facts;
  const heading = matchHeadingOrdinal(text, contentStart);
  let bodyStart = contentStart;
  if (heading) {
    facts.heading = heading;
    let textStart = heading.end;
    while (textStart < contentEnd && isIndent(text[textStart])) textStart++;
    let textEnd = textStart;
    while (textEnd < contentEnd && !HEADING_TEXT_ENDS.includes(text[textEnd])) textEnd++;
    while (textEnd > textStart && isWhitespace(text[textEnd - 1])) textEnd--;
    facts.headingTextStart = textStart;
    facts.headingTextEnd = textEnd;
    bodyStart = heading.end;
  }
  const content = contentEnd === text.length ? text : text.slice(0, contentEnd);
  facts.seriesWords = scanSeriesWords(content, bodyStart);
  facts.announcedCounts = scanAnnouncedCounts(content, bodyStart);
  return facts;
}
