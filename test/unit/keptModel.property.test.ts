/**
 * A model kept through edits equals the model of a fresh open: after random edits of one line —
 * typing in body paragraphs and in headings' text, in ordinals, series words and counts — the speech
 * model, the outline and the diagnostics are those of the same text opened anew. The outline is asked
 * after some edits, as an editor does, so that kept symbols are reused across versions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/symbols';
import { defaultSettings } from '../../server/src/settings';
import type { Speech } from '../../server/src/speech/speech';
import { SpeechDocument } from '../../server/src/speechDocument';

const LINES = [
  '在大会上的讲话', '同志们：', '一、统一思想', '二、加强领导，压实责任', '三、狠抓落实。要做到', '（一）健全机制', '（二）强化监督。',
  '1.压实第一方面责任。需要', '2. 第二项工作', '（1）细化', '①明确', '第一章 总则', '第一条 为了', '目录', '引　　言',
  '正文第一段，领域,紧盯。', '我讲三点意见。', '一是抓学习；二是抓落实；三是抓监督。', '一要坚定；', '第一，要', '', '　　正文。',
  '谢谢大家！', '附件：1.工作方案',
];
const INSERTS = ['甲', '乙乙', '。', '，', '：', ',', '“', '”', ' ', '\u3000', 'XX', '岀', '😀', '一', '二', '1', '（', '）', '、', '.', '是', '要'];

/** The model as plain data: sections by their lines instead of the objects that link them. */
function modelData(speech: Speech): string {
  return JSON.stringify({ ...speech, texts: undefined, lines: undefined }, (key, value: unknown) => {
    if (key === 'parent' || key === 'section') return undefined;
    if (key === 'list' && value && typeof value === 'object') return (value as { items: { line: number }[] }).items.map((i) => i.line);
    return value;
  });
}

const edit = fc.record({
  line: fc.nat({ max: 10_000 }),
  column: fc.nat({ max: 10_000 }),
  length: fc.nat({ max: 2 }),
  insert: fc.array(fc.constantFrom(...INSERTS), { maxLength: 2 }).map((p) => p.join('')),
  ask: fc.boolean(),
});

describe('a model kept through edits', () => {
  it('equals the model of a fresh open (property)', () => {
    const settings = defaultSettings();
    const documents = fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 24 });
    fc.assert(fc.property(documents, fc.array(edit, { minLength: 1, maxLength: 20 }), (lines, edits) => {
      const document = new SpeechDocument('file:///kept.speech', 1, lines.join('\n'));
      if (edits[0].ask) documentSymbols(document.speech);
      for (const { line: l, column: c, length, insert, ask } of edits) {
        const line = l % document.lineCount;
        const text = document.lineText(line);
        const start = c % (text.length + 1);
        const end = Math.min(text.length, start + length);
        document.update([{ range: { start: { line, character: start }, end: { line, character: end } }, text: insert }], document.version + 1);
        if (ask) documentSymbols(document.speech);
      }
      const fresh = new SpeechDocument('file:///fresh.speech', document.version, document.getText());
      const text = JSON.stringify(document.getText());
      assert.equal(modelData(document.speech), modelData(fresh.speech), text);
      assert.deepEqual(documentSymbols(document.speech), documentSymbols(fresh.speech), text);
      assert.deepEqual(speechDiagnostics(document.speech, 1, settings), speechDiagnostics(fresh.speech, 1, settings), text);
    }), { numRuns: 400 });
  });
});
