/**
 * Heading ordinals at the start of a line: parts, chapters, sections and articles (`第一部分`
 * `第一章` `第一节` `第一条`), the five levels of a speech (`一、` `（一）` `1.` `（1）` `①`) with their
 * tolerated variants, and decimal headings (`1.1`, `2.1.3`), with the contract's traps. Positions
 * are UTF-16 columns in the line.
 */
import {
  chineseDigitRun, digitRun, isDigit, isFullWidthDigit, parseArabic, parseChineseNumeral, parseNumberCharacter,
  toChineseNumeral, toCircledNumber,
} from './numerals';
import { DIVISION_WORDS, LEVEL1_TOPIC_WORDS } from './words';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/**
 * What a heading's ordinal is. The five levels keep their number; `level1` has families of its own
 * (`第一　…`, `第一个问题：`) that a document may use beside `一、` for a level below it.
 */
export type HeadingKind = 'part' | 'chapter' | 'section' | 'article' | 'level1' | 'level1Di' | 'level1Topic'
  | 'level2' | 'level3' | 'decimal' | 'level4' | 'level5';

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
  kind: HeadingKind;
  /** The level (1–5) of the five speech levels; undefined for parts, chapters, sections, articles, decimals. */
  level?: HeadingLevel;
  /** A decimal heading's number of parts (`2.1.3`: 3); 1 for every other kind. */
  depth: number;
  /** How the mark is written, its number left out (`#、`, `（#）`, `第#章 `): what house style compares. */
  form: string;
}

/** How the level-3 ordinal is written: `1.` (ASCII full stop) or `1．` (full-width). */
export type Level3Separator = '.' | '．';

const LEVELS: Partial<Record<HeadingKind, HeadingLevel>> = {
  level1: 1, level1Di: 1, level1Topic: 1, level2: 2, level3: 3, level4: 4, level5: 5,
};

/** The base rank of each kind (smaller is outer); a decimal heading adds a tenth for each part past one. */
const RANKS: Record<HeadingKind, number> = {
  part: 1, chapter: 2, section: 3, article: 4, level1: 5, level1Di: 5, level1Topic: 5,
  level2: 6, level3: 7, decimal: 7, level4: 8, level5: 9,
};

export function kindRank(ordinal: HeadingOrdinal): number {
  return RANKS[ordinal.kind] + (ordinal.kind === 'decimal' ? (ordinal.depth - 1) / 10 : 0);
}

/** Where the headings of one kind form one list: decimal headings by depth. */
export function listKey(ordinal: HeadingOrdinal): string {
  return ordinal.kind === 'decimal' ? `decimal${ordinal.depth}` : ordinal.kind;
}

const CHAPTER_WORDS: Record<string, HeadingKind> = { 部分: 'part', 编: 'part', 篇: 'part', 章: 'chapter', 节: 'section', 条: 'article' };

/**
 * The canonical form of a kind (numbers as `#`), the form `"standard"` style asks for; undefined
 * for kinds whose form is the author's wording (`第一个问题：`) or whose separator is free (decimals).
 */
export function canonicalForm(kind: HeadingKind, level3Separator: Level3Separator = '.'): string | undefined {
  switch (kind) {
    case 'part': return '第#部分 ';
    case 'chapter': return '第#章 ';
    case 'section': return '第#节 ';
    case 'article': return '第#条 ';
    case 'level1': return '#、';
    case 'level1Di': return '第# ';
    case 'level2': return '（#）';
    case 'level3': return `#${level3Separator}`;
    case 'level4': return '（#）';
    case 'level5': return '#';
    default: return undefined;
  }
}

/** The number `value` as a kind writes it in messages and canonical marks: `三`, `3`, `③`. */
export function numberText(kind: HeadingKind, value: number): string {
  if (kind === 'level5') return toCircledNumber(value) ?? String(value);
  if (kind === 'level3' || kind === 'level4' || kind === 'decimal') return String(value);
  return toChineseNumeral(value);
}

/**
 * The mark of `ordinal` written in `form` (from `formOf`) and numbered `value`; undefined when that
 * form cannot say it (`①` past 50, `㈠` past 10). A space in a form stands for the space as written.
 */
