import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { scanLine } from '../../server/src/speech/line';
import { parseSpeech, splitLines } from '../../server/src/speech/parser';
import { SpeechDocument } from '../../server/src/speechDocument';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/symbols';
import { defaultSettings } from '../../server/src/settings';

const PARAGRAPH = '要牢固树立“四个意识”，把维护党中央权威作为最高政治原则。';

describe('speech document', () => {
  it('re-reads only the line a keystroke touches (a regression guard, not a timing)', () => {
    const lines = ['在大会上的讲话', '同志们：'];
    for (let i = 1; i <= 300; i++) lines.push(i % 10 === 1 ? `${['一', '二', '三'][i % 3]}、标题` : PARAGRAPH);
    const document = new SpeechDocument('file:///a.speech', 1, lines.join('\n'));
    assert.equal(document.scannedLines, lines.length, 'opening reads every line once');
    void document.speech;
    const before = document.scannedLines;
    document.update([{ range: { start: { line: 150, character: 5 }, end: { line: 150, character: 5 } }, text: '甲' }], 2);
    void document.speech;
    assert.equal(document.scannedLines - before, 1, 'one typed character re-reads one line');
    document.update([{ range: { start: { line: 150, character: 5 }, end: { line: 150, character: 6 } }, text: '' }], 3);
    document.update([{ range: { start: { line: 150, character: 3 }, end: { line: 150, character: 3 } }, text: '\n' }], 4);
    assert.equal(document.scannedLines - before, 2 + 4, 'a new line break re-reads the line before, the two halves and the line after');
    assert.equal(document.lineCount, lines.length + 1);
  });

  it('keeps a model per version and the facts of unchanged lines', () => {
    const document = new SpeechDocument('file:///b.speech', 1, '一、甲\n二、乙');
    const first = document.speech;
    assert.equal(document.speech, first);
    document.update([{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, text: '丙' }], 2);
    assert.notEqual(document.speech, first);
    assert.equal(document.speech.lines[0], first.lines[0], 'line 0 was not read again');
    assert.equal(document.speech.headings[1].text.text, '丙');
  });

  it('keeps the structure when typing inside a body paragraph, and counts the lengths again', () => {
    const document = new SpeechDocument('file:///d.speech', 1, ['一、甲', '正文。', '二、乙', '正文。', '三、丙'].join('\n'));
    const before = document.speech;
    assert.equal(documentSymbols(before)[0].detail, '6 characters');
    document.update([{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, text: '文正' }], 2);
    const after = document.speech;
    assert.notEqual(after, before);
    assert.equal(after.headings, before.headings, 'the same headings: nothing was rebuilt');
    assert.equal(documentSymbols(after)[0].detail, '8 characters');
    document.update([{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '一要' }], 3);
    assert.notEqual(document.speech.headings, before.headings, 'a series word is structure: rebuilt');
    assert.equal(document.speech.paragraphItems.length, 1);
  });

  it('moves a paragraph’s series words and counts when typing before them, without a rebuild', () => {
    const text = ['一、甲', '我讲三点意见：一是甲；三是乙。', '二、乙'].join('\n');
    const document = new SpeechDocument('file:///e.speech', 1, text);
    const before = document.speech;
    document.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '下面，' }], 2);
    assert.equal(document.speech.headings, before.headings, 'not rebuilt');
    const fresh = parseSpeech(document.getText());
    const settings = defaultSettings();
    assert.deepEqual(speechDiagnostics(document.speech, 2, settings), speechDiagnostics(fresh, 2, settings));
    assert.deepEqual(document.speech.announcements.map((a) => [a.count.start, a.list?.items.map((i) => i.ordinal.start)]), [[5, [10, 14]]]);
  });

  it('rebuilds when typing makes a line a later speech’s title, or changes that title', () => {
    const document = new SpeechDocument('file:///f.speech', 1, ['一、甲', '正文。', '一二三四', '同志们：', '一、乙', '二、丙'].join('\n'));
    assert.equal(document.speech.parts.length, 1);
    document.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, text: '在大会上的讲话' }], 2);
    assert.deepEqual(document.speech.parts.map((p) => p.title?.text), [undefined, '在大会上的讲话']);
    document.update([{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } }, text: '全市' }], 3);
    assert.deepEqual(documentSymbols(document.speech).map((s) => s.name), ['一、甲', '在全市大会上的讲话']);
  });

  it('rebuilds when typing changes what the structure reads beyond a line’s facts', () => {
    const settings = defaultSettings();
    const cases: { lines: string[]; line: number; column: number; insert: string; why: string }[] = [
      { lines: ['在大会上的讲话', '在大会上的讲话', '目录', '在大会上的讲话', '：在大会上的话', '在大会上的讲话'], line: 4, column: 0, insert: '甲', why: 'a title below a table of contents' },
      { lines: ['第一条 总则', '目录', '　　正文。', '一、甲', '　　正文。'], line: 4, column: 2, insert: '新', why: 'the line that ends a table of contents' },
      { lines: ['在大会上的讲话', '一、统一思想', '正文第一段。', '一、统一思想'], line: 2, column: 6, insert: '：', why: 'a lead-in that starts a new list' },
    ];
    for (const { lines, line, column, insert, why } of cases) {
      const document = new SpeechDocument('file:///g.speech', 1, lines.join('\n'));
      documentSymbols(document.speech);
      document.update([{ range: { start: { line, character: column }, end: { line, character: column } }, text: insert }], 2);
      const fresh = new SpeechDocument('file:///h.speech', 2, document.getText());
      assert.deepEqual(documentSymbols(document.speech), documentSymbols(fresh.speech), why);
      assert.deepEqual(speechDiagnostics(document.speech, 2, settings), speechDiagnostics(fresh.speech, 2, settings), why);
      assert.deepEqual(document.speech.parts.map((p) => p.title?.text), fresh.speech.parts.map((p) => p.title?.text), why);
    }
  });

  it('joins \\r and \\n brought together into one line break, as the editor counts lines', () => {
    const document = new SpeechDocument('file:///c.speech', 1, '甲\r乙\n丙');
    assert.equal(document.lineCount, 3);
    document.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }], 2);
    assert.equal(document.getText(), '甲\r\n丙');
    assert.equal(document.lineCount, 2);
    assert.deepEqual([document.lineText(0), document.lineText(1)], ['甲', '丙']);
  });

  it('follows any edits exactly as VS Code’s text document does (property)', () => {
    const piece = fc.constantFrom('一、', '（二）', '1.', '一是', '甲', '乙。', '\n', '\r\n', '\r', '\r乙\n', '“', ' ', '😀', '\u3000', '\n在会上的讲话\n同志们：\n', '同志们，');
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    // An edit at a fraction of the text, or one that clears a whole line (which may bring a `\r` and
    // a `\n` together).
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 5 }),
      insert: fc.oneof(fc.array(piece, { maxLength: 3 }).map((p) => p.join('')), fc.constantFrom('甲', '乙丙', '')), clearLine: fc.boolean(),
    });
    const settings = defaultSettings();
    fc.assert(fc.property(text, fc.array(edit, { maxLength: 25 }), (initial, edits) => {
      let reference = TextDocument.create('file:///p.speech', 'speech', 1, initial);
      const document = new SpeechDocument('file:///p.speech', 1, initial);
      for (const { at, length, insert, clearLine } of edits) {
        const start = Math.floor(at * reference.getText().length);
        const end = Math.min(reference.getText().length, start + length);
        const line = reference.positionAt(start).line;
        const lineLength = splitLines(reference.getText())[line].length;
        const change = clearLine
          ? { range: { start: { line, character: 0 }, end: { line, character: lineLength } }, text: '' }
          : { range: { start: reference.positionAt(start), end: reference.positionAt(end) }, text: insert };
        reference = TextDocument.update(reference, [change], reference.version + 1);
        document.update([change], reference.version);
        assert.deepEqual(Array.from({ length: document.lineCount }, (_, i) => document.lineText(i)), splitLines(reference.getText()));
        // The model after each edit (reused or rebuilt) reads as a fresh parse of the same text.
        const fresh = parseSpeech(reference.getText());
        assert.deepEqual(documentSymbols(document.speech), documentSymbols(fresh));
        assert.deepEqual(speechDiagnostics(document.speech, 1, settings), speechDiagnostics(fresh, 1, settings));
      }
      const expected = reference.getText();
      assert.equal(document.getText(), expected);
      assert.deepEqual(Array.from({ length: document.lineCount }, (_, i) => document.lineText(i)), splitLines(expected));
      assert.deepEqual(document.speech.lines, splitLines(expected).map((t) => scanLine(t)));
      assert.deepEqual(documentSymbols(document.speech), documentSymbols(parseSpeech(expected)));
      const range = { start: reference.positionAt(0), end: reference.positionAt(expected.length) };
      assert.equal(document.getText(range), reference.getText(range));
    }), { numRuns: 1000 });
  });
});
