/**
 * Settings read per document folder: the server asks `workspace/configuration` with each document's
 * uri as `scopeUri`, keeps the answer until the document closes or the settings change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

const BROKEN = ['一、甲', '二、乙', '四、丁'].join('\n');

async function pull(server: ServerProcess, uri: string): Promise<[unknown, unknown][]> {
  const report = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  return (report as { items: Diagnostic[] }).items.map((d) => [d.code, d.severity]);
}

describe('settings per folder over stdio', () => {
  let server: ServerProcess;
  const asked: (string | undefined)[] = [];
  let folderB: unknown = { diagnostics: { severity: { 'numbering.skip': 'error' } } };
  const folderA = { diagnostics: { severity: { 'numbering.skip': 'off' } } };
  const inA = 'file:///work/a/one.speech';
  const inB = 'file:///work/b/two.speech';

  before(async () => {
    server = await startServer({ capabilities: PULL_CLIENT });
    server.settings = (scopeUri: string | undefined) => {
      asked.push(scopeUri);
      return scopeUri?.startsWith('file:///work/a/') ? folderA : folderB;
    };
  });
  after(async () => { await server.stop(); });

  it('reports each document with the settings of its own folder', async () => {
    await server.open(inA, BROKEN);
    await server.open(inB, BROKEN);
    assert.deepEqual(await pull(server, inA), []);
    assert.deepEqual(await pull(server, inB), [['numbering.skip', 1]]);
    assert.deepEqual(asked.slice().sort(), [inA, inB], 'asked once for each document, with its uri');
  });

  it('reads a folder’s settings again when they change, and a closed document’s when it opens again', async () => {
    folderB = { diagnostics: { severity: { 'numbering.skip': 'hint' } } };
    const before = server.refreshes;
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.waitFor(() => server.refreshes > before);
    assert.deepEqual(await pull(server, inB), [['numbering.skip', 4]]);
    assert.deepEqual(await pull(server, inA), []);
    asked.length = 0;
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: inA } });
    await server.open(inA, BROKEN, 2);
    assert.deepEqual(await pull(server, inA), []);
    assert.deepEqual(asked, [inA]);
  });
});

describe('settings of a client that cannot be asked', () => {
  let server: ServerProcess;
  before(async () => { server = await startServer({ capabilities: { textDocument: {} } }); });
  after(async () => { await server.stop(); });

  it('uses the settings it pushes for every document', async () => {
    const uri = 'file:///work/pushed.speech';
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speech: { diagnostics: { severity: { 'numbering.skip': 'error' } } } } });
    await server.open(uri, BROKEN);
    await server.waitFor(() => server.published.get(uri) !== undefined);
    assert.deepEqual((server.published.get(uri)!.diagnostics as Diagnostic[]).map((d) => [d.code, d.severity]), [['numbering.skip', 1]]);
  });
});
