/**
 * Property: on any correct speech (headings of the five levels in their standard forms, paragraphs,
 * paragraph series, blank lines or none between sections), any sequence of moves keeps every
 * character outside the ordinals, leaves no numbering problem, and each move followed by its inverse
 * restores the text exactly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { availableMoves, moveEdits, type MoveKind } from '../../server/src/features/moves';
import { numberingDiagnostics } from '../../server/src/features/numbering';
import { toChineseNumeral, toCircledNumber } from '../../server/src/speech/numerals';
import { parseSpeech } from '../../server/src/speech/parser';
import { applyEdits } from './util';

const OPTIONS = { style: 'consistent', level3Separator: '.' } as const;

const cn = toChineseNumeral;
const MARKS: Record<number, (n: number) => string> = {
  1: (n) => `${cn(n)}、`, 2: (n) => `（${cn(n)}）`, 3: (n) => `${n}.`, 4: (n) => `（${n}）`, 5: (n) => toCircledNumber(n)!,
};

/** A generated section: how many children, whether it has a paragraph and a series, blank lines after. */
type Shape = { children: readonly Shape[]; paragraph: boolean; series: number; blank: boolean };

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.record({
    children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([]), fc.array(tie('node'), { minLength: 1, maxLength: 3 })),
    paragraph: fc.boolean(),
    series: fc.integer({ min: 0, max: 3 }),
    blank: fc.boolean(),
  }),
})).node;

/** The text of a speech of `sections`, every heading and item named uniquely. */
function speechText(sections: Shape[]): string {
  const lines = ['关于做好当前工作的讲话', '', '同志们：', '', '今天召开这次会议，主要任务是部署工作。', ''];
  let counter = 0;
  const write = (nodes: readonly Shape[], level: number) => nodes.forEach((node, i) => {
    lines.push(`${MARKS[level](i + 1)}标题${++counter}`);
    if (node.paragraph) lines.push(`这是第${counter}段的内容，写得很具体。`);
    if (node.children.length === 0 || level === 5) {
      for (let k = 1; k <= node.series; k++) lines.push(`${cn(k)}要做好第${++counter}项工作。`);
    } else write(node.children, level + 1);
    if (node.blank) lines.push('');
  });
  write(sections, 1);
  lines.push('同志们，让我们共同努力！');
  return lines.join('\n');
}

/** Every character outside the ordinals, sorted. */
function charactersOutsideOrdinals(text: string): string {
  const speech = parseSpeech(text);
  const marks = new Map<number, { start: number; end: number }[]>();
  for (const list of speech.lists) for (const item of list.items) marks.set(item.line, [...(marks.get(item.line) ?? []), item.ordinal]);
  const kept: string[] = [];
  speech.texts.forEach((line, i) => {
    const spans = marks.get(i) ?? [];
    [...line].forEach((ch, at) => { if (!spans.some((s) => at >= s.start && at < s.end)) kept.push(ch); });
  });
  return kept.sort().join('');
}

function numberingProblems(text: string): string[] {
  const severity = () => 1 as const;
  return numberingDiagnostics(parseSpeech(text), 1, { ...OPTIONS, severity }).map((d) => `${d.code} ${d.range.start.line}`);
}

function move(text: string, line: number, kind: MoveKind): string {
  const edits = moveEdits(parseSpeech(text), { line, move: kind }, OPTIONS);
  assert.ok(edits, `the move ${kind} of line ${line} is offered, so it is made`);
  return applyEdits(text, edits);
}

/** The line where the heading or item named by `name` (`标题7`, `第7项`) now stands. */
function lineOf(text: string, name: string): number {
  const named = new RegExp(`${name}(?!\\d)`);
  return text.split('\n').findIndex((line) => named.test(line));
}

const INVERSE: Record<MoveKind, MoveKind> = { up: 'down', down: 'up', promote: 'demote', demote: 'promote' };

describe('moves (property)', () => {
  it('keep every character outside the ordinals, leave the numbering right, and are undone by their inverse', () => {
    fc.assert(fc.property(fc.array(shape, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }), (sections, picks) => {
      let text = speechText(sections);
      assert.deepEqual(numberingProblems(text), [], text);
      const characters = charactersOutsideOrdinals(text);
      for (const pick of picks) {
        const speech = parseSpeech(text);
        const choices = speech.texts.flatMap((_, line) => availableMoves(speech, line).map((kind) => ({ line, kind })));
        if (choices.length === 0) break;
        const { line, kind } = choices[pick % choices.length];
        const name = /(标题\d+|第\d+项)/.exec(speech.texts[line])![1];
        const after = move(text, line, kind);
        assert.equal(charactersOutsideOrdinals(after), characters);
        assert.deepEqual(numberingProblems(after), [], after);
        const isLastChild = kind !== 'promote' || speech.headings.find((h) => h.line === line)!.section.parent!.children.at(-1)!.startLine === line;
        if (isLastChild) assert.equal(move(after, lineOf(after, name), INVERSE[kind]), text, `${kind} of ${name} undone`);
        text = after;
      }
    }), { numRuns: 150, includeErrorInReport: true });
  });
});
