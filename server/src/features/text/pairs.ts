/**
 * `text.unbalancedPair`: a `“` `‘` `（` `《` `【` left open in its paragraph, or a closing mark with
 * nothing to close. Each kind is matched on its own, so a slip in one does not hide another.
 */
import { isAsciiWordCode } from './characters';
import type { TextFinding } from './finding';

const PAIRS = ['“”', '‘’', '（）', '《》', '【】'];
const CLOSER_OF = new Map(PAIRS.map((p) => [p[0], p[1]]));
const OPENER_OF = new Map(PAIRS.map((p) => [p[1], p[0]]));
const MARKS = new RegExp(`[${PAIRS.join('')}]`, 'g');

export function findUnbalancedPairs(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  const open = new Map<string, number[]>();
  for (const { index: i, 0: ch } of text.matchAll(MARKS)) {
    if (CLOSER_OF.has(ch)) {
      let stack = open.get(ch);
      if (!stack) open.set(ch, (stack = []));
      stack.push(i);
      continue;
    }
    const opener = OPENER_OF.get(ch);
    if (opener === undefined) continue;
    // `’` between letters is an English apostrophe (`it’s`), not a closing quote.
    if (ch === '’' && isAsciiWordCode(text.charCodeAt(i - 1)) && isAsciiWordCode(text.charCodeAt(i + 1))) continue;
    const stack = open.get(opener);
    if (stack && stack.length > 0) stack.pop();
    else findings.push({ code: 'text.unbalancedPair', start: i, end: i + 1, found: ch, write: opener, edits: [], certain: false });
  }
  for (const [opener, stack] of open) {
    for (const at of stack) {
      findings.push({ code: 'text.unbalancedPair', start: at, end: at + 1, found: opener, write: CLOSER_OF.get(opener), edits: [], certain: false });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** Whether a finding is an opening mark left open (rather than a closing mark with no opening). */
export function isUnclosed(finding: TextFinding): boolean {
  return CLOSER_OF.has(finding.found);
}

/** The closing mark of an opening one (`（` → `）`). */
export function closerOf(opener: string): string | undefined {
  return CLOSER_OF.get(opener);
}

/** The opening mark of a closing one (`）` → `（`). */
export function openerOf(closer: string): string | undefined {
  return OPENER_OF.get(closer);
}
