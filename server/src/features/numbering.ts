/**
 * Numbering diagnostics: every list numbered from one without gaps, repeats or reversals (in the
 * document's numbering scheme: a kind that runs on through its parents is one list); each heading in
 * its list's style form (the document's house style, or the standard forms); each series in one
 * word; no skipped heading level.
 */
import * as l10n from '@vscode/l10n';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import { CHECKS, speechDiagnostic, type DiagnosticCode, type SeverityOf } from '../checks';
import { displayNumber, markText, seriesWordText, styleForm, type StyleOptions } from '../speech/marks';
import { standardMark, type HeadingKind } from '../speech/ordinal';
import type { HeadingList, ListItem, OrdinalList, SeriesList, Speech } from '../speech/speech';
import type { SpeechDiagnosticData } from './diagnosticData';

export interface NumberingOptions extends StyleOptions {
  /** Each code's severity; a code that has none (`off`) is not computed. */
  severity: SeverityOf;
}

type Push = (code: DiagnosticCode, item: ListItem, message: string, data: SpeechDiagnosticData) => void;

export function numberingDiagnostics(speech: Speech, version: number, options: NumberingOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const push: Push = (code, item, message, data) => {
    const severity = options.severity(code);
    if (severity === undefined) return;
    const range = Range.create(item.line, item.ordinal.start, item.line, item.ordinal.end);
    diagnostics.push(speechDiagnostic(code, severity, range, message, data));
  };
  speech.lists.forEach((list, listIndex) => {
    orderDiagnostics(list, version, listIndex, push);
    if (list.kind === 'headings') styleDiagnostics(speech, list, version, listIndex, options, push);
    else seriesDiagnostics(list, version, listIndex, push);
  });
  const hint = options.severity('numbering.levelSkip');
  if (hint !== undefined) diagnostics.push(...levelSkipDiagnostics(speech, version, options, hint));
  return diagnostics;
}

/** `numbering.start`, `.skip`, `.duplicate`, `.order`: each item one past the one before, from one. */
function orderDiagnostics(list: OrdinalList, version: number, listIndex: number, push: Push): void {
  const shown = (n: number) => displayNumber(list, n);
  list.items.forEach((item, itemIndex) => {
    const data: SpeechDiagnosticData = { version, list: listIndex, item: itemIndex };
    const value = item.ordinal.value;
    if (itemIndex === 0) {
      if (value !== 1) push('numbering.start', item, CHECKS['numbering.start'].message(shown(1), shown(value)), data);
      return;
    }
    const previous = list.items[itemIndex - 1].ordinal.value;
    if (value > previous + 1) {
      push('numbering.skip', item, CHECKS['numbering.skip'].message(shown(previous), shown(previous + 1), shown(value)), data);
    } else if (value === previous) {
      push('numbering.duplicate', item, CHECKS['numbering.duplicate'].message(shown(value)), data);
    } else if (value < previous) {
      push('numbering.order', item, CHECKS['numbering.order'].message(shown(value), shown(previous)), data);
    }
  });
}

/** `numbering.style`: a heading whose form is not its list's style form. */
function styleDiagnostics(speech: Speech, list: HeadingList, version: number, listIndex: number, options: StyleOptions, push: Push): void {
  const form = styleForm(speech, list, options);
  if (form === undefined) return;
  list.items.forEach((item, itemIndex) => {
    if (item.ordinal.form === form) return;
    const wanted = markText(speech, list, itemIndex, item.ordinal.value, true, options);
    if (wanted === undefined || wanted === item.ordinal.text) return;
    const data: SpeechDiagnosticData = { version, list: listIndex, item: itemIndex };
    push('numbering.style', item, CHECKS['numbering.style'].message(kindName(list.headingKind), wanted, item.ordinal.text, options.style === 'standard'), data);
  });
}

/** `numbering.mixedSeries`: a series whose items do not keep its first item's word. */
function seriesDiagnostics(list: SeriesList, version: number, listIndex: number, push: Push): void {
  list.items.forEach((item, itemIndex) => {
    const word = item.ordinal;
    if (word.kind === list.word) return;
    const data: SpeechDiagnosticData = { version, list: listIndex, item: itemIndex };
    const aligned = seriesWordText(list.word, word.value, word);
    const message = CHECKS['numbering.mixedSeries'].message(seriesName(list.word), seriesName(word.kind), word.text, aligned ?? seriesName(list.word));
    push('numbering.mixedSeries', item, message, data);
  });
}

/** `numbering.levelSkip` (a hint): a heading of the five levels directly under one more than a level above it. */
function levelSkipDiagnostics(speech: Speech, version: number, options: StyleOptions, severity: DiagnosticSeverity): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const heading of speech.headings) {
    const parent = heading.section.parent?.heading;
    if (!heading.ordinal || !parent?.ordinal || heading.level === undefined || parent.level === undefined) continue;
    if (heading.level <= parent.level + 1) continue;
    const missingKind = `level${parent.level + 1}` as HeadingKind;
    const missing = standardMark(missingKind, 1, options.level3Separator) ?? '';
    const range = Range.create(heading.line, heading.ordinal.start, heading.line, heading.ordinal.end);
    const message = CHECKS['numbering.levelSkip'].message(heading.ordinal.text, parent.ordinal.text, missing);
    diagnostics.push(speechDiagnostic('numbering.levelSkip', severity, range, message, { version }));
  }
  return diagnostics;
}

/** How a kind of heading is named in messages. */
function kindName(kind: HeadingKind): string {
  switch (kind) {
    case 'part': return l10n.t('part');
    case 'chapter': return l10n.t('chapter');
    case 'section': return l10n.t('section');
    case 'article': return l10n.t('article');
    case 'decimal': return l10n.t('decimal heading');
    case 'level1': case 'level1Di': case 'level1Topic': return l10n.t('level-1 heading');
    case 'level2': return l10n.t('level-2 heading');
    case 'level3': return l10n.t('level-3 heading');
    case 'level4': return l10n.t('level-4 heading');
    case 'level5': return l10n.t('level-5 heading');
  }
}

/** How a series word set is named in messages: `是`, `要`, `第N`, `其N`, `首先/其次`. */
function seriesName(kind: SeriesList['word']): string {
  switch (kind) {
    case '第': return '第N';
    case '其': return '其N';
    case '序': return '首先/其次';
    default: return kind;
  }
}
