/**
 * `count.mismatch`: an announced count (`我讲三点意见`) that differs from the number of items it
 * announces. An announcement with nothing countable after it is left alone: there is nothing to
 * compare it with.
 */
import { countText } from '../speech/marks';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import { CHECKS, speechDiagnostic } from '../checks';
import type { Speech } from '../speech/speech';
import type { SpeechDiagnosticData } from './diagnosticData';

export function countDiagnostics(speech: Speech, version: number, severity: DiagnosticSeverity): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  speech.announcements.forEach((announcement, index) => {
    const actual = announcement.counted;
    if (actual === 0 || actual === announcement.count.count) return;
    const { line, count } = announcement;
    const data: SpeechDiagnosticData = { version, announcement: index };
    const message = CHECKS['count.mismatch'].message(count.text, actual, countText(actual, count.arabic));
    diagnostics.push(speechDiagnostic('count.mismatch', severity, Range.create(line, count.start, line, count.end), message, data));
  });
  return diagnostics;
}
