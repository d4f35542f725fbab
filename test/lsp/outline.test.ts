import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { startServer, type ServerProcess } from './serverProcess';

const corpus = (name: string) => readFileSync(join(__dirname, '..', '..', 'samples', name), 'utf8');

describe('outline and folding over stdio', () => {
  let server: ServerProcess;
  before(async () => { server = await startServer({ locale: 'zh-cn' }); });
  after(async () => { await server.stop(); });

  it('announces incremental sync, symbols and folding', () => {
    const caps = server.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
  });

  it('outlines the city speech: title, three level-1 headings, ten and three level-2 items', async () => {
    const uri = 'file:///city.speech';
    await server.open(uri, corpus('city-clean-government.speech'));
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), [
      '在市政府廉政工作会议上的讲话',
      '一、以更高的站位，把思想和行动统一到国务院、省政府廉政工作会议精神上来',
      '二、以更实的举措，将政府系统党风廉政建设工作引向深入',
      '三、以更大的力度，把政府系统党风廉政建设工作落到实处',
    ]);
    assert.equal(symbols[2].children!.length, 10);
    assert.equal(symbols[2].children![2].name, '（三）必须创新事中事后监管、全面优化服务');
    assert.equal(symbols[3].children!.length, 3);
    assert.match(symbols[1].detail!, /^\d{1,3}(,\d{3})*字$/);
    // The section's range covers it; the selection is the heading on its line.
    assert.deepEqual(symbols[2].range.start, { line: 7, character: 0 });
    assert.equal(symbols[2].range.end.line, 18);
    assert.deepEqual(symbols[2].selectionRange.start, { line: 7, character: 0 });
    assert.equal(symbols[2].selectionRange.end.line, 7);
  });

  it('follows incremental edits: a new heading typed into the city speech appears', async () => {
    const uri = 'file:///city-edit.speech';
    await server.open(uri, corpus('city-clean-government.speech'));
    await server.change(uri, 2, [{ range: { start: { line: 24, character: 0 }, end: { line: 24, character: 0 } }, text: '（四）把廉政文化树起来。' }]);
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols[3].children!.map((s) => s.name.slice(0, 3)), ['（一）', '（二）', '（三）', '（四）']);
    assert.equal(symbols[3].children![3].name, '（四）把廉政文化树起来');
  });

  it('outlines the county speech with its 一要…五要 items', async () => {
    const uri = 'file:///county.speech';
    await server.open(uri, corpus('county-review.speech'));
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].name, '在各县（区）政府（管委会）半年党风廉政建设工作汇报暨廉政恳谈会上的讲话');
    assert.equal(symbols[0].range.start.line, 0);
    assert.equal(symbols.length, 4);
    const items = symbols[2].children!;
    assert.deepEqual(items.map((s) => s.name), ['一要持续优化作风', '二要注重源头防腐', '三要强化执纪问责', '四要加强廉政教育', '五要杜绝“节日腐败”']);
    assert.notEqual(items[0].kind, symbols[2].kind);
  });

  it('folds each section', async () => {
    const uri = 'file:///county-fold.speech';
    await server.open(uri, corpus('county-review.speech'));
    const ranges = await server.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[3, 6], [7, 12], [13, 17]]);
  });

  it('answers for an unknown document with nothing rather than an error', async () => {
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///never-opened.speech' } });
    assert.deepEqual(symbols, []);
  });
});
