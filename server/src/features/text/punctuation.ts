/**
 * `text.halfwidthPunctuation` (`领域,紧盯`) and `text.repeatedPunctuation` (`。。`).
 */
import { cjkAt, cjkBefore, codePointAt, codePointBefore, isHanCodePoint } from './characters';
import type { TextFinding } from './finding';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALFWIDTH = /[,;:?!()]/g;
/** `(21)` in running text is a note's reference mark, not a bracket to rewrite. */
const REFERENCE_MARK = /\(\d{1,3}\)/g;

/**
 * ASCII `, ; : ? ! ( )` with a CJK character on either side. Certain (fix-all) only between two CJK
 * characters; a bracket pair is rewritten together, and is certain only when all four of its
 * neighbours are CJK. Marks between ASCII characters (`10:30`, `Hello, world`) are English.
 */
export function findHalfwidthPunctuation(text: string): TextFinding[] {
  const findings: TextFinding[] = findFullStopsBetweenHan(text);
  const partners = bracketPartners(text);
  const references = new Set<number>();
  for (const { index } of text.matchAll(REFERENCE_MARK)) references.add(index).add(text.indexOf(')', index));
  for (const match of text.matchAll(HALFWIDTH)) {
    const i = match.index;
    if (references.has(i)) continue;
    const ch = match[0];
    const write = FULL_WIDTH[ch];
    const before = cjkBefore(text, i);
    const after = cjkAt(text, i + 1);
    const partner = partners.get(i);
    if (partner === undefined) {
      if (!before && !after) continue;
      findings.push({ code: 'text.halfwidthPunctuation', start: i, end: i + 1, found: ch, write, edits: [{ start: i, end: i + 1, newText: write }], certain: before && after });
      continue;
    }
    const [open, close] = partner < i ? [partner, i] : [i, partner];
    const sides = [cjkBefore(text, open), cjkAt(text, open + 1), cjkBefore(text, close), cjkAt(text, close + 1)];
    if (!sides.some(Boolean)) continue;
    findings.push({
      code: 'text.halfwidthPunctuation', start: i, end: i + 1, found: ch, write,
      edits: [{ start: open, end: open + 1, newText: '（' }, { start: close, end: close + 1, newText: '）' }],
      certain: sides.every(Boolean),
    });
  }
  return findings;
}

/**
 * An ASCII `.` between two Han characters (`大学新生.结伴同行`): a slip for the middle dot or a full
 * stop, so the fix (`·`) is offered but not certain.
 */
function findFullStopsBetweenHan(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) {
    if (isHanCodePoint(codePointBefore(text, i)) && isHanCodePoint(codePointAt(text, i + 1))) {
      findings.push({ code: 'text.halfwidthPunctuation', start: i, end: i + 1, found: '.', write: '·', edits: [{ start: i, end: i + 1, newText: '·' }], certain: false });
    }
  }
  return findings;
}

/** Columns of ASCII brackets that close each other, both ways. */
function bracketPartners(text: string): Map<number, number> {
  const partners = new Map<number, number>();
  const open: number[] = [];
  for (const { index: i, 0: ch } of text.matchAll(/[()]/g)) {
    if (ch === '(') open.push(i);
    else if (open.length > 0) {
      const start = open.pop()!;
      partners.set(start, i).set(i, start);
    }
  }
  return partners;
}

/** Sentence marks that are never doubled; `……` and `——` are single marks of two characters. */
const DOUBLED = /([。，、；：])\1+/g;

/**
 * A mark of `。，、；：` written twice or more in a row. Two are certainly one typed twice; three or
 * more `。` were probably meant as an ellipsis, so that fix writes `……` and is not certain.
 */
export function findRepeatedPunctuation(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const { index: i, 0: found, 1: ch } of text.matchAll(DOUBLED)) {
    const end = i + found.length;
    if (ch === '。' && end - i >= 3) {
      findings.push({ code: 'text.repeatedPunctuation', start: i, end, found, write: '……', edits: [{ start: i, end, newText: '……' }], certain: false });
    } else {
      findings.push({ code: 'text.repeatedPunctuation', start: i, end, found, write: ch, edits: [{ start: i + 1, end, newText: '' }], certain: true });
    }
  }
  return findings;
}
