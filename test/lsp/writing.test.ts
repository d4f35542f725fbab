import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

const TEXT = ['在大会上的讲话', '同志们：', '下面，我讲两点意见。', '一、甲', '（一）子', '（二）丑。正文正文。', '', '二、乙', '主要表现为：一是甲。二是乙。三'].join('\n');

describe('completion, hover and statistics over stdio', () => {
  let server: ServerProcess;
  const uri = 'file:///writing.speech';
  before(async () => {
    server = await startServer({ locale: 'zh-cn', capabilities: PULL_CLIENT, settings: { speakingRate: 100, snippets: { 结束语: '同志们，${1}' } } });
    // The server asks for its settings after `initialized` and then asks the client to pull again.
    await server.waitFor(() => server.refreshes > 0);
    await server.open(uri, TEXT);
  });
  after(async () => { await server.stop(); });

  const complete = async (line: number, character: number) => {
    const result = await server.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    return Array.isArray(result) ? result : result.items;
  };

  it('announces completion with the ordinal characters as triggers, and hover', () => {
    const caps = server.initializeResult.capabilities;
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('（'));
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('三'));
    assert.equal(caps.hoverProvider, true);
  });

  it('offers （三） first on the blank line after （二）, then 二、, then the author’s phrase', async () => {
    const items = (await complete(6, 0)).sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['（三）', '二、']);
    assert.ok(items.some((i) => i.label === '结束语'));
  });

  it('offers 三是 inside …一是…。二是…。三', async () => {
    const items = await complete(8, 15);
    assert.deepEqual(items.filter((i) => i.kind !== 15).map((i) => i.label).slice(0, 1), ['三是']);
  });

  it('hovers a heading with its path and figures at the configured rate', async () => {
    const h = await server.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 2 } });
    assert.equal((h.contents as { value: string }).value.replace(/\\(.)/g, '$1'), '**一、甲 › （二）丑**\n\n10字 · 讲话约半分钟');
  });

  it('answers speech/statistics for the document and for a selection', async () => {
    const s = await server.request<{ characters: number; minutes: number; sections?: { name: string }[]; selection?: { characters: number } }>('speech/statistics', {
      textDocument: { uri }, selections: [{ start: { line: 3, character: 0 }, end: { line: 4, character: 4 } }], sections: true,
    });
    assert.equal(s.characters, 7 + 4 + 10 + 3 + 4 + 10 + 3 + 15);
    assert.equal(s.minutes, 0.5);
    assert.deepEqual(s.sections!.map((x) => x.name), ['一、甲', '（一）子', '（二）丑', '二、乙']);
    assert.equal(s.selection?.characters, 3 + 4);
  });

  it('answers null for a document it does not have', async () => {
    assert.equal(await server.request('speech/statistics', { textDocument: { uri: 'file:///none.speech' } }), null);
  });
});
