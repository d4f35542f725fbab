/**
 * Property: for any correct speech — numbered again under every parent or on through its parents,
 * with or without an attachment numbered on its own — and any breaks of its ordinals (wrong numbers,
 * tolerated variant forms, mixed series words), fix-all restores the correct text exactly, changes
 * nothing outside the ordinal marks, and changes nothing the second time. The first heading of each
 * list keeps its number: whether a list continues the one before decides the document's scheme.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { codeActions, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { toChineseNumeral, toCircledNumber } from '../../server/src/speech/numerals';
import { parseSpeech } from '../../server/src/speech/parser';
import { actionEdits, applyEdits, standardSettings } from './util';

/** One ordinal of the generated speech: how it is written correctly and the ways it may be broken. */
interface Mark {
  correct: string;
  broken: (value: number, variant: number) => string;
  /** Whether a broken number may be one (a series word numbered one would start a new series). */
  mayBeOne: boolean;
  /** The first heading of its list keeps its number `number` when broken (only its form may change). */
  first?: boolean;
  number?: number;
}

const cn = toChineseNumeral;
const circled = (n: number) => toCircledNumber(n)!;
const headingMark: Record<number, (n: number) => Mark> = {
  1: (n) => ({ correct: `${cn(n)}、`, mayBeOne: true, broken: (v, k) => `${cn(v)}${['、', '.', '．', '，'][k % 4]}` }),
  2: (n) => ({ correct: `（${cn(n)}）`, mayBeOne: true, broken: (v, k) => [`（${cn(v)}）`, `(${cn(v)})`, `（${cn(v)})`, `（${cn(v)}）、`][k % 4] }),
  3: (n) => ({ correct: `${n}.`, mayBeOne: true, broken: (v, k) => [`${v}.`, `${v}．`, `${v}、`, `${v}，`][k % 4] }),
  4: (n) => ({ correct: `（${n}）`, mayBeOne: true, broken: (v, k) => [`（${v}）`, `(${v})`, `(${v}）`, `（${v}）.`][k % 4] }),
  5: (n) => ({ correct: circled(n), mayBeOne: true, broken: (v, k) => [circled(v), `${circled(v)}、`][k % 2] }),
};
/**
 * Series words: a wrong number, or (after the first item, whose word the series follows) the other
 * word with the right number, as the parser needs to keep it in its series.
 */
const seriesMark = (word: '要' | '是', n: number): Mark => ({
  correct: `${cn(n)}${word}`, mayBeOne: false,
  broken: (v, k) => (k % 3 === 2 && n > 1 ? `${cn(n)}${word === '要' ? '是' : '要'}` : `${cn(v)}${word}`),
});

const TEXTS = ['加强领导', '压实责任', '狠抓落实', '改进作风', '严明纪律'];

/** A correct speech as lines, each line either plain text or a mark followed by text. */
type Line = { mark?: Mark; text: string };

const first = (mark: Mark, n: number, isFirst: boolean): Mark => (isFirst ? { ...mark, first: true, number: n } : mark);

const speechArbitrary = fc.record({
  runOn: fc.boolean(),
  attachment: fc.boolean(),
  level1: fc.integer({ min: 1, max: 4 }),
  level2: fc.integer({ min: 0, max: 3 }),
  level3: fc.integer({ min: 0, max: 2 }),
  deep: fc.boolean(),
  paragraphs: fc.integer({ min: 0, max: 3 }),
  inline: fc.integer({ min: 0, max: 4 }),
  word: fc.constantFrom('要' as const, '是' as const),
}).map((shape) => {
  const lines: Line[] = [{ text: '在全市工作会议上的讲话' }, { text: '同志们：' }, { text: '现将有关工作讲几点意见。' }];
  pushSections(lines, shape);
  if (shape.attachment) {
    lines.push({ text: '附件1' }, { text: '工作安排表' });
    pushSections(lines, { ...shape, runOn: false, level1: Math.min(shape.level1, 2), paragraphs: 0, inline: 0 });
  }
  return lines;
});

interface Shape {
  runOn: boolean; level1: number; level2: number; level3: number; deep: boolean; paragraphs: number; inline: number; word: '要' | '是';
}

/** The sections of one document; `（一）` numbered on through the `一、` when `runOn`. */
function pushSections(lines: Line[], shape: Shape): void {
  const text = (i: number) => TEXTS[i % TEXTS.length];
  let level2 = 0;
  for (let a = 1; a <= shape.level1; a++) {
    lines.push({ mark: first(headingMark[1](a), a, a === 1), text: text(a) });
    for (let p = 1; p <= shape.paragraphs; p++) lines.push({ mark: seriesMark(shape.word, p), text: `${text(p)}。正文。` });
    if (!shape.runOn) level2 = 0;
    for (let b = 1; b <= shape.level2; b++) {
      level2++;
      lines.push({ mark: first(headingMark[2](level2), level2, b === 1), text: text(b) });
      for (let c = 1; c <= shape.level3; c++) {
        lines.push({ mark: first(headingMark[3](c), c, c === 1), text: ` ${text(c)}` });
        if (shape.deep) {
          lines.push({ mark: first(headingMark[4](1), 1, true), text: text(1) }, { mark: headingMark[4](2), text: text(2) });
          lines.push({ mark: first(headingMark[5](1), 1, true), text: text(3) }, { mark: headingMark[5](2), text: text(4) });
        }
      }
    }
    if (shape.inline > 0) {
      const series = Array.from({ length: shape.inline }, (_, i) => `${cn(i + 1)}是${text(i)}`).join('；');
      lines.push({ text: `主要表现为：${series}。` });
    }
  }
}

