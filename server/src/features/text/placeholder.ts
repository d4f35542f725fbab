/**
 * `text.placeholder`: what a template leaves to be filled in — `XX市`, `XXX精神`, `X届X次`, `××`,
 * `ＸＸ`, `某某`, `【待补】`, `【】`, a blank of `＿＿` or `___`. Reported, never rewritten.
 */
import { isAsciiWordCode } from './characters';
import type { TextFinding } from './finding';

const X_LIKE = new Set('XxＸｘ×');
/** Words that follow a number: one `X` before them stands for a number (`X届X次`, `X个部门`). */
const NUMBER_UNITS = new Set('届次个年月日号项条名位人家所件批期轮岁元万亿');
const BRACKET_NOTE_MAX = 8;
/** Where a placeholder may start: an X, a run of 某, `【`, a run of `＿` or `_`. */
const CANDIDATES = /[XxＸｘ×]|某+|【|＿+|_+/;

export function findPlaceholders(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  const add = (start: number, end: number) =>
    findings.push({ code: 'text.placeholder', start, end, found: text.slice(start, end), edits: [], certain: false });

  const candidates = new RegExp(CANDIDATES.source, 'g');
  for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
    const i = match.index;
    const ch = match[0][0];
    let end = i + match[0].length;
    if (X_LIKE.has(ch)) {
      end = isAsciiWordCode(text.charCodeAt(i - 1)) ? i : xPlaceholderEnd(text, i);
    } else if (ch === '某') {
      if (end - i < 2) end = i;
    } else if (ch === '【') {
      end = bracketNoteEnd(text, i);
    } else if (end - i < (ch === '_' ? 3 : 2)) {
      end = i;
    }
    if (end > i) add(i, end);
    candidates.lastIndex = Math.max(end, i + match[0].length);
  }
  return findings;
}

/**
 * The end of a placeholder of X's starting at `start`: a run of two or more (`XX`, `×××`), or single
 * X's each followed by a unit (`X届X次`, `X个`); `start` itself when there is none. An X
 * inside an English word (`XXL`, `X光` has no unit) is not one.
 */
function xPlaceholderEnd(text: string, start: number): number {
  let end = start;
  let found = start;
  while (end < text.length) {
    let run = end;
    while (run < text.length && X_LIKE.has(text[run])) run++;
    if (run === end || isAsciiWordCode(text.charCodeAt(run))) break;
    // Two or more X's are a placeholder by themselves, and what follows is the text's own
    // (`XX项目`: only `XX`); a single X is a number only with its unit (`X届`).
    if (run - end >= 2) { found = run; break; }
    if (NUMBER_UNITS.has(text[run])) { end = run + 1; found = end; continue; }
    break;
  }
  return found;
}

/** The end of `【】`, `【待补】`, `【待定】` … starting at `start`; `start` when it is another note. */
function bracketNoteEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] === ' ' || text[i] === '\u3000') i++;
  if (text[i] === '待') {
    for (let j = i + 1; j <= i + BRACKET_NOTE_MAX && j < text.length && text[j] !== '【'; j++) {
      if (text[j] === '】') return j + 1;
    }
    return start;
  }
  return text[i] === '】' ? i + 1 : start;
}
