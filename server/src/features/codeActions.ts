/**
 * Quick fixes for the diagnostics, `source.fixAll.speech` (every numbering fix and every certain
 * text fix) and `source.renumber.speech` (numbering only). Every edit carries the document version it
 * was computed for, so the editor refuses it once the text has changed.
 */
import * as l10n from '@vscode/l10n';
import {
  CodeAction, CodeActionKind, TextDocumentEdit, TextEdit, VersionedTextDocumentIdentifier,
  type Diagnostic, type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { canonicalHeadingMark, type HeadingOrdinal } from '../speech/ordinal';
import type { SeriesWord } from '../speech/series';
import type { Speech } from '../speech/speech';
import { countText } from './counts';
import type { SpeechDiagnosticData } from './diagnosticData';
import { textCheckOptions } from './diagnostics';
import { displayNumber, fixAllEdits, markEdit, renumberEdits, seriesKind, seriesWordText, type RenumberOptions } from './renumber';
import { textFixEdits } from './textChecks';
import type { TextCode } from './text/finding';
import type { Settings } from '../settings';
import { CHECKS } from '../checks';
import { FIX_ALL_KIND, RENUMBER_KIND } from '../protocol';

export { FIX_ALL_KIND, RENUMBER_KIND };

export interface CodeActionRequest {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  /** The kinds asked for; all when undefined. */
  only?: string[];
}

export function codeActions(speech: Speech, request: CodeActionRequest, options: Settings): CodeAction[] {
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

  if (wanted(CodeActionKind.QuickFix, request.only)) addQuickFixes(speech, request, options, add);

  // Source actions only when asked for by kind (Source Action menu, code actions on save): the light
  // bulb asks with no kind on every cursor move, and fix-all reads the whole file.
  if (request.only && wanted(FIX_ALL_KIND, request.only)) {
    const numbering = fixAllEdits(speech, options);
    const text = textFixEdits(speech, textCheckOptions(options), (f) => f.certain && CHECKS[f.code].fixAll);
    add(l10n.t('Fix every numbering problem and every certain text problem'), mergeEdits(numbering, text), undefined, FIX_ALL_KIND);
  }
  if (request.only && wanted(RENUMBER_KIND, request.only)) {
    add(l10n.t('Renumber every list and fix every ordinal form'), fixAllEdits(speech, options), undefined, RENUMBER_KIND);
  }
  return actions;
}

type AddAction = (title: string, edits: TextEdit[], diagnostic: Diagnostic | undefined, kind?: string, preferred?: boolean) => void;

/** The quick fixes of each diagnostic computed for this version. */
function addQuickFixes(speech: Speech, request: CodeActionRequest, options: Settings, add: AddAction): void {
  for (const diagnostic of request.diagnostics) {
    const data = diagnostic.data as SpeechDiagnosticData | undefined;
    if (!data || data.version !== request.version) continue;
    const list = data.list !== undefined ? speech.lists[data.list] : undefined;
    const item = list && data.item !== undefined ? list.items[data.item] : undefined;
    switch (diagnostic.code) {
      case 'numbering.start':
      case 'numbering.skip':
      case 'numbering.duplicate':
      case 'numbering.order': {
        if (!list || !item) break;
        const expected = data.item === 0 ? 1 : list.items[data.item! - 1].ordinal.value + 1;
        const titles = CHECKS[diagnostic.code].fix;
        add(titles.rest(), renumberEdits(list, data.item!, options), diagnostic, CodeActionKind.QuickFix, true);
        add(titles.one(displayNumber(list, expected)), renumberEdits(list, data.item!, options, true), diagnostic);
        break;
      }
      case 'numbering.style': {
        if (!item) break;
        const ordinal = item.ordinal as HeadingOrdinal;
        const canonical = canonicalHeadingMark(ordinal.level, ordinal.value, options.level3Separator);
        const one = markEdit(item, canonical);
        const titles = CHECKS['numbering.style'].fix;
        add(titles.one(canonical ?? ''), one ? [one] : [], diagnostic, CodeActionKind.QuickFix, true);
        add(titles.all(), formEdits(speech, options), diagnostic);
        break;
      }
      case 'numbering.mixedSeries': {
        if (!list || !item) break;
        const aligned = seriesWordText(seriesKind(list)!, item.ordinal.value, item.ordinal as SeriesWord);
        const one = markEdit(item, aligned);
        add(CHECKS['numbering.mixedSeries'].fix.one(aligned ?? ''), one ? [one] : [], diagnostic, CodeActionKind.QuickFix, true);
        break;
      }
      case 'count.mismatch': {
        const announcement = data.announcement !== undefined ? speech.announcements[data.announcement] : undefined;
        if (!announcement) break;
        const actual = announcement.counted;
        const { line, count } = announcement;
        const text = countText(actual);
        add(CHECKS['count.mismatch'].fix.one(text), [TextEdit.replace({ start: { line, character: count.numberStart }, end: { line, character: count.numberEnd } }, text)], diagnostic, CodeActionKind.QuickFix, true);
        break;
      }
      default: {
        const code = String(diagnostic.code);
        if (!code.startsWith('text.') || !data.edits) break;
        const line = diagnostic.range.start.line;
        const titles: { one: (write: string) => string; all?: () => string } = CHECKS[code as TextCode].fix;
        add(titles.one(data.edits[0].newText), data.edits.map((e) => TextEdit.replace({ start: { line, character: e.start }, end: { line, character: e.end } }, e.newText)), diagnostic, CodeActionKind.QuickFix, true);
        if (titles.all) add(titles.all(), textFixEdits(speech, textCheckOptions(options), (f) => f.code === code), diagnostic);
      }
    }
  }
}

/** `first` and those of `second` that touch none of `first`, in document order. */
function mergeEdits(first: TextEdit[], second: TextEdit[]): TextEdit[] {
  const key = (p: { line: number; character: number }) => p.line * 2 ** 24 + p.character;
  const taken = first.map((e) => [key(e.range.start), key(e.range.end)]).sort((a, b) => a[0] - b[0]);
  const overlaps = (edit: TextEdit) => {
    const [start, end] = [key(edit.range.start), key(edit.range.end)];
    // The taken edits do not overlap each other: only the last one starting before `end` can overlap.
    let lo = 0;
    let hi = taken.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid][0] < end) lo = mid + 1; else hi = mid - 1;
    }
    return hi >= 0 && taken[hi][1] > start;
  };
  return [...first, ...second.filter((e) => !overlaps(e))]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Every heading's mark in its canonical form, numbers unchanged. */
function formEdits(speech: Speech, options: RenumberOptions): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const list of speech.lists) {
    if (list.kind !== 'headings') continue;
    for (const item of list.items) {
      const ordinal = item.ordinal as HeadingOrdinal;
      const edit = markEdit(item, canonicalHeadingMark(ordinal.level, ordinal.value, options.level3Separator));
      if (edit) edits.push(edit);
    }
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** Whether an action of `kind` answers a request for `only` (kinds are hierarchical: `source` ⊃ `source.fixAll`). */
function wanted(kind: string, only: string[] | undefined): boolean {
  return only === undefined || only.some((o) => kind === o || kind.startsWith(o + '.'));
}
