/**
 * All diagnostics of a speech, with each code's severity from the settings (`off` is not computed).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Speech } from '../speech/speech';
import type { DiagnosticCode, Settings, Severity } from '../settings';
import { countDiagnostics } from './counts';
import { numberingDiagnostics } from './numbering';
import { textDiagnostics, type TextCheckOptions } from './textChecks';

const LSP_SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function speechDiagnostics(speech: Speech, version: number, settings: Settings): Diagnostic[] {
  if (!settings.diagnosticsEnabled) return [];
  const enabled = (code: DiagnosticCode) => settings.severity[code] !== 'off';
  // `concat`, not `push(...)`: a hostile file's thousands of diagnostics would overflow the stack.
  const diagnostics = numberingDiagnostics(speech, version, { level3Separator: settings.level3Separator, enabled })
    .concat(enabled('count.mismatch') ? countDiagnostics(speech, version) : [], textDiagnostics(speech, version, textCheckOptions(settings)));
  for (const diagnostic of diagnostics) {
    diagnostic.severity = LSP_SEVERITY[settings.severity[diagnostic.code as DiagnosticCode] as Exclude<Severity, 'off'>];
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** What the text checks need from the settings: the codes not `off`, and the allowed words. */
export function textCheckOptions(settings: Settings): TextCheckOptions {
  return { enabled: (code) => settings.severity[code] !== 'off', allowed: settings.allowed };
}