/** Breaks: for some marks, another number and/or a variant form. */
const caseArbitrary = speechArbitrary.chain((lines) => {
  const marked = lines.map((l, i) => (l.mark ? i : -1)).filter((i) => i >= 0);
  return fc.tuple(fc.constant(lines), fc.array(fc.record({
    at: fc.constantFrom(...marked), value: fc.integer({ min: 1, max: 30 }), variant: fc.nat(11),
  }), { maxLength: 8 }));
});

function render(lines: Line[], breaks: Map<number, string> = new Map()): string {
  return lines.map((l, i) => (breaks.get(i) ?? l.mark?.correct ?? '') + l.text).join('\n');
}

function fixAll(text: string): string {
  const [action] = codeActions(parseSpeech(text), { uri: 'file:///p.speech', version: 1, diagnostics: [], only: [FIX_ALL_KIND] }, standardSettings());
  return action ? applyEdits(text, actionEdits(action)) : text;
}

describe('fix-all (property)', () => {
  it('restores correct numbering, touches only ordinal marks, and is idempotent', () => {
    fc.assert(fc.property(caseArbitrary, ([lines, breaks]) => {
      const correct = render(lines);
      const applied = new Map<number, string>();
      for (const b of breaks) {
        const mark = lines[b.at].mark!;
        const value = mark.first ? mark.number! : !mark.mayBeOne && b.value === 1 ? 2 : b.value;
        applied.set(b.at, mark.broken(value, b.variant));
      }
      // A mixed word joins its series only by following its predecessor's number: `二要…。二是…。`
      // (predecessor broken too) reads as two lists, whatever was meant. So keep that predecessor.
      for (const [at, text] of [...applied]) {
        const mark = lines[at].mark!;
        const mixed = !mark.mayBeOne && text.at(-1) !== mark.correct.at(-1);
        if (mixed) applied.delete(at - 1);
      }
      const broken = render(lines, applied);
      const fixed = fixAll(broken);
      assert.equal(fixed, correct);
      assert.equal(fixAll(fixed), fixed);
      // Outside the marks, every character is as it was.
      const body = (text: string) => text.split('\n').map((line, i) => line.slice((applied.get(i) ?? lines[i].mark?.correct ?? '').length));
      assert.deepEqual(body(broken), lines.map((l) => l.text));
    }), { numRuns: 300 });
  });

  it('also mends the certain text slips, and leaves every uncertain one as written', () => {
    // What a slip reads, and what fix-all makes of it.
    const SLIPS: [string, string][] = [
      ['甲,乙', '甲，乙'], ['甲。。', '甲。'], ['突岀', '突出'], ['釆取', '采取'], ['办法(试行)规定', '办法（试行）规定'],
      ['三点 意见', '三点 意见'], ['AI,提高', 'AI,提高'], ['XX市', 'XX市'], ['“未闭合', '“未闭合'], ['还有。。。', '还有。。。'],
    ];
    const slipCase = caseArbitrary.chain(([lines, breaks]) => fc.tuple(
      fc.constant(lines), fc.constant(breaks),
      fc.array(fc.record({ at: fc.integer({ min: 2, max: lines.length - 1 }), slip: fc.nat(SLIPS.length - 1), trailing: fc.constantFrom('', ' ', '\u3000', '\t') }), { maxLength: 6 }),
    ));
    fc.assert(fc.property(slipCase, ([lines, breaks, slips]) => {
      const applied = new Map<number, string>();
      for (const b of breaks) {
        const mark = lines[b.at].mark!;
        if (mark.mayBeOne) applied.set(b.at, mark.broken(mark.first ? mark.number! : b.value, b.variant));
      }
      const written = lines.map((l) => ({ ...l }));
      const mended = lines.map((l) => ({ ...l }));
      for (const { at, slip, trailing } of slips) {
        // An attachment's mark and title stand alone on their lines: text after them is another line's business.
        if (/^附件|^工作安排表$/.test(lines[at].text)) continue;
        written[at].text += SLIPS[slip][0] + trailing;
        mended[at].text += SLIPS[slip][1] + trailing;
      }
      // Whitespace is removed only at a line's end; followed by another slip it is a stray space, left as written.
      for (const l of mended) l.text = l.text.replace(/[ \t\u3000]+$/, '');
      const broken = render(written, applied);
      const fixed = fixAll(broken);
      assert.equal(fixed, render(mended));
      assert.equal(fixAll(fixed), fixed);
    }), { numRuns: 300 });
  });

  it('leaves a correct speech exactly as it is', () => {
    fc.assert(fc.property(speechArbitrary, (lines) => {
      const text = render(lines);
      assert.equal(fixAll(text), text);
    }), { numRuns: 200 });
  });
});