export function markInForm(ordinal: HeadingOrdinal, form: string, value: number): string | undefined {
  const number = numberInForm(ordinal, form, value);
  if (number === undefined || SINGLE_FORMS[form]) return number;
  const space = /[ \u3000]/.exec(ordinal.text)?.[0] ?? '\u3000';
  const prefix = ordinal.kind === 'decimal' ? ordinal.text.slice(0, ordinal.numberStart - ordinal.start) : '';
  return prefix + form.replace(/^[UF]/, '').replace('#', number).replace(/ /g, space);
}

function numberInForm(ordinal: HeadingOrdinal, form: string, value: number): string | undefined {
  const single = SINGLE_FORMS[form];
  if (single) return value >= 1 && value <= single.limit ? String.fromCharCode(single.base + value - 1) : undefined;
  if (ordinal.kind === 'level5') return toCircledNumber(value);
  const text = numberText(ordinal.kind, value);
  if (form.startsWith('U')) return toUpperNumeral(text);
  if (form.startsWith('F')) return toFullWidthDigits(text);
  return text;
}

/** One-character marks by form: `⑴` `⒈` `㈠`. */
const SINGLE_FORMS: Record<string, { base: number; limit: number }> = {
  '⑴': { base: 0x2474, limit: 20 }, '⒈': { base: 0x2488, limit: 20 }, '㈠': { base: 0x3220, limit: 10 },
};

/** The standard mark of a kind numbered `value` (`（一）`, `第七条　`), for a heading not yet written. */
export function standardMark(kind: HeadingKind, value: number, level3Separator: Level3Separator = '.'): string | undefined {
  const form = canonicalForm(kind, level3Separator);
  if (form === undefined) return undefined;
  const number = kind === 'level5' ? toCircledNumber(value) : numberText(kind, value);
  return number === undefined ? undefined : form.replace('#', number).replace(/ /g, '\u3000');
}

/** The number of `ordinal` changed to `value`, in its own form (for renumbering). */
export function renumberedMark(ordinal: HeadingOrdinal, value: number): string | undefined {
  if (ordinal.kind === 'level1Topic') {
    const number = toChineseNumeral(value);
    return ordinal.text.slice(0, ordinal.numberStart - ordinal.start) + number + ordinal.text.slice(ordinal.numberEnd - ordinal.start);
  }
  return markInForm(ordinal, ordinal.form, value);
}

const UPPER = '壹贰叁肆伍陆柒捌玖拾';
const LOWER = '一二三四五六七八九十';

function toUpperNumeral(text: string): string {
  return text.replace(/[一二三四五六七八九十]/g, (ch) => UPPER[LOWER.indexOf(ch)]);
}

function toFullWidthDigits(ascii: string): string {
  return ascii.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Reads upper-case numerals (`壹`…`拾`) as the same numbers; the length of the run at `pos`. */
function upperNumeralRun(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && end - pos < 4 && UPPER.includes(text[end])) end++;
  return end - pos;
}

const LEVEL1_SEPARATORS = '、.．，,:：';
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

interface MarkParts {
  kind: HeadingKind;
  value: number;
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  depth?: number;
}

function ordinal(text: string, parts: MarkParts): HeadingOrdinal {
  const { kind, value, start, end, numberStart, numberEnd } = parts;
  const written = text.slice(start, end);
  return {
    kind, level: LEVELS[kind], value, start, end, numberStart, numberEnd, text: written, depth: parts.depth ?? 1,
    form: formOf(kind, written, numberStart - start, numberEnd - start),
  };
}

/** The one-character numbers (`⑵`, `⒉`, `㈡`) by the form they stand for: the character for one. */
const SINGLE_FORM_OF = { parenthesizedDigit: '⑴', digitFullStop: '⒈', parenthesizedIdeograph: '㈠' } as const;

/**
 * The mark with its number as `#` (`U#、` for upper-case numerals, `F#.` for full-width digits; a
 * one-character number as its form's first character, `⑴`), spaces as ` `.
 */
function formOf(kind: HeadingKind, mark: string, numberStart: number, numberEnd: number): string {
  if (kind === 'decimal') return '#';
  const number = mark.slice(numberStart, numberEnd);
  const single = parseNumberCharacter(number);
  const oneCharacter = single !== undefined && single.kind !== 'circled';
  const flag = oneCharacter ? '' : UPPER.includes(number[0]) ? 'U' : isFullWidthDigit(number[0]) ? 'F' : '';
  const shape = oneCharacter ? SINGLE_FORM_OF[single.kind as keyof typeof SINGLE_FORM_OF] : '#';
  return flag + (mark.slice(0, numberStart) + shape + mark.slice(numberEnd)).replace(/\u3000/g, ' ');
}

