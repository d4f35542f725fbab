/**
 * Format Document and Format Selection (and so `editor.formatOnSave`): the certain fixes of
 * `source.fixAll.speech` — renumbering, house style, certain text fixes — and nothing else.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Settings } from '../settings';
import type { Speech } from '../speech/speech';
import { certainFixEdits } from './fixAll';

export function formattingEdits(speech: Speech, settings: Settings, range?: Range): TextEdit[] {
  const edits = certainFixEdits(speech, settings);
  return range ? edits.filter((edit) => within(edit.range, range)) : edits;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Whether `inner` lies in `outer`: a selection formats only what it covers. */
function within(inner: Range, outer: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
