/**
 * How the command line prints what it found: text (`file:line:col code message`, grouped by file,
 * and a summary), JSON (one object per problem, LSP ranges: 0-based, UTF-16 columns) or SARIF 2.1.0
 * (for code-scanning tools). Pure: the caller writes it out.
 */
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { CHECKS } from '../checks';
import { LIMIT_CODE } from '../features/diagnostics';
import type { FailLevel } from './arguments';

/** The problems of one file: its name as the user gave it, and its address relative to the folder checked. */
export interface FileProblems {
  file: string;
  /** A relative URI reference (`talks/%E8%AE%B2%E8%AF%9D.speech`) for SARIF. */
  uri: string;
  diagnostics: Diagnostic[];
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, FailLevel> = {
  [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information', [DiagnosticSeverity.Hint]: 'hint',
};

export function severityName(diagnostic: Diagnostic): FailLevel {
  return SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Error];
}

/** Whether a problem is at or above the fail level (`error` is the highest). */
export function fails(diagnostic: Diagnostic, failLevel: FailLevel): boolean {
  return (diagnostic.severity ?? DiagnosticSeverity.Error) <= FAIL_RANK[failLevel];
}

const FAIL_RANK: Record<FailLevel, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** `file:line:col code message`, 1-based as editors and terminals read it, a blank line between files. */
export function textReport(files: readonly FileProblems[], checked: number): string {
  const groups = files.filter((f) => f.diagnostics.length > 0).map((f) => f.diagnostics.map((d) =>
    `${f.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`).join('\n'));
  const all = files.flatMap((f) => f.diagnostics);
  const count = (level: FailLevel) => all.filter((d) => severityName(d) === level).length;
  const notes = count('information') + count('hint');
  const summary = all.length === 0
    ? l10n.t('Files checked: {0}. No problems.', checked)
    : l10n.t('Files checked: {0}. Problems: {1} in {2} of them ({3} errors, {4} warnings, {5} notes).',
      checked, all.length, groups.length, count('error'), count('warning'), notes);
  return [...groups, summary].join('\n\n') + '\n';
}

export function jsonReport(files: readonly FileProblems[]): string {
  const problems = files.flatMap((f) => f.diagnostics.map((d) => ({
    file: f.file, code: String(d.code), severity: severityName(d), range: d.range, message: d.message,
  })));
  return JSON.stringify(problems, null, 2) + '\n';
}

const SARIF_LEVELS: Record<FailLevel, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log of one run: a rule for every check (from the table of checks), a result for
 * every problem, located relative to `%SRCROOT%` (the folder the check ran in, `rootUri`).
 */
export function sarifReport(files: readonly FileProblems[], tool: { version: string; chinese: boolean }, rootUri: string): string {
  const rules = [
    ...Object.entries(CHECKS).map(([id, row]) => ({
      id, shortDescription: { text: tool.chinese ? row.description.zh : row.description.en },
      defaultConfiguration: { level: SARIF_LEVELS[row.severity] },
    })),
    { id: LIMIT_CODE, shortDescription: { text: l10n.t('Only the first problems of a file are shown') }, defaultConfiguration: { level: 'note' as const } },
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = files.flatMap((f) => f.diagnostics.map((d) => ({
    ruleId: String(d.code),
    ruleIndex: ruleIndex.get(String(d.code)),
    level: SARIF_LEVELS[severityName(d)],
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: f.uri, uriBaseId: '%SRCROOT%' },
        region: {
          startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        },
      },
    }],
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'speech-check', version: tool.version, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
