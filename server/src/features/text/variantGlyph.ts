/**
 * `text.variantGlyph`: a rare look-alike typed by mistake (`突岀`, `釆取`). The table is data
 * (`variantGlyphs.json`); besides it, every CJK compatibility ideograph that Unicode maps to a unified
 * one (they look the same and come from conversions, never from intent) is rewritten to that one.
 */
import table from './variantGlyphs.json';
import type { TextFinding } from './finding';

/** Look-alike → the character to write. */
export const VARIANT_GLYPHS: ReadonlyMap<string, string> = new Map(table.glyphs.map((g) => [g.found, g.write]));

/** The table's glyphs and the compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F). */
const CANDIDATES = new RegExp(`[${[...VARIANT_GLYPHS.keys()].join('')}\uf900-\ufaff]|\ud87e[\udc00-\ude1f]`, 'g');

/** A circle or a letter O written for zero among Chinese numerals (`二○○四年`): write `〇`. */
const ZERO_LOOKALIKE_RUNS = /[○◯ＯOoｏ]+/g;
const NUMERALS = '一二三四五六七八九十〇';

/** Each run of look-alikes is judged once, by the characters on either side of it. */
function findZeroLookalikes(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const { index: start, 0: run } of text.matchAll(ZERO_LOOKALIKE_RUNS)) {
    const end = start + run.length;
    if (!NUMERALS.includes(text[start - 1] ?? 'x') && !NUMERALS.includes(text[end] ?? 'x')) continue;
    for (let i = start; i < end; i++) {
      findings.push({ code: 'text.variantGlyph', start: i, end: i + 1, found: text[i], write: '〇', edits: [{ start: i, end: i + 1, newText: '〇' }], certain: true });
    }
  }
  return findings;
}

export function findVariantGlyphs(text: string): TextFinding[] {
  const findings: TextFinding[] = findZeroLookalikes(text);
  for (const { index: i, 0: found } of text.matchAll(CANDIDATES)) {
    const write = VARIANT_GLYPHS.get(found) ?? compatibilityTarget(found);
    if (write !== undefined) {
      findings.push({ code: 'text.variantGlyph', start: i, end: i + found.length, found, write, edits: [{ start: i, end: i + found.length, newText: write }], certain: true });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The unified ideograph a compatibility ideograph (U+F900–FAFF, U+2F800–2FA1F) stands for. */
function compatibilityTarget(ch: string): string | undefined {
  const code = ch.codePointAt(0)!;
  if (!((code >= 0xf900 && code <= 0xfaff) || (code >= 0x2f800 && code <= 0x2fa1f))) return undefined;
  const unified = ch.normalize('NFC');
  return unified !== ch ? unified : undefined;
}
