/**
 * What a text check finds on one line. Checks see one line's text and nothing else, so a line's
 * findings depend only on its text.
 */
import type { DiagnosticCode } from '../../checks';

/** The text checks' codes: the rows of the table of checks (checks.ts) named `text.*`. */
export type TextCode = Extract<DiagnosticCode, `text.${string}`>;

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
