/**
 * Chinese and Arabic numerals as speeches write them.
 *
 * Chinese numerals are read with `nzh`, which is lenient (it reads `十四五` as 45); an ordinal must
 * be written the way nzh writes the number back, so `十四五`, `一十一` and `二〇` are not ordinals.
 */
import Nzh from 'nzh';

/** The largest ordinal or count the model reads; longer numerals are running text. */
export const MAX_NUMBER = 999;

/** Characters that may form a Chinese numeral (`两` only in counts). */
export const CHINESE_DIGITS = '一二三四五六七八九十百零〇两';
const CHINESE_DIGIT_SET = new Set(CHINESE_DIGITS);

/** Numerals already written (see `toChineseNumeral`), up to this value. */
const WRITTEN_MAX = 9999;
const written: string[] = [];

/** At most `九百九十九`: five characters. */
const MAX_CHINESE_LENGTH = 5;

/**
 * Reads a well-formed Chinese numeral of 1–999 (`十一`, `二十`, `一百零一`); undefined otherwise.
 * `两` is accepted only when `allowLiang` is set, as in a count (`两点体会`).
 */
export function parseChineseNumeral(text: string, allowLiang = false): number | undefined {
  if (text.length === 0 || text.length > MAX_CHINESE_LENGTH) return undefined;
  const key = allowLiang ? '两' + text : text;
  let value = parsed.get(key);
  if (value === undefined) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    value = decode(text, allowLiang) ?? 0;
    parsed.set(key, value);
  }
  return value === 0 ? undefined : value;
}

/** Speeches repeat the same few numerals; nzh's decoding is the costly part of scanning a line. */
const parsed = new Map<string, number>();
const PARSED_MAX = 4096;

function decode(text: string, allowLiang: boolean): number | undefined {
  let normalized = text;
  if (allowLiang && text.startsWith('两')) normalized = '二' + text.slice(1);
  for (const ch of normalized) if (!CHINESE_DIGIT_SET.has(ch) || ch === '两') return undefined;
  const value = Nzh.cn.decodeS(normalized);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_NUMBER) return undefined;
  return toChineseNumeral(value) === normalized ? value : undefined;
}

/** Writes 1–999 as a Chinese numeral: 11 → `十一`, 101 → `一百零一`. */
export function toChineseNumeral(value: number): string {
  // Ordinals and counts are small whole numbers, asked for again and again: written once each.
  if (!Number.isInteger(value) || value < 0 || value > WRITTEN_MAX) return Nzh.cn.encodeS(value);
  return (written[value] ??= Nzh.cn.encodeS(value));
}


/** Length of the run of Chinese digits starting at `start` (capped so hostile runs stay cheap). */
export function chineseDigitRun(text: string, start: number, cap = MAX_CHINESE_LENGTH + 1): number {
  let end = start;
  while (end < text.length && end - start < cap && CHINESE_DIGIT_SET.has(text[end])) end++;
  return end - start;
}

/** Whether `ch` is an ASCII or a full-width digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
}

export function isFullWidthDigit(ch: string): boolean {
  return ch >= '０' && ch <= '９';
}

/** Reads ASCII or full-width digits as a number of 1–999; undefined otherwise. */
export function parseArabic(text: string): number | undefined {
  if (text.length === 0 || text.length > 3) return undefined;
  let value = 0;
  for (const ch of text) {
    if (!isDigit(ch)) return undefined;
    value = value * 10 + (isFullWidthDigit(ch) ? ch.charCodeAt(0) - 0xff10 : ch.charCodeAt(0) - 48);
  }
  return value >= 1 && value <= MAX_NUMBER ? value : undefined;
}

/** Length of the run of digits starting at `start`, capped. */
export function digitRun(text: string, start: number, cap = 4): number {
  let end = start;
  while (end < text.length && end - start < cap && isDigit(text[end])) end++;
  return end - start;
}

/** One-character numbers: `①`, `⑴`, `⒈`, `㈠`. */
export type NumberCharacter = 'circled' | 'parenthesizedDigit' | 'digitFullStop' | 'parenthesizedIdeograph';

/** Reads a one-character number such as `①` (1) or `㈢` (3). */
export function parseNumberCharacter(ch: string): { kind: NumberCharacter; value: number } | undefined {
  const code = ch.charCodeAt(0);
  if (code >= 0x2460 && code <= 0x2473) return { kind: 'circled', value: code - 0x2460 + 1 };
  if (code >= 0x3251 && code <= 0x325f) return { kind: 'circled', value: code - 0x3251 + 21 };
  if (code >= 0x32b1 && code <= 0x32bf) return { kind: 'circled', value: code - 0x32b1 + 36 };
  if (code >= 0x2474 && code <= 0x2487) return { kind: 'parenthesizedDigit', value: code - 0x2474 + 1 };
  if (code >= 0x2488 && code <= 0x249b) return { kind: 'digitFullStop', value: code - 0x2488 + 1 };
  if (code >= 0x3220 && code <= 0x3229) return { kind: 'parenthesizedIdeograph', value: code - 0x3220 + 1 };
  return undefined;
}

/** Writes 1–50 as a circled number (`①`…`㊿`); undefined past that. */
export function toCircledNumber(value: number): string | undefined {
  if (value >= 1 && value <= 20) return String.fromCharCode(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCharCode(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCharCode(0x32b1 + value - 36);
  return undefined;
}
