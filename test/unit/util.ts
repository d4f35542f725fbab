/** Helpers for tests that write documents inline. */
export const joinLines = (...lines: string[]) => lines.join('\n');

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { defaultSettings, type Settings } from '../../server/src/settings';

/** The text after applying `edits` (as the editor would, all at once). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///t.speech', 'speech', 1, text), edits);
}

/** The edits of a code action's single versioned document change. */
export function actionEdits(action: CodeAction): TextEdit[] {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return change.edits as TextEdit[];
}

/** Finds and removes the cursor marker `|` in `text`. */
export function withCursor(text: string): { text: string; line: number; character: number; lineText: string } {
  const at = text.indexOf('|');
  const clean = text.slice(0, at) + text.slice(at + 1);
  const before = clean.slice(0, at).split('\n');
  const line = before.length - 1;
  return { text: clean, line, character: before[line].length, lineText: clean.split('\n')[line] };
}

/** Settings that check every ordinal against the standard forms (`speech.numbering.style: "standard"`). */
export function standardSettings(): Settings {
  return { ...defaultSettings(), numberingStyle: 'standard' };
}
