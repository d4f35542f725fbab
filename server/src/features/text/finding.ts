/**
 * What a text check finds on one line. Checks see one line's text and nothing else, so a line's
 * findings depend only on its text.
 */

export const TEXT_CODES = [
  'text.placeholder', 'text.halfwidthPunctuation', 'text.cjkSpace', 'text.variantGlyph',
  'text.repeatedPunctuation', 'text.unbalancedPair', 'text.trailingSpace',
] as const;
export type TextCode = (typeof TEXT_CODES)[number];

/** A replacement of columns `start`…`end` of the finding's line. */
export interface LineEdit {
  start: number;
  end: number;
  newText: string;
}

export interface TextFinding {
  code: TextCode;
  /** Columns of what is underlined. */
  start: number;
  end: number;
  /** What was found, as the message quotes it; for a stray space, with the characters on either side. */
  found: string;
  /** What to write instead, as the message quotes it (`，`, `出`); for a pair, the missing partner. */
  write?: string;
  /** The fix; empty when there is none (placeholders, unbalanced pairs). */
  edits: LineEdit[];
  /** Whether the fix is certain enough for fix-all. */
  certain: boolean;
}
