/**
 * Quick fixes for the diagnostics, `source.fixAll.speech` (every numbering fix and every certain
 * text fix) and `source.renumber.speech` (numbering only). One provider per family of fixes, composed
 * by code. Every edit carries the document version it was computed for, so the editor refuses it once
 * the text has changed.
 */
import * as l10n from '@vscode/l10n';
import {
  CodeAction, CodeActionKind, TextDocumentEdit, TextEdit, VersionedTextDocumentIdentifier,
  type Diagnostic, type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { CHECKS, type DiagnosticCode } from '../checks';
import { FIX_ALL_KIND, RENUMBER_KIND } from '../protocol';
import { countText, displayNumber, markText, seriesWordText } from '../speech/marks';
import type { ListItem, OrdinalList, Speech } from '../speech/speech';
import type { Settings } from '../settings';
import type { SpeechDiagnosticData } from './diagnosticData';
import { certainFixEdits } from './fixAll';
import { moveActions } from './moves';
import { fixAllEdits, formEdits, markEdit, renumberEdits, type RenumberOptions } from './renumber';
import { textCheckOptions, textFixEdits } from './textChecks';
import type { TextCode } from './text/finding';

export { FIX_ALL_KIND, RENUMBER_KIND };

export interface CodeActionRequest {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  /** The kinds asked for; all when undefined. */
  only?: string[];
  /** The line of the cursor, where the moves of the outline view are offered. */
  line?: number;
}

type AddAction = (title: string, edits: TextEdit[], diagnostic: Diagnostic | undefined, kind?: string, preferred?: boolean) => void;

/** What a provider of quick fixes is given for one diagnostic of this version. */
interface FixContext {
  speech: Speech;
  settings: Settings;
  options: RenumberOptions;
  diagnostic: Diagnostic;
  data: SpeechDiagnosticData;
  list?: OrdinalList;
  item?: ListItem;
  add: AddAction;
}

export function codeActions(speech: Speech, request: CodeActionRequest, settings: Settings): CodeAction[] {
  const options: RenumberOptions = { style: settings.numberingStyle, level3Separator: settings.level3Separator };
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]): WorkspaceEdit => ({
    documentChanges: [TextDocumentEdit.create(VersionedTextDocumentIdentifier.create(request.uri, request.version), edits)],
  });
  const add: AddAction = (title, edits, diagnostic, kind = CodeActionKind.QuickFix, preferred = false) => {
    if (edits.length === 0) return;
    const action = CodeAction.create(title, edit(edits), kind);
    if (diagnostic) action.diagnostics = [diagnostic];
    if (preferred) action.isPreferred = true;
    actions.push(action);
  };
  if (wanted(CodeActionKind.QuickFix, request.only)) {
    for (const diagnostic of request.diagnostics) {
      const data = diagnostic.data as SpeechDiagnosticData | undefined;
      if (!data || data.version !== request.version) continue;
      const list = data.list !== undefined ? speech.lists[data.list] : undefined;
      const item = list && data.item !== undefined ? list.items[data.item] : undefined;
      providerOf(String(diagnostic.code))?.({ speech, settings, options, diagnostic, data, list, item, add });
    }
  }
  // Source actions only when asked for by kind (Source Action menu, code actions on save): the light
  // bulb asks with no kind on every cursor move, and fix-all reads the whole file.
  if (request.only) sourceActions(speech, request.only, settings, options, add);
  if (request.line !== undefined) actions.push(...moveActions(speech, request.uri, request.version, request.line, (kind) => wanted(kind, request.only)));
  return actions;
}

function sourceActions(speech: Speech, only: string[], settings: Settings, options: RenumberOptions, add: AddAction): void {
  if (wanted(FIX_ALL_KIND, only)) {
    add(l10n.t('Fix every numbering problem and every certain text problem'), certainFixEdits(speech, settings), undefined, FIX_ALL_KIND);
  }
  if (wanted(RENUMBER_KIND, only)) {
    add(l10n.t('Renumber every list and fix every ordinal form'), fixAllEdits(speech, options), undefined, RENUMBER_KIND);
  }
}

