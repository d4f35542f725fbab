/**
 * The text checks as diagnostics and edits: placeholders, half-width punctuation, stray spaces,
 * look-alike glyphs, repeated punctuation, unbalanced pairs, trailing whitespace. Each line is
 * checked on its own (`text/lineChecks.ts`); only a quotation that runs on into the next paragraph
 * needs a look past its line.
 */
import * as l10n from '@vscode/l10n';
import { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import type { LineFacts } from '../speech/line';
import type { Speech } from '../speech/speech';
import type { SpeechDiagnosticData } from './diagnosticData';
import type { TextCode, TextFinding } from './text/finding';
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
    diagnostics.push({
      range: Range.create(line, finding.start, line, finding.end),
      code: finding.code, source: '讲话稿', severity: DiagnosticSeverity.Warning, data,
      message: textMessage(finding),
    });
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

function textMessage(finding: TextFinding): string {
  const { found, write = '' } = finding;
  switch (finding.code) {
    case 'text.placeholder':
      return l10n.t('Unfilled placeholder “{0}”: replace it with the actual name, number or text', found);
    case 'text.halfwidthPunctuation':
      return l10n.t('Half-width “{0}” in Chinese text: write “{1}”', found, write);
    case 'text.cjkSpace': {
      const around = Array.from(found);
      return l10n.t('Stray space between “{0}” and “{1}”: remove it', around[0], around[around.length - 1]);
    }
    case 'text.variantGlyph':
      return l10n.t('“{0}” (U+{1}) is a rare look-alike: write “{2}”', found, found.codePointAt(0)!.toString(16).toUpperCase(), write);
    case 'text.repeatedPunctuation':
      return write === '……'
        ? l10n.t('Repeated “{0}”: write “……” for an ellipsis, or a single “。”', found)
        : l10n.t('Repeated “{0}”: write one “{1}”', found, write);
    case 'text.unbalancedPair':
      return isUnclosed(finding)
        ? l10n.t('{0} is not closed in this paragraph: add {1} where it ends', found, write)
        : l10n.t('{0} closes nothing in this paragraph: add {1} where it begins, or delete it', found, write);
    case 'text.trailingSpace':
      return l10n.t('Whitespace at the end of the line: remove it');
  }
}

/** How the quick fix of each code is titled, and how its "every one in this file" fix is. */
export function textFixTitles(code: TextCode, write: string): { one: string; all?: string } {
  switch (code) {
    case 'text.halfwidthPunctuation':
      return { one: l10n.t('Write it as “{0}”', write), all: l10n.t('Use full-width punctuation in Chinese text throughout this file') };
    case 'text.cjkSpace':
      return { one: l10n.t('Remove the space'), all: l10n.t('Remove every such space in this file') };
    case 'text.variantGlyph':
      return { one: l10n.t('Write it as “{0}”', write), all: l10n.t('Replace every rare look-alike in this file') };
    case 'text.trailingSpace':
      return { one: l10n.t('Remove the trailing whitespace'), all: l10n.t('Remove trailing whitespace from every line') };
    default:
      return { one: l10n.t('Write it as “{0}”', write) };
  }
}