/** Reads a heading ordinal at `pos` (the first character after indentation); undefined if the line is no heading. */
export function matchHeadingOrdinal(text: string, pos: number): HeadingOrdinal | undefined {
  const first = text[pos];
  if (first === undefined) return undefined;
  const single = parseNumberCharacter(first);
  if (single) return matchNumberCharacter(text, pos, single);
  if (first === '（' || first === '(') return matchBracketed(text, pos);
  if (first === '第') return matchDi(text, pos);
  if (chineseDigitRun(text, pos) > 0 || upperNumeralRun(text, pos) > 0) return matchLevel1(text, pos);
  if (digitRun(text, pos) > 0) return matchDigits(text, pos);
  return undefined;
}

function matchNumberCharacter(text: string, pos: number, single: NonNullable<ReturnType<typeof parseNumberCharacter>>): HeadingOrdinal {
  if (single.kind === 'circled') {
    const sep = text[pos + 1];
    const end = sep === '、' || (sep === '.' && !isDigit(text[pos + 2])) ? pos + 2 : pos + 1;
    return ordinal(text, { kind: 'level5', value: single.value, start: pos, end, numberStart: pos, numberEnd: pos + 1 });
  }
  const kind = single.kind === 'parenthesizedIdeograph' ? 'level2' : single.kind === 'parenthesizedDigit' ? 'level4' : 'level3';
  return ordinal(text, { kind, value: single.value, start: pos, end: pos + 1, numberStart: pos, numberEnd: pos + 1 });
}

/** `一、` and its variants, `壹、`, `一　…` (a space then text), and a numeral alone on its line. */
function matchLevel1(text: string, pos: number): HeadingOrdinal | undefined {
  const upper = upperNumeralRun(text, pos);
  const run = upper > 0 ? upper : chineseDigitRun(text, pos);
  const numeral = text.slice(pos, pos + run);
  const value = upper > 0 ? parseChineseNumeral(numeral.replace(/./g, (ch) => LOWER[UPPER.indexOf(ch)])) : parseChineseNumeral(numeral);
  if (value === undefined) return undefined;
  const sepPos = pos + run;
  const sep = text[sepPos];
  const mark = (end: number) => ordinal(text, { kind: 'level1', value, start: pos, end, numberStart: pos, numberEnd: sepPos });
  if (sep === undefined) return upper > 0 ? undefined : mark(sepPos);
  if (SPACES.includes(sep)) {
    const after = text[sepPos + 1];
    return after !== undefined && !SPACES.includes(after) && after !== '\t' ? mark(sepPos + 1) : undefined;
  }
  if (!LEVEL1_SEPARATORS.includes(sep)) return undefined;
  if (sep === '、' && isNumeralRange(text, sepPos + 1, value, true)) return undefined;
  return mark(sepPos + 1);
}

/**
 * `第一部分　` `第一章　` `第一节　` `第一条　` (a space or a colon after the word), `第一　` followed by a
 * short text with no sentence mark (`第六　土地问题`), and `第一个问题：`.
 */
function matchDi(text: string, pos: number): HeadingOrdinal | undefined {
  const numberStart = pos + 1;
  const run = chineseDigitRun(text, numberStart);
  const value = run > 0 ? parseChineseNumeral(text.slice(numberStart, numberStart + run)) : undefined;
  if (value === undefined) return undefined;
  const numberEnd = numberStart + run;
  const parts = { value, start: pos, numberStart, numberEnd };
  for (const [word, kind] of Object.entries(CHAPTER_WORDS)) {
    if (!text.startsWith(word, numberEnd)) continue;
    const sepPos = numberEnd + word.length;
    const sep = text[sepPos];
    if (sep !== undefined && (SPACES.includes(sep) || sep === '：' || sep === ':')) return ordinal(text, { ...parts, kind, end: sepPos + 1 });
    return undefined;
  }
  if (text[numberEnd] === '个') {
    for (const word of LEVEL1_TOPIC_WORDS) {
      const colon = numberEnd + 1 + word.length;
      if (text.startsWith(word, numberEnd + 1) && (text[colon] === '：' || text[colon] === ':')) {
        return ordinal(text, { ...parts, kind: 'level1Topic', end: colon + 1 });
      }
    }
    return undefined;
  }
  if (SPACES.includes(text[numberEnd] ?? 'x') && isShortTitle(text, numberEnd + 1)) {
    return ordinal(text, { ...parts, kind: 'level1Di', end: numberEnd + 1 });
  }
  return undefined;
}

