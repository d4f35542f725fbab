/**
 * Numbering diagnostics: every list numbered from one without gaps, repeats or reversals; each
 * heading in its level's canonical form; each series in one word; no skipped heading level.
 */
import { Diagnostic, Range } from 'vscode-languageserver-types';
import { CHECKS, speechDiagnostic, type DiagnosticCode, type SeverityOf } from '../checks';
import { toChineseNumeral } from '../speech/numerals';
import { canonicalHeadingMark, type HeadingOrdinal, type Level3Separator } from '../speech/ordinal';
import type { SeriesWord } from '../speech/series';
import type { ListItem, Speech } from '../speech/speech';
import type { SpeechDiagnosticData } from './diagnosticData';
import { displayNumber, seriesKind, seriesWordText } from './renumber';

export interface NumberingOptions {
  level3Separator: Level3Separator;
  /** Each code's severity; a code that has none (`off`) is not computed. */
  severity: SeverityOf;
}

export function numberingDiagnostics(speech: Speech, version: number, options: NumberingOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const push = (code: DiagnosticCode, item: ListItem, message: string, data: SpeechDiagnosticData) => {
    const severity = options.severity(code);
    if (severity === undefined) return;
    const range = Range.create(item.line, item.ordinal.start, item.line, item.ordinal.end);
    diagnostics.push(speechDiagnostic(code, severity, range, message, data));
  };

  speech.lists.forEach((list, listIndex) => {
    const kind = seriesKind(list);
    list.items.forEach((item, itemIndex) => {
      const data: SpeechDiagnosticData = { version, list: listIndex, item: itemIndex };
      const value = item.ordinal.value;
      const shown = (n: number) => displayNumber(list, n);
      if (itemIndex === 0) {
        if (value !== 1) push('numbering.start', item, CHECKS['numbering.start'].message(shown(1), shown(value)), data);
      } else {
        const previous = list.items[itemIndex - 1].ordinal.value;
        if (value > previous + 1) {
          push('numbering.skip', item, CHECKS['numbering.skip'].message(shown(previous), shown(previous + 1), shown(value)), data);
        } else if (value === previous) {
          push('numbering.duplicate', item, CHECKS['numbering.duplicate'].message(shown(value)), data);
        } else if (value < previous) {
          push('numbering.order', item, CHECKS['numbering.order'].message(shown(value), shown(previous)), data);
        }
      }
      if (list.kind === 'headings') {
        const ordinal = item.ordinal as HeadingOrdinal;
        const canonical = canonicalHeadingMark(ordinal.level, value, options.level3Separator);
        if (canonical !== undefined && canonical !== ordinal.text) {
          push('numbering.style', item, CHECKS['numbering.style'].message(ordinal.level, canonical, ordinal.text, toChineseNumeral(ordinal.level)), data);
        }
      } else if (kind !== undefined && (item.ordinal as SeriesWord).kind !== kind) {
        const word = item.ordinal as SeriesWord;
        const aligned = seriesWordText(kind, value, word);
        push('numbering.mixedSeries', item, CHECKS['numbering.mixedSeries'].message(kindName(kind), kindName(word.kind), word.text, aligned ?? kindName(kind)), data);
      }
    });
  });

  const levelSkip = options.severity('numbering.levelSkip');
  if (levelSkip !== undefined) {
    for (const heading of speech.headings) {
      const parent = heading.section.parent?.heading;
      if (!parent || heading.level <= parent.level + 1) continue;
      const missing = canonicalHeadingMark((parent.level + 1) as HeadingOrdinal['level'], 1, options.level3Separator)!;
      const range = Range.create(heading.line, heading.ordinal.start, heading.line, heading.ordinal.end);
      const message = CHECKS['numbering.levelSkip'].message(heading.ordinal.text, parent.ordinal.text, missing);
      diagnostics.push(speechDiagnostic('numbering.levelSkip', levelSkip, range, message, { version }));
    }
  }
  return diagnostics;
}

/** How a series word set is named in messages: `是`, `要`, `第N`, `其N`, `首先/其次`. */
function kindName(kind: SeriesWord['kind']): string {
  switch (kind) {
    case '第': return '第N';
    case '其': return '其N';
    case '序': return '首先/其次';
    default: return kind;
  }
}
