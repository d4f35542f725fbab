/**
 * All diagnostics of a speech, each made with its code's severity from the settings (`off` is not
 * computed): see `severityOf` in checks.ts.
 */
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Speech } from '../speech/speech';
import type { Settings } from '../settings';
import { countDiagnostics } from './counts';
import { numberingDiagnostics } from './numbering';
import { textCheckOptions, textDiagnostics } from './textChecks';

/** The code of the one diagnostic that says the rest were not shown. */
export const LIMIT_CODE = 'diagnostics.limit';

/**
 * At most `settings.maxProblems` diagnostics, in document order, and then one that says so: a
 * pathological file must not flood the Problems panel (nor the protocol).
 */
export function speechDiagnostics(speech: Speech, version: number, settings: Settings): Diagnostic[] {
  if (!settings.diagnosticsEnabled) return [];
  const options = textCheckOptions(settings);
  const count = options.severity('count.mismatch');
  const max = settings.maxProblems;
  // Text diagnostics come in document order, so those past the first `max + 1` can only be hidden.
  // `concat`, not `push(...)`: a hostile file's thousands of diagnostics would overflow the stack.
  const numbering = { level3Separator: settings.level3Separator, style: settings.numberingStyle, severity: options.severity };
  const diagnostics = numberingDiagnostics(speech, version, numbering)
    .concat(count !== undefined ? countDiagnostics(speech, version, count) : [], textDiagnostics(speech, version, options, max + 1))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (diagnostics.length <= max) return diagnostics;
  const shown = diagnostics.slice(0, max);
  shown.push({
    range: diagnostics[max].range, code: LIMIT_CODE, source: '讲话稿', severity: DiagnosticSeverity.Information, data: { version },
    message: l10n.t('Only the first {0} problems are shown: fix them, or raise speech.diagnostics.maxProblems, to see the rest', max),
  });
  return shown;
}
