/**
 * `text.cjkSpace` (`我讲三点 意见`, `2019 年`) and `text.trailingSpace`.
 */
import { codePointAt, codePointBefore, isCjkCodePoint, isDigitCode, isHanCodePoint, isSpace } from './characters';
import type { TextFinding } from './finding';

/**
 * A run of spaces inside a line between two CJK characters (Han or full-width punctuation), or
 * between a number and the Han character after it. Leading indentation and trailing whitespace are
 * not "between" anything.
 */
export function findCjkSpaces(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const { index: i, 0: run } of text.matchAll(/[ \t\u3000\u00a0]+/g)) {
    const end = i + run.length;
    if (i === 0 || end === text.length) continue;
    const before = codePointBefore(text, i);
    const after = codePointAt(text, end);
    if ((isCjkCodePoint(before) && isCjkCodePoint(after)) || (isDigitCode(before) && isHanCodePoint(after))) {
      const around = String.fromCodePoint(before) + text.slice(i, end) + String.fromCodePoint(after);
      findings.push({ code: 'text.cjkSpace', start: i, end, found: around, edits: [{ start: i, end, newText: '' }], certain: false });
    }
  }
  return findings;
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
