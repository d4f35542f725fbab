/**
 * Hostile inputs against the real server process: every feature answers within a bound, nothing is
 * logged as a failure, and the process stays alive.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, startServer, type ServerProcess } from './serverProcess';

/** A deterministic pseudo-random byte source (xorshift), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const lines = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join('\n');

const HOSTILE: [string, string][] = [
  ['an empty file', ''],
  ['a file of only newlines', '\n'.repeat(100_000)],
  ['a million empty lines, CR and CRLF mixed', '\r\n\n\r'.repeat(333_334)],
  ['one line of three million characters', '加强'.repeat(1_500_000)],
  ['one line of three million characters with a problem every six', '领域,紧盯。'.repeat(500_000)],
  ['100,000 headings that all repeat', lines(100_000, () => '一、甲')],
  ['20,000 alternating levels', lines(20_000, (i) => (i % 2 === 0 ? '一、甲' : '①乙'))],
  ['random binary decoded as text', new TextDecoder().decode(randomBytes(1_000_000, 0x2545f491))],
  ['lone surrogates and emoji in headings', lines(2_000, (i) => ['一、\ud800甲', '（二）😀😀', '1. \udc00', '①\ud83d', '二、👍🏽标题', '\udfff（1）'][i % 6])],
  ['CR-only and mixed line endings', '一、甲\r（一）乙\r\n1. 丙\n（1）丁\r\r①戊\n\r'.repeat(5_000)],
  ['numbers past 999 and Arabic numbers of twenty digits', lines(5_000, (i) => ['一千、甲', '九百九十九、乙', '12345678901234567890. 丙', '（12345678901234567890）丁', '第一千零一，戊', '我讲一千点意见。'][i % 6])],
  ['a run of numerals', '一二三四五六七八九十'.repeat(100_000)],
  ['a run of opening brackets', '（'.repeat(1_000_000)],
  ['a run of series words', '一是二是'.repeat(250_000)],
  ['runs of bracketed numerals, ordinals and counts', ['（一'.repeat(300_000), '第一，'.repeat(300_000), '我讲三点'.repeat(250_000), '“'.repeat(1_000_000), 'X'.repeat(1_000_000) + 'A'].join('\n')],
];

/** Every request a keystroke or a glance can trigger must answer within this. */
const BOUND_MS = 20_000;

describe('hostile inputs over stdio', { timeout: 600_000 }, () => {
  let server: ServerProcess;
  before(async () => { server = await startServer({ capabilities: PULL_CLIENT }); });
  after(async () => { await server.stop(); });

  HOSTILE.forEach(([name, text], index) => {
    it(`answers for ${name}`, async () => {
      const uri = `file:///hostile-${index}.speech`;
      const logged = server.logs.length;
      const started = Date.now();
      await server.open(uri, text);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      const middle = { line: Math.floor(lineCount / 2), character: 1 };
      const textDocument = { uri };
      const answers = await Promise.all([
        server.request('textDocument/documentSymbol', { textDocument }),
        server.request('textDocument/foldingRange', { textDocument }),
        server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument }),
        server.request('textDocument/completion', { textDocument, position: middle }),
        server.request('textDocument/completion', { textDocument, position: { line: lineCount - 1, character: 0 } }),
        server.request('textDocument/hover', { textDocument, position: middle }),
        server.request('textDocument/codeAction', { textDocument, range: { start: middle, end: middle }, context: { diagnostics: [], only: ['source.fixAll'] } }),
      ]);
      const elapsed = Date.now() - started;
      assert.ok(elapsed < BOUND_MS, `answered in ${elapsed} ms`);
      const diagnostics = (answers[2] as { items: Diagnostic[] }).items;
      assert.ok(diagnostics.length <= 501, `${diagnostics.length} diagnostics, capped`);
      assert.deepEqual(server.logs.slice(logged).filter((l) => /fail|error/i.test(l)), [], 'nothing failed');
      assert.equal(server.child.exitCode, null, 'the server is alive');
      await server.connection.sendNotification('textDocument/didClose', { textDocument });
    });
  });

  it('still answers after all of them', async () => {
    await server.open('file:///after.speech', '一、甲\n三、乙');
    const report = await server.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: 'file:///after.speech' } });
    assert.deepEqual(report.items.map((d) => d.code), ['numbering.skip']);
  });
});
