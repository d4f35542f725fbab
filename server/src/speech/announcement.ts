/**
 * Announced counts: `我讲三点意见`, `谈两点体会`, `重点要抓好“十个必须”：`, `要做到四个方面：`.
 */
import { CHINESE_DIGITS, isDigit, parseArabic, parseChineseNumeral } from './numerals';

/** An announced count as found in a line; which items it counts is decided by the parser. */
export interface AnnouncedCount {
  count: number;
  /** The phrase `三点`, `四个方面`, `“十个必须”`, as columns of its line. */
  start: number;
  end: number;
  /** The numeral inside it (what "change the announced number" rewrites). */
  numberStart: number;
  numberEnd: number;
  /** The measure word: `点`, `个方面`, `条`, `项`, `件`, or `个`/`项` inside quotes. */
  measure: string;
  /** The phrase as messages quote it, with the noun after it: `三点意见`, `十个必须`. */
  text: string;
  /** Whether the number is written in Arabic digits (`4个问题`): a fix writes it so too. */
  arabic: boolean;
}

const MEASURES = ['个方面', '方面', '个问题', '点', '条', '项', '件'];
/** `九百九十九`: no count is written with more numeral characters. */
const MAX_COUNT_LENGTH = 5;
/** Verbs after which a count always announces; optional words may stand between. */
const SPEAKING_VERBS = ['讲', '谈', '说', '强调', '提'];
const VERB_FILLERS = ['以下', '一下', '了', '这'];
const CLAUSE_BREAKS = '。；！？，：;!?,:';
const COLONS = '：:';

/** A run of Chinese numeral characters or of digits: where a count may stand. */
const NUMERAL_RUN = new RegExp(`[${CHINESE_DIGITS}]+|[0-9０-９]+`, 'g');
/** The first characters of the measure words and of a quoted `“N个X”`/`“N项X”`. */
const MEASURE_STARTS = '个方点条项件';

/** Every announced count of one line, in one pass (the clause end is tracked, never re-scanned). */
export function scanAnnouncedCounts(text: string, from = 0): AnnouncedCount[] {
  const found: AnnouncedCount[] = [];
  let clauseEnd = -1;
  const runs = new RegExp(NUMERAL_RUN.source, 'g');
  runs.lastIndex = from;
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    const pos = match.index;
    const run = match[0].length;
    // Most numbers in running text count nothing: only one before a measure word may.
    if (!MEASURE_STARTS.includes(text[pos + run] ?? '')) continue;
    const arabic = isDigit(match[0][0]);
    // `3.5个百分点`, `1,000项`: a part of a larger number counts nothing.
    if (arabic && /[0-9０-９.．,，]/.test(text[pos - 1] ?? '') && isDigit(text[pos - 2])) continue;
    const count = run > MAX_COUNT_LENGTH ? undefined : arabic ? parseArabic(match[0]) : parseChineseNumeral(match[0], true);
    if (count === undefined) continue;
    const afterNumber = pos + run;
    const quoted = text[pos - 1] === '“';
    let measure: string | undefined;
    let end = afterNumber;
    if (quoted && (text[afterNumber] === '个' || text[afterNumber] === '项')) {
      const close = indexWithin(text, '”', afterNumber, afterNumber + QUOTED_MAX);
      if (close !== -1) { measure = text[afterNumber]; end = close + 1; }
    }
    if (measure === undefined) {
      measure = MEASURES.find((m) => text.startsWith(m, afterNumber));
      if (measure === undefined || text[pos - 1] === '第') continue;
      end = afterNumber + measure.length;
    }
    const start = quoted ? pos - 1 : pos;
    if (clauseEnd < end) clauseEnd = findClauseEnd(text, end);
    // A clause that runs to the end of the line ends in nothing: `坚决做到“两个维护”` announces nothing.
    const endsInColon = clauseEnd < text.length && COLONS.includes(text[clauseEnd]);
    if (!isSaying(text, start, end, measure) && (followsSpeakingVerb(text, pos, from) || endsInColon)) {
      found.push({ count, start, end, numberStart: pos, numberEnd: afterNumber, measure, text: phrase(text, start, end), arabic });
    }
    runs.lastIndex = end;
  }
  return found;
}

/** The words of the count with up to four ideographs after it, without quotes. */
function phrase(text: string, start: number, end: number): string {
  let stop = end;
  while (stop < text.length && stop - end < 4 && /[\u4e00-\u9fff]/.test(text[stop])) stop++;
  return text.slice(start, stop).replace(/[“”]/g, '');
}

/** A quoted count names a short slogan: `“十个必须”`. */
const QUOTED_MAX = 12;

function indexWithin(text: string, ch: string, from: number, to: number): number {
  for (let i = from; i < Math.min(to, text.length); i++) if (text[i] === ch) return i;
  return -1;
}

function findClauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (CLAUSE_BREAKS.includes(text[i])) return i;
  return text.length;
}

function followsSpeakingVerb(text: string, numberStart: number, from: number): boolean {
  let pos = numberStart;
  if (text[pos - 1] === '“') pos--;
  for (const filler of VERB_FILLERS) {
    if (pos - filler.length >= from && text.startsWith(filler, pos - filler.length)) { pos -= filler.length; break; }
  }
  return SPEAKING_VERBS.some((verb) => pos - verb.length >= from && text.startsWith(verb, pos - verb.length));
}

/**
 * A count joined by `、` to another of the same measure word is a saying (`说一件、干一件、成一件`),
 * not an announcement.
 */
function isSaying(text: string, start: number, end: number, measure: string): boolean {
  const next = text[end] === '、' ? /^[^、，。；]{0,2}?[一二三四五六七八九十两0-9]+/.exec(text.slice(end + 1, end + 6)) : null;
  if (next && text.startsWith(measure, end + 1 + next[0].length)) return true;
  // Only the few characters before the count can join it to a saying before it (`说一件、干一件`).
  for (let before = start - 1; before >= Math.max(0, start - 4); before--) {
    if (text[before] === '、') return text.slice(before - measure.length, before) === measure;
  }
  return false;
}
