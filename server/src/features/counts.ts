/**
 * `count.mismatch`: an announced count (`我讲三点意见`) that differs from the number of items it
 * announces. An announcement with nothing countable after it is left alone: there is nothing to
 * compare it with.
 */
import * as l10n from '@vscode/l10n';
import { countText } from '../speech/marks';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { Speech } from '../speech/speech';
import type { SpeechDiagnosticData } from './diagnosticData';

export function countDiagnostics(speech: Speech, version: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  speech.announcements.forEach((announcement, index) => {
    const actual = announcement.counted;
    if (actual === 0 || actual === announcement.count.count) return;
    const { line, count } = announcement;
    const data: SpeechDiagnosticData = { version, announcement: index };
    diagnostics.push({
      range: Range.create(line, count.start, line, count.end),
      code: 'count.mismatch', source: '讲话稿', severity: DiagnosticSeverity.Warning, data,
      message: l10n.t('The text announces “{0}”, but {1} items follow', count.text, actual, countText(actual, count.arabic)),
    });
  });
  return diagnostics;
}
