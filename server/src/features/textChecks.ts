/**
 * The text checks as diagnostics and edits: placeholders, half-width punctuation, stray spaces,
 * look-alike glyphs, repeated punctuation, unbalanced pairs, trailing whitespace. Each line is
 * checked on its own (`text/lineChecks.ts`); only a quotation that runs on into the next paragraph
 * needs a look past its line.
 */
import { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { CHECKS, severityOf, speechDiagnostic, type SeverityOf } from '../checks';
import type { Settings } from '../settings';
import type { LineFacts } from '../speech/line';
import type { Speech } from '../speech/speech';
import type { SpeechDiagnosticData } from './diagnosticData';
import type { TextFinding } from './text/finding';
import { checkLine, type LineCheckOptions } from './text/lineChecks';
import { closerOf, isUnclosed, openerOf } from './text/pairs';

export type TextCheckOptions = LineCheckOptions;

/**
 * A line's findings, kept with the line's facts: the facts of a line the editor did not touch are
 * reused across versions, and so are its findings, as long as the options are the same object.
 */
const findingsOfLine = new WeakMap<LineFacts, { options: TextCheckOptions; findings: TextFinding[] }>();

const NONE: TextFinding[] = [];

function lineFindings(speech: Speech, line: number, options: TextCheckOptions): TextFinding[] {
  if (speech.texts[line].length === 0) return NONE;
  const facts = speech.lines[line];
  const cached = findingsOfLine.get(facts);
  if (cached && cached.options === options) return cached.findings;
  const findings = checkLine(speech.texts[line], facts.heading, options);
  findingsOfLine.set(facts, { options, findings });
  return findings;
}

/** Every finding of the speech, line by line. */
export function* textFindings(speech: Speech, options: TextCheckOptions): Generator<{ line: number; finding: TextFinding }> {
  for (let line = 0; line < speech.texts.length; line++) {
    for (const finding of lineFindings(speech, line, options)) {
      if (finding.found === '“' && isUnclosed(finding) && quotationContinues(speech, line)) continue;
      if (finding.code === 'text.unbalancedPair' && closesOnNeighbourLine(speech, line, finding, options)) continue;
      yield { line, finding };
    }
  }
}

/**
 * A quotation of several paragraphs opens each of them with `“` and closes only in the last, so an
 * open `“` is not reported when the next paragraph starts with `“`.
 */
function quotationContinues(speech: Speech, line: number): boolean {
  for (let next = line + 1; next < speech.texts.length; next++) {
    const facts = speech.lines[next];
    if (facts.contentStart === facts.contentEnd) continue;
    return speech.texts[next][facts.contentStart] === '“';
  }
  return false;
}

/**
 * A bracket opened on a short line with no sentence mark and closed on the next such line (a date or
 * an adoption note set over two centred lines): the pair is whole, over the two lines.
 */
function closesOnNeighbourLine(speech: Speech, line: number, finding: TextFinding, options: TextCheckOptions): boolean {
  const opened = isUnclosed(finding);
  const neighbour = nonBlankLine(speech, line, opened ? 1 : -1);
  if (neighbour === undefined || speech.lines[line].sentence || speech.lines[neighbour].sentence) return false;
  const partner = opened ? closerOf(finding.found) : openerOf(finding.found);
  return lineFindings(speech, neighbour, options).some((f) => f.code === 'text.unbalancedPair' && f.found === partner && isUnclosed(f) !== opened);
}

function nonBlankLine(speech: Speech, line: number, step: 1 | -1): number | undefined {
  for (let next = line + step; next >= 0 && next < speech.texts.length; next += step) {
    const facts = speech.lines[next];
    if (facts.contentStart !== facts.contentEnd) return next;
  }
  return undefined;
}

/** The diagnostics of the first `limit` findings (all by default), in document order. */
export function textDiagnostics(speech: Speech, version: number, options: TextCheckOptions, limit = Infinity): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { line, finding } of textFindings(speech, options)) {
    if (diagnostics.length >= limit) break;
    const data: SpeechDiagnosticData = { version };
    if (finding.edits.length > 0) data.edits = finding.edits;
    // A finding is made only for a code that has a severity (lineChecks.ts).
    const severity = options.severity(finding.code)!;
    const message = CHECKS[finding.code].message(finding);
    diagnostics.push(speechDiagnostic(finding.code, severity, Range.create(line, finding.start, line, finding.end), message, data));
  }
  return diagnostics;
}

/** The edits of every finding `wanted` accepts, one per place, in document order. */
export function textFixEdits(speech: Speech, options: TextCheckOptions, wanted: (finding: TextFinding) => boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const { line, finding } of textFindings(speech, options)) {
    if (!wanted(finding)) continue;
    for (const edit of finding.edits) {
      const key = `${line}:${edit.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(TextEdit.replace(Range.create(line, edit.start, line, edit.end), edit.newText));
    }
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const optionsOfSettings = new WeakMap<Settings, TextCheckOptions>();

/**
 * What the checks need from the settings: each code's severity, and the allowed words. One object
 * per settings object, so that each line's findings are reused until the settings change.
 */
export function textCheckOptions(settings: Settings): TextCheckOptions {
  let options = optionsOfSettings.get(settings);
  if (!options) {
    const severity: SeverityOf = (code) => severityOf(code, settings);
    options = { severity, allowed: settings.allowed };
    optionsOfSettings.set(settings, options);
  }
  return options;
}
