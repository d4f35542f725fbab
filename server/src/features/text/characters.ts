/**
 * Character classes the text checks share. "CJK" here means what Chinese prose is made of: Han
 * characters (including 〇) and full-width punctuation, which carries its own spacing.
 */

/** Full-width punctuation of Chinese text. */
const CJK_PUNCTUATION = new Set('，。、；：？！“”‘’（）《》〈〉【】〔〕［］「」『』〖〗…—·～｛｝．');

/** Whether the code point `code` is a Han character. */
export function isHanCodePoint(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0x20000 && code <= 0x3134f) || code === 0x3007;
}

/** Whether `code` is a Han character or full-width punctuation. */
export function isCjkCodePoint(code: number): boolean {
  return code >= 0 && (isHanCodePoint(code) || CJK_PUNCTUATION.has(String.fromCharCode(code)));
}

/** The code point that ends just before column `at` (a surrogate pair read whole), or -1. */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at column `at`, or -1 past the end. */
export function codePointAt(text: string, at: number): number {
  return at < text.length ? text.codePointAt(at)! : -1;
}

/** Whether the character before / at column `at` is CJK. */
export const cjkBefore = (text: string, at: number) => isCjkCodePoint(codePointBefore(text, at));
export const cjkAt = (text: string, at: number) => isCjkCodePoint(codePointAt(text, at));

/** ASCII or full-width digit. */
export function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** ASCII letter or digit (by UTF-16 code): what English words, abbreviations and numbers are made of. */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Spaces a line may contain: ASCII space, tab, U+3000, no-break space. */
export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}