/** The text of `第六　土地问题`: something, no sentence end, at most 30 characters. */
function isShortTitle(text: string, from: number): boolean {
  const rest = text.slice(from).trimEnd();
  return rest.length > 0 && rest.length <= 30 && !SPACES.includes(rest[0]) && !/[。；！？：]/.test(rest);
}

/** `1.` and its variants, and decimal headings: `1.1　`, `2.1.3 `, and `1　` (a decimal's first part). */
function matchDigits(text: string, pos: number): HeadingOrdinal | undefined {
  const digits = digitRun(text, pos);
  const value = parseArabic(text.slice(pos, pos + digits));
  if (value === undefined) return undefined;
  const sepPos = pos + digits;
  const sep = text[sepPos];
  if (sep === undefined) return undefined;
  if (SPACES.includes(sep)) return matchDecimal(text, pos, [value], sepPos, pos);
  if (!LEVEL3_SEPARATORS.includes(sep)) return undefined;
  if (isDigit(text[sepPos + 1])) return (sep === '.' || sep === '．') ? readDecimal(text, pos) : undefined;
  if (sep === '、' && isNumeralRange(text, sepPos + 1, value, false)) return undefined;
  return ordinal(text, { kind: 'level3', value, start: pos, end: sepPos + 1, numberStart: pos, numberEnd: sepPos });
}

/** `2.1.3` followed by a space: a decimal heading; anything else (`1.5万亿元`, `2025.02.17`) is not. */
function readDecimal(text: string, pos: number): HeadingOrdinal | undefined {
  const numbers: number[] = [];
  let at = pos;
  let lastStart = pos;
  for (let guard = 0; guard < 5; guard++) {
    const run = digitRun(text, at, 3);
    const value = run > 0 && run <= 2 ? parseArabic(text.slice(at, at + run)) : undefined;
    if (value === undefined) return undefined;
    numbers.push(value);
    lastStart = at;
    at += run;
    if (text[at] !== '.' && text[at] !== '．') break;
    at++;
  }
  if (numbers.length < 2 || !SPACES.includes(text[at] ?? 'x')) return undefined;
  return matchDecimal(text, pos, numbers, at, lastStart);
}

function matchDecimal(text: string, pos: number, numbers: number[], spaceAt: number, lastStart: number): HeadingOrdinal | undefined {
  const after = text[spaceAt + 1];
  if (after === undefined || SPACES.includes(after) || after === '\t' || numbers[0] > 99) return undefined;
  return ordinal(text, {
    kind: 'decimal', value: numbers[numbers.length - 1], depth: numbers.length,
    start: pos, end: spaceAt + 1, numberStart: lastStart, numberEnd: spaceAt,
  });
}

/** `（一）` `(一)` `（1）` `(1)` with mixed brackets, and an optional `、` `.` `．` after them. */
function matchBracketed(text: string, pos: number): HeadingOrdinal | undefined {
  const numberStart = pos + 1;
  let run = chineseDigitRun(text, numberStart);
  let kind: HeadingKind = 'level2';
  let value: number | undefined;
  if (run > 0) {
    value = parseChineseNumeral(text.slice(numberStart, numberStart + run));
  } else {
    run = digitRun(text, numberStart);
    kind = 'level4';
    value = run > 0 ? parseArabic(text.slice(numberStart, numberStart + run)) : undefined;
  }
  if (value === undefined) return undefined;
  const closePos = numberStart + run;
  if (text[closePos] !== '）' && text[closePos] !== ')') return undefined;
  let end = closePos + 1;
  const sep = text[end];
  if (sep === '、' || ((sep === '.' || sep === '．') && !isDigit(text[end + 1]))) end++;
  return ordinal(text, { kind, value, start: pos, end, numberStart, numberEnd: closePos });
}

/**
 * A heading without a number, by its wording alone: a division of a document written letter-spaced
 * or not (`引　　言`, `结论`, `注释`, `目录`) on a line of its own.
 */
export function isDivisionHeading(content: string): boolean {
  const word = content.replace(/[ \u3000\t]+/g, '');
  return word.length <= 4 && DIVISION_WORDS.includes(word);
}
