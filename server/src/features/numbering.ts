/**
 * Numbering diagnostics: every list numbered from one without gaps, repeats or reversals; each
 * heading in its level's canonical form; each series in one word; no skipped heading level.
 */
import * as l10n from '@vscode/l10n';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import { toChineseNumeral } from '../speech/numerals';
import { canonicalHeadingMark, type HeadingOrdinal, type Level3Separator } from '../speech/ordinal';
import type { SeriesWord } from '../speech/series';
import type { ListItem, Speech } from '../speech/speech';
import type { DiagnosticCode } from '../settings';
import type { SpeechDiagnosticData } from './diagnosticData';
import { displayNumber, seriesKind, seriesWordText } from './renumber';

export interface NumberingOptions {
  level3Separator: Level3Separator;
  /** Codes to report; the rest are not computed. */
  enabled: (code: DiagnosticCode) => boolean;
}

export function numberingDiagnostics(speech: Speech, version: number, options: NumberingOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const push = (code: DiagnosticCode, item: ListItem, message: string, data: SpeechDiagnosticData) => {
    if (!options.enabled(code)) return;
    const range = Range.create(item.line, item.ordinal.start, item.line, item.ordinal.end);
    diagnostics.push({ range, message, code, source: '讲话稿', severity: DiagnosticSeverity.Warning, data });
  };

  speech.lists.forEach((list, listIndex) => {
    const kind = seriesKind(list);
    list.items.forEach((item, itemIndex) => {
      const data: SpeechDiagnosticData = { version, list: listIndex, item: itemIndex };
      const value = item.ordinal.value;
      const shown = (n: number) => displayNumber(list, n);
      if (itemIndex === 0) {
        if (value !== 1) push('numbering.start', item, l10n.t('Numbering should start at “{0}”; found “{1}”', shown(1), shown(value)), data);
      } else {
        const previous = list.items[itemIndex - 1].ordinal.value;
        if (value > previous + 1) {
          push('numbering.skip', item, l10n.t('Numbering skips: the previous item is “{0}”, so this should be “{1}”; found “{2}”', shown(previous), shown(previous + 1), shown(value)), data);
        } else if (value === previous) {
          push('numbering.duplicate', item, l10n.t('Duplicate number: “{0}” appears twice', shown(value)), data);
        } else if (value < previous) {
          push('numbering.order', item, l10n.t('Numbers out of order: “{0}” comes after “{1}”', shown(value), shown(previous)), data);
        }
      }
      if (list.kind === 'headings') {
        const ordinal = item.ordinal as HeadingOrdinal;
        const canonical = canonicalHeadingMark(ordinal.level, value, options.level3Separator);
        if (canonical !== undefined && canonical !== ordinal.text) {
          push('numbering.style', item, l10n.t('Write a level-{0} heading’s ordinal as “{1}”, not “{2}”', ordinal.level, canonical, ordinal.text, toChineseNumeral(ordinal.level)), data);
        }
      } else if (kind !== undefined && (item.ordinal as SeriesWord).kind !== kind) {
        const word = item.ordinal as SeriesWord;
        const aligned = seriesWordText(kind, value, word);
        push('numbering.mixedSeries', item, l10n.t('This series mixes “{0}” and “{1}”: write “{2}” as “{3}”', kindName(kind), kindName(word.kind), word.text, aligned ?? kindName(kind)), data);
      }
    });
  });

  if (options.enabled('numbering.levelSkip')) {
    for (const heading of speech.headings) {
      const parent = heading.section.parent?.heading;
      if (!parent || heading.level <= parent.level + 1) continue;
      const missing = canonicalHeadingMark((parent.level + 1) as HeadingOrdinal['level'], 1, options.level3Separator)!;
      const range = Range.create(heading.line, heading.ordinal.start, heading.line, heading.ordinal.end);
      diagnostics.push({
        range, code: 'numbering.levelSkip', source: '讲话稿', severity: DiagnosticSeverity.Hint, data: { version },
        message: l10n.t('“{0}” stands directly under “{1}”: the level of “{2}” is missing', heading.ordinal.text, parent.ordinal.text, missing),
      });
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
