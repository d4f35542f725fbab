import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../unit/util';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

const TEXT = ['在全市工作会议上的讲话', '同志们：', '一、提高认识', '（一）看形势', '二、突出重点', '（一）抓项目', '（二）抓改革', '三、狠抓落实'].join('\n');

describe('moves over stdio', () => {
  let server: ServerProcess;
  const uri = 'file:///moves.speech';
  before(async () => {
    server = await startServer({ locale: 'zh-cn', capabilities: PULL_CLIENT });
    await server.waitFor(() => server.refreshes > 0);
    await server.open(uri, TEXT, 5);
  });
  after(async () => { await server.stop(); });

  const actionsAt = (line: number, only?: string[]) => server.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [], only },
  });

  it('offers the moves of a heading as refactorings in Chinese, and resolves one to an edit for this version', async () => {
    assert.ok(server.initializeResult.capabilities.codeActionProvider);
    const actions = await actionsAt(4, ['refactor']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [
      ['上移本节（Alt+Shift+↑）', 'refactor.move.speech'], ['下移本节（Alt+Shift+↓）', 'refactor.move.speech'], ['降级（Alt+Shift+→）', 'refactor.rewrite.speech'],
    ]);
    const resolved = await server.request<CodeAction>('codeAction/resolve', actions[1]);
    const change = resolved.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 5 });
    assert.equal(applyEdits(TEXT, change.edits as TextEdit[]), ['在全市工作会议上的讲话', '同志们：', '一、提高认识', '（一）看形势', '二、狠抓落实', '三、突出重点', '（一）抓项目', '（二）抓改革'].join('\n'));
    assert.deepEqual(await actionsAt(2, ['quickfix']), []);
    assert.deepEqual((await actionsAt(2, ['refactor'])).map((a) => a.title), ['下移本节（Alt+Shift+↓）']);
  });

  it('answers speech/move and speech/outline, and refuses an edit for an older version', async () => {
    const outline = await server.request<{ version: number; title: string; nodes: { name: string; moves: string[] }[] }>('speech/outline', { textDocument: { uri } });
    assert.equal(outline.title, '在全市工作会议上的讲话');
    assert.deepEqual(outline.nodes.map((n) => [n.name, n.moves]), [['一、提高认识', ['down']], ['二、突出重点', ['up', 'down', 'demote']], ['三、狠抓落实', ['up', 'demote']]]);
    const edit = await server.request<{ documentChanges: TextDocumentEdit[] }>('speech/move', { textDocument: { uri, version: 5 }, line: 7, target: { line: 2, as: 'child' } });
    assert.equal(applyEdits(TEXT, edit.documentChanges[0].edits as TextEdit[]), ['在全市工作会议上的讲话', '同志们：', '一、提高认识', '（一）看形势', '（二）狠抓落实', '二、突出重点', '（一）抓项目', '（二）抓改革'].join('\n'));
    const actions = await actionsAt(4, ['refactor']);
    await server.change(uri, 6, [{ range: { start: { line: 7, character: 6 }, end: { line: 7, character: 6 } }, text: '。' }]);
    assert.equal(await server.request('speech/move', { textDocument: { uri, version: 5 }, line: 4, move: 'down' }), null);
    const stale = await server.request<CodeAction>('codeAction/resolve', actions[1]);
    assert.equal(stale.edit, undefined);
    assert.equal(await server.request('speech/move', { textDocument: { uri, version: 6 }, line: 2, move: 'up' }), null);
    assert.ok(await server.request('speech/move', { textDocument: { uri, version: 6 }, line: 2, move: 'down' }));
  });
});
