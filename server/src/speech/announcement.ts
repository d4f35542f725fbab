/**
 * Announced counts: `我讲三点意见`, `谈两点体会`, `重点要抓好“十个必须”：`, `要做到四个方面：`.
 */
import { CHINESE_DIGITS, parseChineseNumeral } from './numerals';

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
}

const MEASURES = ['个方面', '方面', '点', '条', '项', '件'];
/** `九百九十九`: no count is written with more numeral characters. */
const MAX_COUNT_LENGTH = 5;
/** Verbs after which a count always announces; optional words may stand between. */
const SPEAKING_VERBS = '讲谈说';
const VERB_FILLERS = ['以下', '一下', '了', '这'];
const CLAUSE_BREAKS = '。；！？，：;!?,:';
const COLONS = '：:';

/** A run of Chinese numeral characters: where a count may stand. */
const NUMERAL_RUN = new RegExp(`[${CHINESE_DIGITS}]+`, 'g');

/** Every announced count of one line, in one pass (the clause end is tracked, never re-scanned). */
export function scanAnnouncedCounts(text: string, from = 0): AnnouncedCount[] {
  const found: AnnouncedCount[] = [];
  let clauseEnd = -1;
  const runs = new RegExp(NUMERAL_RUN.source, 'g');
  runs.lastIndex = from;
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    const pos = match.index;
    const run = match[0].length;
    const count = run <= MAX_COUNT_LENGTH ? parseChineseNumeral(match[0], true) : undefined;
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
    if (followsSpeakingVerb(text, pos, from) || COLONS.includes(text[clauseEnd] ?? '')) {
      found.push({ count, start, end, numberStart: pos, numberEnd: afterNumber, measure, text: phrase(text, start, end) });
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
  return pos - 1 >= from && SPEAKING_VERBS.includes(text[pos - 1]);
}
