/**
 * Heading ordinals: the marks `一、` `（一）` `1.` `（1）` `①` at the start of a line, with the
 * tolerated variants of the contract and its traps. Positions are UTF-16 columns in the line.
 */
import {
  chineseDigitRun, digitRun, isDigit, parseArabic, parseChineseNumeral, parseNumberCharacter,
  toChineseNumeral, toCircledNumber,
} from './numerals';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** A numbered mark in a line: a heading's ordinal or a series word. */
export interface Ordinal {
  value: number;
  /** The whole mark (`（三）`, `1.`, `三是`), as columns of its line. */
  start: number;
  end: number;
  /** Only the number inside the mark (`三`, `1`, `①`): what renumbering rewrites. */
  numberStart: number;
  numberEnd: number;
  /** The mark as written. */
  text: string;
}

export interface HeadingOrdinal extends Ordinal {
  level: HeadingLevel;
}

/** How the level-3 ordinal is written: `1.` (ASCII full stop) or `1．` (full-width). */
export type Level3Separator = '.' | '．';

/** The canonical mark of a heading of `level` numbered `value`; undefined where none exists (`①` past 50). */
export function canonicalHeadingMark(level: HeadingLevel, value: number, level3Separator: Level3Separator = '.'): string | undefined {
  switch (level) {
    case 1: return `${toChineseNumeral(value)}、`;
    case 2: return `（${toChineseNumeral(value)}）`;
    case 3: return `${value}${level3Separator}`;
    case 4: return `（${value}）`;
    case 5: return toCircledNumber(value);
  }
}

/**
 * The number of a mark written as `value` in the same style as `ordinal` (for renumbering: `(二)`
 * stays in half-width brackets, only its numeral changes). Undefined when that style cannot say it.
 */
export function renumberedText(level: HeadingLevel, ordinal: Ordinal, value: number): string | undefined {
  const number = ordinal.text.slice(ordinal.numberStart - ordinal.start, ordinal.numberEnd - ordinal.start);
  const single = parseNumberCharacter(number);
  if (single) {
    const base = { circled: 0x2460, parenthesizedDigit: 0x2474, digitFullStop: 0x2488, parenthesizedIdeograph: 0x3220 }[single.kind];
    const limit = single.kind === 'parenthesizedIdeograph' ? 10 : 20;
    if (single.kind === 'circled') return toCircledNumber(value);
    return value >= 1 && value <= limit ? String.fromCharCode(base + value - 1) : undefined;
  }
  if (level === 1 || level === 2) return toChineseNumeral(value);
  const ascii = String(value);
  return isFullWidthText(number) ? toFullWidthDigits(ascii) : ascii;
}

function isFullWidthText(text: string): boolean {
  return text.length > 0 && text[0] >= '０' && text[0] <= '９';
}

function toFullWidthDigits(ascii: string): string {
  return ascii.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

const LEVEL1_SEPARATORS = '、.．，,:';
const LEVEL3_SEPARATORS = '.．、，';
const SPACES = ' \u3000';
/** What a numeral range (`一、二季度`, `1、2月份`) counts; the line is then running text. */
const RANGE_UNITS = ['季度', '月', '年', '期', '批', '类', '级', '届', '次', '轮', '档', '等', '线', '产', '号', '个', '种', '项'];

function matchesAt(text: string, pos: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, pos)) return true;
  return false;
}

/**
 * Whether `text` at `pos` (just after `first、`) continues a numeral range such as `一、二季度` or
 * `一、二、三产业`: the next numbers count up by one and end in a unit.
 */
function isNumeralRange(text: string, pos: number, first: number, chinese: boolean): boolean {
  let previous = first;
  for (let guard = 0; guard < 10; guard++) {
    const run = chinese ? chineseDigitRun(text, pos) : digitRun(text, pos);
    if (run === 0) return false;
    const number = text.slice(pos, pos + run);
    const value = chinese ? parseChineseNumeral(number) : parseArabic(number);
    if (value !== previous + 1) return false;
    pos += run;
    if (matchesAt(text, pos, RANGE_UNITS)) return true;
    if (text[pos] !== '、') return false;
    previous = value;
    pos++;
  }
  return false;
}

