/**
 * `text.cjkSpace` (`我讲三点 意见`, `2019 年`) and `text.trailingSpace`.
 */
import { codePointAt, codePointBefore, isCjkCodePoint, isDigitCode, isHanCodePoint, isSpace } from './characters';
import type { TextFinding } from './finding';

/** Opening marks a space may not follow, closing marks it may not precede (`《 人民日报 》`, `（ 2016年`). */
const OPENERS = '《（“‘【〔(';
const CLOSERS = '》）”’】〕)';
/** What a number counts: a space between the number and these is a slip (`2019 年`, `02 版`). */
const UNITS = '年月日时分秒版期号个名人位元角万亿岁次届项条款章节天周页米吨亩倍户家所批类级';
/** A note's mark at the start of a line (`〔1〕 见本书…`): the space after it is the note's layout. */
const NOTE_MARK = /^[ \t\u3000]*(?:〔\d+〕|\[\d+\]|［\d+］)/;
/** A line with one of these is running text; elsewhere (titles, bylines, rosters) spaces are layout. */
const SENTENCE_MARKS = /[，。；？！]/;

/**
 * A stray ASCII, no-break or tab space inside a line — U+3000 is the writer's own layout and never
 * reported. Anywhere: right inside a bracket or quotation mark, or between a number and its unit. In
 * running text also between two CJK characters, a CJK character and a number, after a sentence mark
 * or beside a quotation mark. Leading indentation and trailing whitespace are not "between" anything.
 */
export function findCjkSpaces(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  const running = SENTENCE_MARKS.test(text);
  const noteEnd = NOTE_MARK.exec(text)?.[0].length ?? -1;
  const cited = citedTitles(text);
  for (const { index: i, 0: run } of text.matchAll(/[ \t\u00a0]+/g)) {
    const end = i + run.length;
    if (i === 0 || end === text.length || i === noteEnd || /^[ \t\u3000]*$/.test(text.slice(0, i))) continue;
    const before = codePointBefore(text, i);
    const after = codePointAt(text, end);
    if (!isStraySpace(before, after, running) || (cited.some(([a, b]) => i > a + 1 && end < b) && isHanCodePoint(before) && isHanCodePoint(after))) continue;
    const around = String.fromCodePoint(before) + text.slice(i, end) + String.fromCodePoint(after);
    findings.push({ code: 'text.cjkSpace', start: i, end, found: around, edits: [{ start: i, end, newText: '' }], certain: false });
  }
  return findings;
}

/** The columns of each `《…》` in a line: a cited title keeps its own spaces (`《关于… 抵制…的意见》`). */
function citedTitles(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let open = text.indexOf('《'); open !== -1; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close === -1) break;
    spans.push([open, close]);
  }
  return spans;
}

function isStraySpace(before: number, after: number, running: boolean): boolean {
  const cjkBefore = isCjkCodePoint(before) || OPENERS.includes(String.fromCodePoint(before)) || CLOSERS.includes(String.fromCodePoint(before));
  const cjkAfter = isCjkCodePoint(after) || OPENERS.includes(String.fromCodePoint(after)) || CLOSERS.includes(String.fromCodePoint(after));
  if (OPENERS.includes(String.fromCodePoint(before)) && (cjkAfter || isDigitCode(after))) return true;
  if (CLOSERS.includes(String.fromCodePoint(after)) && (cjkBefore || isDigitCode(before))) return true;
  if (isDigitCode(before) && UNITS.includes(String.fromCodePoint(after))) return true;
  if (!running) return false;
  return (cjkBefore && (cjkAfter || isDigitCode(after))) || (isDigitCode(before) && cjkAfter);
}

/** Whitespace after the last character of a line, U+3000 included; a line of only spaces too. */
export function findTrailingSpace(text: string): TextFinding[] {
  let start = text.length;
  while (start > 0 && isTrailingWhitespace(text[start - 1])) start--;
  if (start === text.length) return [];
  return [{ code: 'text.trailingSpace', start, end: text.length, found: text.slice(start), edits: [{ start, end: text.length, newText: '' }], certain: true }];
}

function isTrailingWhitespace(ch: string): boolean {
  return isSpace(ch) || ch === '\f' || ch === '\v';
}
