/**
 * Every text check on one line, minus what an author expects to be left alone: a heading's ordinal
 * (the numbering checks own it), web addresses and e-mail addresses, and the author's allowed words.
 */
import type { SeverityOf } from '../../checks';
import type { HeadingOrdinal } from '../../speech/ordinal';
import { isAsciiWordCode } from './characters';
import type { TextCode, TextFinding } from './finding';
import { findUnbalancedPairs } from './pairs';
import { findPlaceholders } from './placeholder';
import { findHalfwidthPunctuation, findRepeatedPunctuation } from './punctuation';
import { findCjkSpaces, findTrailingSpace } from './spacing';
import { findVariantGlyphs } from './variantGlyph';

export interface LineCheckOptions {
  /** Each code's severity; a code that has none (`off`) is not computed. */
  severity: SeverityOf;
  /** Words and phrases accepted as written (`speech.diagnostics.allow`). */
  allowed: readonly string[];
}

const CHECKS: [TextCode, (text: string) => TextFinding[]][] = [
  ['text.placeholder', findPlaceholders],
  ['text.halfwidthPunctuation', findHalfwidthPunctuation],
  ['text.cjkSpace', findCjkSpaces],
  ['text.variantGlyph', findVariantGlyphs],
  ['text.repeatedPunctuation', findRepeatedPunctuation],
  ['text.unbalancedPair', findUnbalancedPairs],
  ['text.trailingSpace', findTrailingSpace],
];

/** The findings of line `text`, by column. `heading` is the line's heading ordinal, if any. */
export function checkLine(text: string, heading: HeadingOrdinal | undefined, options: LineCheckOptions): TextFinding[] {
  let findings: TextFinding[] = [];
  for (const [code, check] of CHECKS) if (options.severity(code) !== undefined) findings = findings.concat(check(text));
  if (findings.length === 0) return findings;

  // Columns no check may touch, and columns inside an allowed word.
  const protectedSpans = addressSpans(text);
  if (heading) protectedSpans.push([heading.start, heading.end]);
  const isProtected = mask(text.length, protectedSpans);
  const allowedSpans: [number, number][] = [];
  for (const word of options.allowed) {
    if (word.length === 0) continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) allowedSpans.push([at, at + word.length]);
  }
  const isAllowed = mask(text.length, allowedSpans);
  const any = (m: Uint8Array | undefined, f: TextFinding) => m !== undefined && m.subarray(f.start, f.end).includes(1);
  const all = (m: Uint8Array | undefined, f: TextFinding) => m !== undefined && !m.subarray(f.start, f.end).includes(0);
  return findings
    .filter((f) => !(f.code !== 'text.trailingSpace' && any(isProtected, f)) && !all(isAllowed, f))
    .sort((a, b) => a.start - b.start);
}

/** One byte a column, set inside `spans`; undefined when there are none. */
function mask(length: number, spans: [number, number][]): Uint8Array | undefined {
  if (spans.length === 0) return undefined;
  const m = new Uint8Array(length);
  for (const [start, end] of spans) m.fill(1, start, end);
  return m;
}

/** Printable ASCII without spaces: what a web or e-mail address is made of. */
function isAddressCharacter(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** What may stand before `://`, `www.` or `@`: a scheme, a host, an e-mail's local part — not `:`. */
function isAddressStartCharacter(code: number): boolean {
  return isAsciiWordCode(code) || code === 0x2b || code === 0x2d || code === 0x2e || code === 0x5f || code === 0x25;
}

/** Columns of web addresses (`https://…`, `www.…`) and e-mail addresses in a line. */
export function addressSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let scanned = 0;
  const around = (at: number, length: number) => {
    let start = at;
    while (start > scanned && isAddressStartCharacter(text.charCodeAt(start - 1))) start--;
    let end = at + length;
    while (end < text.length && isAddressCharacter(text.charCodeAt(end))) end++;
    spans.push([start, end]);
    scanned = end;
    return end;
  };
  for (const marker of ['://', 'www.', '@']) {
    scanned = 0;
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at)) at = around(at, marker.length);
  }
  return spans;
}
