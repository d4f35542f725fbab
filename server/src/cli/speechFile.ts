/**
 * What the command line does with one speech, with the server's own features on the server's own
 * model: its diagnostics, its fix-all (the `source.fixAll.speech` code action, applied), its 提纲.
 * No Node API and no rule of its own: a problem or a fix here is the editor's.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type Diagnostic, type DocumentSymbol, type TextEdit } from 'vscode-languageserver-types';
import { codeActions, FIX_ALL_KIND } from '../features/codeActions';
import { speechDiagnostics } from '../features/diagnostics';
import { documentSymbols } from '../features/symbols';
import type { Settings } from '../settings';
import { SpeechDocument } from '../speechDocument';

/** The one version a file read from disk has. */
const VERSION = 1;

export function checkSpeech(uri: string, text: string, settings: Settings): Diagnostic[] {
  return speechDiagnostics(new SpeechDocument(uri, VERSION, text).speech, VERSION, settings);
}

/** The text after fix-all, and the edits that made it (none: the text as it was). */
export function fixSpeech(uri: string, text: string, settings: Settings): { text: string; edits: TextEdit[] } {
  const document = new SpeechDocument(uri, VERSION, text);
  const actions = codeActions(document.speech, { uri, version: VERSION, diagnostics: [], only: [FIX_ALL_KIND] }, settings);
  const change = actions.find((a) => a.kind === FIX_ALL_KIND)?.edit?.documentChanges?.[0];
  // Fix-all's edits are plain text edits (codeActions.ts makes no others).
  const edits = change && 'edits' in change ? change.edits as TextEdit[] : [];
  if (edits.length === 0) return { text, edits };
  return { text: TextDocument.applyEdits(TextDocument.create(uri, 'speech', VERSION, text), edits), edits };
}

/**
 * The 提纲: the title, then every heading with its ordinal as written, indented by its depth in the
 * outline (the document symbols, less the paragraphs' list items).
 */
export function speechOutline(uri: string, text: string): string[] {
  const lines: string[] = [];
  const walk = (symbols: readonly DocumentSymbol[], depth: number) => {
    for (const symbol of symbols) {
      if (symbol.kind === SymbolKind.EnumMember) continue;
      lines.push('  '.repeat(depth) + symbol.name);
      if (symbol.children) walk(symbol.children, depth + 1);
    }
  };
  walk(documentSymbols(new SpeechDocument(uri, VERSION, text).speech), 0);
  return lines;
}
