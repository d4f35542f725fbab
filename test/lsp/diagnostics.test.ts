import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

/** A skip, a form unlike the document's other （二）, and a count that the list after it does not match. */
const BROKEN = ['一、甲', '二、乙', '四、丁', '(一)子', '（二）丑', '我讲三点意见：一是甲；二是乙。'].join('\n');

async function pull(server: ServerProcess, uri: string): Promise<Diagnostic[]> {
  const report = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return (report as { items: Diagnostic[] }).items;
}

describe('diagnostics and fixes over stdio (pull client)', () => {
  let server: ServerProcess;
  before(async () => { server = await startServer({ locale: 'zh-cn', capabilities: PULL_CLIENT }); });
  after(async () => { await server.stop(); });

  it('announces pull diagnostics and code actions', () => {
    const caps = server.initializeResult.capabilities;
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'speech', interFileDependencies: false, workspaceDiagnostics: false });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.speech', 'source.renumber.speech', 'refactor.move.speech', 'refactor.rewrite.speech'], resolveProvider: true });
  });

  it('reports each break with its code and a Chinese message', async () => {
    const uri = 'file:///broken.speech';
    await server.open(uri, BROKEN);
    const items = await pull(server, uri);
    assert.deepEqual(items.map((d) => [d.range.start.line, d.code]), [[2, 'numbering.skip'], [3, 'numbering.style'], [5, 'count.mismatch']]);
    assert.equal(items[0].message, '序号跳号：上一项为“二”，此处应为“三”，实为“四”');
  });

  it('fixes a skip through a quick fix whose edit carries the version', async () => {
    const uri = 'file:///fix.speech';
    await server.open(uri, BROKEN, 5);
    const items = await pull(server, uri);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: items[0].range, context: { diagnostics: [items[0]], only: ['quickfix'] },
    });
    assert.equal(actions[0].title, '从此项起重新编号本组');
    const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 5 });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'speech', 5, BROKEN), change.edits as TextEdit[]);
    assert.equal(fixed.split('\n')[2], '三、丁');
  });

  it('offers no fix for diagnostics computed before the latest change', async () => {
    const uri = 'file:///stale.speech';
    await server.open(uri, BROKEN, 1);
    const stale = await pull(server, uri);
    await server.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: stale[0].range, context: { diagnostics: stale, only: ['quickfix'] },
    });
    assert.deepEqual(actions, []);
  });

  it('fixes everything but the count with source.fixAll.speech', async () => {
    const uri = 'file:///all.speech';
    await server.open(uri, BROKEN, 9);
    const [action] = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 9 });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'speech', 9, BROKEN), change.edits as TextEdit[]);
    assert.equal(fixed, ['一、甲', '二、乙', '三、丁', '（一）子', '（二）丑', '我讲三点意见：一是甲；二是乙。'].join('\n'));
  });

  it('reports the text checks in Chinese and fixes the certain ones with source.fixAll.speech', async () => {
    const uri = 'file:///text.speech';
    const text = ['二、重点领域,紧盯。。突岀', 'XX市“四个意识 '].join('\n');
    await server.open(uri, text, 4);
    const items = await pull(server, uri);
    assert.deepEqual(items.map((d) => [d.range.start.line, d.range.start.character, d.code]), [
      [0, 0, 'numbering.start'], [0, 6, 'text.halfwidthPunctuation'], [0, 9, 'text.repeatedPunctuation'], [0, 12, 'text.variantGlyph'],
      [1, 0, 'text.placeholder'], [1, 3, 'text.unbalancedPair'], [1, 8, 'text.trailingSpace'],
    ]);
    assert.equal(items[1].message, '中文里用了半角“,”：应写作全角“，”');
    assert.equal(items[4].message, '占位符“XX”尚未填写：请换成实际的名称、数字或内容');
    const [action] = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(action.title, '修正全部编号问题和可确定的文字问题');
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 4 });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'speech', 4, text), change.edits as TextEdit[]);
    assert.equal(fixed, ['一、重点领域，紧盯。突出', 'XX市“四个意识'].join('\n'));
  });

  it('accepts the allowed words of the settings', async () => {
    const uri = 'file:///allowed.speech';
    await server.open(uri, '某某局长和张 三出席，讲了话。');
    assert.deepEqual((await pull(server, uri)).map((d) => d.code), ['text.placeholder', 'text.cjkSpace']);
    server.settings = { diagnostics: { allow: ['某某', '张 三'] } };
    const before = server.refreshes;
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.waitFor(() => server.refreshes > before);
    assert.deepEqual(await pull(server, uri), []);
    server.settings = null;
  });

  it('follows the settings and asks the client to pull again when they change', async () => {
    const uri = 'file:///settings.speech';
    await server.open(uri, BROKEN);
    server.settings = { diagnostics: { severity: { 'numbering.skip': 'off', 'numbering.style': 'error' } } };
    const before = server.refreshes;
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.waitFor(() => server.refreshes > before);
    const items = await pull(server, uri);
    assert.deepEqual(items.map((d) => [d.code, d.severity]), [['numbering.style', 1], ['count.mismatch', 2]]);
  });

  it('falls back to defaults for bad settings and says so once', async () => {
    const uri = 'file:///bad-settings.speech';
    await server.open(uri, BROKEN);
    server.settings = { diagnostics: { enable: 'yes', severity: { 'numbering.skip': 'loud', 'no.such': 'off' } }, numbering: { level3Separator: 7 } };
    const before = server.refreshes;
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.waitFor(() => server.refreshes > before);
    const warnings = server.logs.filter((l) => l.startsWith('部分设置无效'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /numbering\.skip.*"loud"/);
    assert.match(warnings[0], /unknown code "no\.such"/);
    assert.match(warnings[0], /level3Separator/);
    const items = await pull(server, uri);
    assert.deepEqual(items.map((d) => d.code), ['numbering.skip', 'numbering.style', 'count.mismatch']);
    server.settings = null;
  });
});

describe('diagnostics over stdio (push client)', () => {
  let server: ServerProcess;
  before(async () => { server = await startServer({ capabilities: { textDocument: {} } }); });
  after(async () => { await server.stop(); });

  it('pushes diagnostics for the latest version, in English', async () => {
    const uri = 'file:///push.speech';
    await server.open(uri, BROKEN, 1);
    await server.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '三' }]);
    await server.waitFor(() => server.published.get(uri)?.version === 2);
    const { diagnostics } = server.published.get(uri)! as { diagnostics: Diagnostic[] };
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.code]), [[1, 'numbering.skip'], [3, 'numbering.style'], [5, 'count.mismatch']]);
    assert.equal(diagnostics[0].message, 'Numbering skips: the previous item is “一”, so this should be “二”; found “三”');
  });

  it('clears them when the document closes', async () => {
    const uri = 'file:///push-close.speech';
    await server.open(uri, BROKEN);
    await server.waitFor(() => (server.published.get(uri)?.diagnostics.length ?? 0) > 0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await server.waitFor(() => server.published.get(uri)?.diagnostics.length === 0);
  });
});