/** The provider of a code's quick fixes. */
function providerOf(code: string): ((context: FixContext) => void) | undefined {
  if (code === 'numbering.start' || code === 'numbering.skip' || code === 'numbering.duplicate' || code === 'numbering.order') return renumberFixes;
  if (code === 'numbering.style') return styleFixes;
  if (code === 'numbering.mixedSeries') return seriesFixes;
  if (code === 'count.mismatch') return countFixes;
  if (code.startsWith('text.')) return textFixes;
  return undefined;
}

/** Renumber the rest of the list from this item (preferred), or this item alone. */
function renumberFixes({ speech, options, diagnostic, data, list, item, add }: FixContext): void {
  if (!list || !item || data.item === undefined) return;
  const expected = data.item === 0 ? 1 : list.items[data.item - 1].ordinal.value + 1;
  const titles = CHECKS[diagnostic.code as Extract<DiagnosticCode, `numbering.${'start' | 'skip' | 'duplicate' | 'order'}`>].fix;
  add(titles.rest(), renumberEdits(speech, list, data.item, options), diagnostic, CodeActionKind.QuickFix, true);
  add(titles.one(displayNumber(list, expected)), renumberEdits(speech, list, data.item, options, true), diagnostic);
}

/** Write this ordinal in its list's style form; or every ordinal of the file. */
function styleFixes({ speech, options, diagnostic, data, list, item, add }: FixContext): void {
  if (!list || !item || data.item === undefined) return;
  const wantedMark = markText(speech, list, data.item, item.ordinal.value, true, options);
  const one = markEdit(item, wantedMark);
  const titles = CHECKS['numbering.style'].fix;
  add(titles.one(wantedMark ?? ''), one ? [one] : [], diagnostic, CodeActionKind.QuickFix, true);
  add(titles.all(), formEdits(speech, options), diagnostic);
}

/** Align a series word to the first item's word. */
function seriesFixes({ diagnostic, data, list, item, add }: FixContext): void {
  if (!list || list.kind === 'headings' || !item || data.item === undefined) return;
  const aligned = seriesWordText(list.word, item.ordinal.value, list.items[data.item].ordinal);
  const one = markEdit(item, aligned);
  add(CHECKS['numbering.mixedSeries'].fix.one(aligned ?? ''), one ? [one] : [], diagnostic, CodeActionKind.QuickFix, true);
}

/** Change the announced number to the count, in the announcement's own numerals. */
function countFixes({ speech, diagnostic, data, add }: FixContext): void {
  const announcement = data.announcement !== undefined ? speech.announcements[data.announcement] : undefined;
  if (!announcement) return;
  const { line, count } = announcement;
  const text = countText(announcement.counted, count.arabic);
  const edit = TextEdit.replace({ start: { line, character: count.numberStart }, end: { line, character: count.numberEnd } }, text);
  add(CHECKS['count.mismatch'].fix.one(text), [edit], diagnostic, CodeActionKind.QuickFix, true);
}

/** A text check's own edit; and every one of its code in the file, where the check has that fix. */
function textFixes({ speech, settings, diagnostic, data, add }: FixContext): void {
  const code = String(diagnostic.code) as TextCode;
  if (!data.edits || !(code in CHECKS)) return;
  const line = diagnostic.range.start.line;
  const titles: { one: (write: string) => string; all?: () => string } = CHECKS[code].fix;
  const edits = data.edits.map((e) => TextEdit.replace({ start: { line, character: e.start }, end: { line, character: e.end } }, e.newText));
  add(titles.one(data.edits[0].newText), edits, diagnostic, CodeActionKind.QuickFix, true);
  if (titles.all) add(titles.all(), textFixEdits(speech, textCheckOptions(settings), (f) => f.code === code), diagnostic);
}

/** Whether an action of `kind` answers a request for `only` (kinds are hierarchical: `source` ⊃ `source.fixAll`). */
function wanted(kind: string, only: string[] | undefined): boolean {
  return only === undefined || only.some((o) => kind === o || kind.startsWith(o + '.'));
}
