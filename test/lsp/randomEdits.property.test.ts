/**
 * Random incremental edits (fast-check) against the real server: after any sequence of inserts and
 * deletions — line breaks of every kind, ordinals, series words, surrogate pairs — the outline and
 * the diagnostics equal those of a fresh open of the same final text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

const FRAGMENTS = [
  '一、', '二、', '三、', '（一）', '（二）', '(三)', '1.', '2. ', '（1）', '①', '②', '一要', '二要', '一是', '二是', '第一，', '第二，',
  '我讲三点意见。', '同志们：', '同志们，', '在大会上的讲话', '甲', '乙乙', '。', '，', ',', '“', '”', ' ', '\u3000', 'XX', '岀', '😀',
  '\n', '\r\n', '\r', '\n\n',
];
const fragment = fc.constantFrom(...FRAGMENTS);
const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
/**
 * An edit as fractions of the current text (so it always lands inside it) and what it inserts; and
 * whether the editor asks for the outline right after it, as it does while one types.
 */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 6 }),
  insert: fc.array(fragment, { maxLength: 3 }).map((p) => p.join('')),
  ask: fc.boolean(),
});

describe('random incremental edits over stdio', { timeout: 300_000 }, () => {
  let server: ServerProcess;
  before(async () => { server = await startServer({ capabilities: PULL_CLIENT }); });
  after(async () => { await server.stop(); });

  it('end with the same outline and diagnostics as a fresh open', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(text, fc.array(edit, { minLength: 1, maxLength: 30 }), async (initial, edits) => {
      run++;
      const edited = `file:///edited-${run}.speech`;
      const fresh = `file:///fresh-${run}.speech`;
      let document = TextDocument.create(edited, 'speech', 1, initial);
      await server.open(edited, initial, 1);
      for (const { at, length, insert, ask } of edits) {
        const start = Math.floor(at * document.getText().length);
        const end = Math.min(document.getText().length, start + length);
        const range = { start: document.positionAt(start), end: document.positionAt(end) };
        const change = { range, text: insert };
        document = TextDocument.update(document, [change], document.version + 1);
        await server.change(edited, document.version, [change]);
        if (ask) await server.request('textDocument/documentSymbol', { textDocument: { uri: edited } });
      }
      await server.open(fresh, document.getText(), 1);
      const ask = async (uri: string) => {
        const textDocument = { uri };
        const [symbols, report] = await Promise.all([
          server.request('textDocument/documentSymbol', { textDocument }),
          server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument }),
        ]);
        // Diagnostics carry their document version in `data`; the two documents differ only there.
        const diagnostics = (report as { items: { data?: { version?: number } }[] }).items.map((d) => ({ ...d, data: { ...d.data, version: 0 } }));
        return { symbols, diagnostics };
      };
      assert.deepEqual(await ask(edited), await ask(fresh), JSON.stringify(document.getText()));
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: edited } });
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
    }), { numRuns: 150 });
  });
});
