/**
 * The mechanisms the README's Speed section relies on, each checked by what it saves rather than by
 * a timing: the wire encoder writes a frozen object once, a section keeps its outline symbol while
 * it is unchanged, and a line keeps its text findings while its text is. A test here fails when its
 * mechanism is switched off, however fast the machine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { textCheckOptions } from '../../server/src/features/textChecks';
import { documentSymbols, symbolsBuilt } from '../../server/src/features/symbols';
import { textFindings } from '../../server/src/features/textChecks';
import type { TextFinding } from '../../server/src/features/text/finding';
import { defaultSettings } from '../../server/src/settings';
import type { Speech } from '../../server/src/speech/speech';
import { SpeechDocument } from '../../server/src/speechDocument';
import { encodeJson } from '../../server/src/util/wireJson';

/** A frozen symbol that counts how often its members are read: each encoding reads them. */
function countingSymbol(): { symbol: object; reads: () => number } {
  let reads = 0;
  const symbol = Object.freeze({
    get name() { reads++; return '一、甲'; },
    detail: '1,234字',
    range: Object.freeze({ start: Object.freeze({ line: 0, character: 0 }), end: Object.freeze({ line: 3, character: 5 }) }),
  });
  return { symbol, reads: () => reads };
}

/** One typed character at `line`, `character` (a body line, so the model keeps its structure). */
function type(document: SpeechDocument, line: number, character: number, text: string): void {
  const at = { line, character };
  document.update([{ range: { start: at, end: at }, text }], document.version + 1);
}

const SPEECH = [
  '在大会上的讲话', '同志们：',
  '一、统一思想', '正文第一段，领域,紧盯。',
  '二、加强领导', '正文第二段XX。',
  '三、狠抓落实', '正文第三段。',
].join('\n');

describe('what keeps a keystroke cheap', () => {
  it('encodes a frozen symbol once and reuses its bytes in later messages', () => {
    const { symbol, reads } = countingSymbol();
    const first = encodeJson({ jsonrpc: '2.0', id: 1, result: [symbol, { name: '二、乙' }] });
    const afterFirst = reads();
    assert.ok(afterFirst > 0, 'the first message encodes the symbol');
    const second = encodeJson({ jsonrpc: '2.0', id: 2, result: [symbol, { name: '二、乙' }] });
    assert.equal(reads(), afterFirst, 'the second message reuses its bytes without reading it');
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    assert.equal(decode(second), decode(first).replace('"id":1', '"id":2'));
  });

  it('keeps the outline symbol of a section the edit did not touch, and rebuilds the one it did', () => {
    const document = new SpeechDocument('file:///speed-symbols.speech', 1, SPEECH);
    const sections = (speech: Speech): DocumentSymbol[] => documentSymbols(speech).slice(1);
    const before = sections(document.speech);
    type(document, 5, 1, '新');
    const after = sections(document.speech);
    assert.equal(after.length, 3);
    assert.equal(after[0], before[0], 'the first section is the same object');
    assert.equal(after[2], before[2], 'the third section is the same object');
    assert.notEqual(after[1], before[1], 'the edited section is built again');
    assert.notEqual(after[1].detail, before[1].detail, 'with its new length');
  });

  it('keeps the text findings of a line the edit did not touch, and checks the one it did again', () => {
    const document = new SpeechDocument('file:///speed-findings.speech', 1, SPEECH);
    const options = textCheckOptions(defaultSettings());
    const byLine = (speech: Speech): Map<number, TextFinding[]> => {
      const found = new Map<number, TextFinding[]>();
      for (const { line, finding } of textFindings(speech, options)) found.set(line, [...(found.get(line) ?? []), finding]);
      return found;
    };
    const before = byLine(document.speech);
    assert.deepEqual([...before.keys()], [3, 5]);
    type(document, 5, 1, '新');
    const after = byLine(document.speech);
    assert.equal(after.get(3)![0], before.get(3)![0], 'the untouched line’s finding is the same object');
    assert.notEqual(after.get(5)![0], before.get(5)![0], 'the edited line is checked again');
    assert.equal(after.get(5)![0].start, before.get(5)![0].start + 1);
  });

  it('keeps the model when typing in a heading’s text, and rebuilds only that heading’s symbol and its ancestors’', () => {
    const document = new SpeechDocument('file:///speed-heading.speech', 1, NESTED);
    const speech = document.speech;
    const outline = documentSymbols(speech);
    const built = symbolsBuilt.count;
    const scanned = document.scannedLines;
    type(document, 6, 7, '新');
    const after = document.speech;
    assert.equal(document.scannedLines - scanned, 1, 'one line is read again');
    assert.equal(after.parts, speech.parts, 'the sections are kept');
    assert.equal(after.lists, speech.lists, 'so are the lists');
    assert.equal(after.headings.filter((h, i) => h !== speech.headings[i]).length, 1, 'one heading is new');
    const symbols = documentSymbols(after);
    assert.equal(symbolsBuilt.count - built, 2, 'the heading’s symbol and its parent’s are built, no other');
    assert.equal(symbols[1].children![1].name, '（二）健全机制新');
    assert.equal(symbols[1].children![0], outline[1].children![0], 'its sibling is the same object');
    assert.equal(symbols[2], outline[2], 'the next section is the same object');
  });

  it('builds the model again when an ordinal is typed, and rebuilds only the symbols it changed', () => {
    const document = new SpeechDocument('file:///speed-ordinal.speech', 1, NESTED);
    const speech = document.speech;
    const outline = documentSymbols(speech);
    const built = symbolsBuilt.count;
    document.update([{ range: { start: { line: 6, character: 1 }, end: { line: 6, character: 2 } }, text: '三' }], 2);
    assert.notEqual(document.speech.parts, speech.parts, 'the structure is read again');
    const symbols = documentSymbols(document.speech);
    assert.equal(symbolsBuilt.count - built, 2, 'the renumbered heading’s symbol and its parent’s are built, no other');
    assert.equal(symbols[1].children![1].name, '（三）健全机制');
    assert.equal(symbols[1].children![0], outline[1].children![0]);
    assert.equal(symbols[2], outline[2]);
  });

  it('reads only the pasted lines, and keeps the symbols above a pasted section', () => {
    const document = new SpeechDocument('file:///speed-paste.speech', 1, NESTED);
    const outline = documentSymbols(document.speech);
    const built = symbolsBuilt.count;
    const scanned = document.scannedLines;
    const at = { line: 9, character: 0 };
    document.update([{ range: { start: at, end: at }, text: '四、新的部分\n正文。\n' }], 2);
    assert.equal(document.scannedLines - scanned, 4, 'the two pasted lines and the lines around them');
    const symbols = documentSymbols(document.speech);
    assert.equal(symbols[1], outline[1], 'the section above is the same object');
    assert.equal(symbolsBuilt.count - built, 2, 'the pasted section’s symbol and the one it moved down');
  });
});

/** Two sections, the first with two subsections: where an edit's symbols and its ancestors' show. */
const NESTED = [
  '在大会上的讲话', '同志们：',
  '一、统一思想', '正文第一段。', '（一）提高认识', '正文。', '（二）健全机制', '正文。',
  '二、加强领导', '正文第二段。',
].join('\n');
