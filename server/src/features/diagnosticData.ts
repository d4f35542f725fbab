import type { LineEdit } from './text/finding';

/**
 * What a diagnostic carries in `data` so its code actions need no new parse: the document version it
 * was computed for and the list item (or announcement) it is about, as indexes into that version's
 * speech model.
 */
export interface SpeechDiagnosticData {
  version: number;
  /** Index into `speech.lists` and into that list's items. */
  list?: number;
  item?: number;
  /** Index into `speech.announcements`. */
  announcement?: number;
  /** A text check's fix, as edits of the diagnostic's line. */
  edits?: LineEdit[];
}