function ordinal(level: HeadingLevel, text: string, value: number, start: number, end: number, numberStart: number, numberEnd: number): HeadingOrdinal {
  return { level, value, start, end, numberStart, numberEnd, text: text.slice(start, end) };
}

/** Reads a heading ordinal at `pos` (the first character after indentation); undefined if the line is no heading. */
export function matchHeadingOrdinal(text: string, pos: number): HeadingOrdinal | undefined {
  const first = text[pos];
  if (first === undefined) return undefined;

  const single = parseNumberCharacter(first);
  if (single) {
    if (single.kind === 'circled') {
      const sep = text[pos + 1];
      const end = sep === '、' || (sep === '.' && !isDigit(text[pos + 2])) ? pos + 2 : pos + 1;
      return ordinal(5, text, single.value, pos, end, pos, pos + 1);
    }
    const level = single.kind === 'parenthesizedIdeograph' ? 2 : single.kind === 'parenthesizedDigit' ? 4 : 3;
    return ordinal(level, text, single.value, pos, pos + 1, pos, pos + 1);
  }

  if (first === '（' || first === '(') return matchBracketed(text, pos);

  const chineseRun = chineseDigitRun(text, pos);
  if (chineseRun > 0) {
    const value = parseChineseNumeral(text.slice(pos, pos + chineseRun));
    if (value === undefined) return undefined;
    const sepPos = pos + chineseRun;
    const sep = text[sepPos];
    if (sep === undefined) return undefined;
    if (SPACES.includes(sep)) {
      const after = text[sepPos + 1];
      return after !== undefined && !SPACES.includes(after) && after !== '\t'
        ? ordinal(1, text, value, pos, sepPos + 1, pos, sepPos) : undefined;
    }
    if (!LEVEL1_SEPARATORS.includes(sep)) return undefined;
    if (sep === '、' && isNumeralRange(text, sepPos + 1, value, true)) return undefined;
    return ordinal(1, text, value, pos, sepPos + 1, pos, sepPos);
  }

  const digits = digitRun(text, pos);
  if (digits > 0) {
    const value = parseArabic(text.slice(pos, pos + digits));
    if (value === undefined) return undefined;
    const sepPos = pos + digits;
    const sep = text[sepPos];
    if (sep === undefined || !LEVEL3_SEPARATORS.includes(sep)) return undefined;
    if (isDigit(text[sepPos + 1])) return undefined; // a decimal: 1.5万亿元
    if (sep === '、' && isNumeralRange(text, sepPos + 1, value, false)) return undefined;
    return ordinal(3, text, value, pos, sepPos + 1, pos, sepPos);
  }
  return undefined;
}

/** `（一）` `(一)` `（1）` `(1)` with mixed brackets, and an optional `、` `.` `．` after them. */
function matchBracketed(text: string, pos: number): HeadingOrdinal | undefined {
  const numberStart = pos + 1;
  let run = chineseDigitRun(text, numberStart);
  let level: HeadingLevel = 2;
  let value: number | undefined;
  if (run > 0) {
    value = parseChineseNumeral(text.slice(numberStart, numberStart + run));
  } else {
    run = digitRun(text, numberStart);
    level = 4;
    value = run > 0 ? parseArabic(text.slice(numberStart, numberStart + run)) : undefined;
  }
  if (value === undefined) return undefined;
  const closePos = numberStart + run;
  if (text[closePos] !== '）' && text[closePos] !== ')') return undefined;
  let end = closePos + 1;
  const sep = text[end];
  if (sep === '、' || ((sep === '.' || sep === '．') && !isDigit(text[end + 1]))) end++;
  return ordinal(level, text, value, pos, end, numberStart, closePos);
}
