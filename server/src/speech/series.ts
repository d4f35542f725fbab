/**
 * Series words: `一要…二要…`, `一是…二是…`, `第一，…第二，…`, `其一，…其二，…`, and the unnumbered
 * `首先，…其次，…再次，`, at the start of a paragraph or after a sentence break inside one.
 */
import { chineseDigitRun, parseChineseNumeral } from './numerals';
import type { Ordinal } from './ordinal';

/**
 * Which word a series uses; a series should keep one. `要`, `是`, `第`, `其`, `序` (`首先/其次/再次`),
 * or another one-character word repeated in order from one (`一抓…二抓…三抓…`).
 */
export type SeriesKind = string;

/** The kinds a series word may have on its own; any other word must be repeated in order to count. */
export const FIXED_SERIES_KINDS: readonly SeriesKind[] = ['要', '是', '第', '其', '序'];

export interface SeriesWord extends Ordinal {
  kind: SeriesKind;
}

/** The largest series number read (`九十九是` is already absurd). */
const MAX_SERIES_VALUE = 99;
/** Characters after which a series word may start inside a paragraph. */
const BREAKS = '。；：，！？;:,!?';
const ORDER_WORDS: readonly [string, number][] = [['首先', 1], ['其次', 2], ['再次', 3]];
const COMMAS = '，,、';
const BREAK_PATTERN = new RegExp(`[${BREAKS}]`);

export function isSeriesBreak(ch: string): boolean {
  return BREAKS.includes(ch);
}

/** Reads a series word at `pos`; undefined if none starts there. */
export function matchSeriesWord(text: string, pos: number): SeriesWord | undefined {
  const ch = text[pos];
  if (ch === '第' || ch === '其') {
    const run = chineseDigitRun(text, pos + 1, 3);
    if (run === 0) {
      if (ch === '其') return matchOrderWord(text, pos);
      return undefined;
    }
    const value = numeral(text, pos + 1, run);
    if (value === undefined || !COMMAS.includes(text[pos + 1 + run] ?? '')) return undefined;
    if (ch === '其' && value > 10) return undefined;
    return word(ch, text, value, pos, pos + run + 2, pos + 1, pos + 1 + run);
  }
  if (ch === '首' || ch === '再') return matchOrderWord(text, pos);
  const run = chineseDigitRun(text, pos, 3);
  if (run === 0) return undefined;
  const kind = text[pos + run];
  if (kind !== '要' && kind !== '是') return undefined;
  const value = numeral(text, pos, run);
  if (value === undefined) return undefined;
  return word(kind, text, value, pos, pos + run + 1, pos, pos + run);
}

function numeral(text: string, start: number, run: number): number | undefined {
  const value = parseChineseNumeral(text.slice(start, start + run));
  return value !== undefined && value <= MAX_SERIES_VALUE ? value : undefined;
}

function matchOrderWord(text: string, pos: number): SeriesWord | undefined {
  for (const [w, value] of ORDER_WORDS) {
    if (text.startsWith(w, pos) && COMMAS.includes(text[pos + 2] ?? '')) {
      return word('序', text, value, pos, pos + 3, pos, pos + 2);
    }
  }
  return undefined;
}

function word(kind: SeriesKind, text: string, value: number, start: number, end: number, numberStart: number, numberEnd: number): SeriesWord {
  return { kind, value, start, end, numberStart, numberEnd, text: text.slice(start, end) };
}

/**
 * Every series word of a paragraph: the one at `from` (the paragraph's first character) and each
 * one right after a sentence break. One pass over the line.
 */
export function scanSeriesWords(text: string, from: number): SeriesWord[] {
  const found: SeriesWord[] = [];
  const breaks = new RegExp(BREAK_PATTERN.source, 'g');
  // Candidates: the paragraph's start, then the character after each sentence break.
  for (let pos = from; pos < text.length;) {
    const match = matchSeriesWord(text, pos);
    if (match) found.push(match);
    // The next break at or after the last character read (a word may itself end in one: `第一，`).
    breaks.lastIndex = match ? match.end - 1 : pos;
    if (!breaks.exec(text)) break;
    pos = breaks.lastIndex;
  }
  return found;
}

/** Words after a numeral that are measure words or adverbs, never the word of a series (`一个`, `一直`). */
const NOT_LEAD_WORDS = '个些切直样般共起同定度旦道方边面次年月日天名位批项条点种类级号期届岁时分秒';

/**
 * A numeral and one character at a paragraph's start (`一抓组织领导…`): a series word when three or
 * more paragraphs in a row count up from one with it, which the parser decides.
 */
export function matchLeadWord(text: string, pos: number): SeriesWord | undefined {
  const run = chineseDigitRun(text, pos, 3);
  if (run === 0) return undefined;
  const kind = text[pos + run];
  const code = kind?.charCodeAt(0) ?? 0;
  if (code < 0x4e00 || code > 0x9fff || NOT_LEAD_WORDS.includes(kind) || CHINESE_NUMERALS.includes(kind)) return undefined;
  const value = numeral(text, pos, run);
  if (value === undefined || value > 20) return undefined;
  return word(kind, text, value, pos, pos + run + 1, pos, pos + run);
}

const CHINESE_NUMERALS = '一二三四五六七八九十百零〇两';
