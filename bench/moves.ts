/**
 * `npm run bench:moves`: how long a move takes on a 1,000,000-character speech, over stdio as the
 * editor asks for it. The server (`dist/server.js --stdio`) opens the speech, then each round moves
 * a level-1 section near the middle down (`speech/move`), the client applies the edit as the editor
 * does, and asks again for the new version; the figure is the median time from request to answer,
 * which must stay under 100 ms. Also the time of the 提纲 view's request (`speech/outline`).
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { buildDocument } from './content';
import { SERVER_NODE_OPTIONS } from '../server/src/protocol';

const root = join(__dirname, '..');
const SIZE = Number(process.env.BENCH_MOVE_SIZE ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_MOVE_ROUNDS ?? 15);
const LIMIT_MS = 100;

type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const script = join(root, 'dist', 'server.js');
  if (!existsSync(script)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, script, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
  connection.sendNotification('initialized', {});
  const { speech } = buildDocument(SIZE);
  const lines = speech.split('\n');
  const uri = 'file:///bench/moves.speech';
  let version = 1;
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version, text: speech } });
  const moves: number[] = [];
  const outlines: number[] = [];
  let line = lines.findIndex((text, i) => i > lines.length / 2 && /^[一二三四五六七八九十百]+、/.test(text));
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    await connection.sendRequest('speech/outline', { textDocument: { uri } });
    outlines.push(performance.now() - start);
    start = performance.now();
    const result = await connection.sendRequest<{ line: number; documentChanges: { edits: Edit[] }[] } | null>('speech/move', { textDocument: { uri, version }, line, move: 'down' });
    moves.push(performance.now() - start);
    if (!result) throw new Error(`no move of line ${line}`);
    const edits = result.documentChanges[0].edits;
    for (const edit of edits) {
      const text = lines[edit.range.start.line];
      lines[edit.range.start.line] = text.slice(0, edit.range.start.character) + edit.newText + text.slice(edit.range.end.character);
    }
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
    line = result.line;
  }
  const figures = { characters: speech.length, rounds: ROUNDS, moveMs: median(moves), outlineMs: median(outlines), limitMs: LIMIT_MS };
  console.log(`A move on a ${speech.length.toLocaleString('en-US')}-character speech: median ${figures.moveMs.toFixed(1)} ms (limit ${LIMIT_MS} ms); the 提纲 view's request: ${figures.outlineMs.toFixed(1)} ms; ${ROUNDS} rounds`);
  writeFileSync(join(__dirname, 'moves.json'), JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2) + '\n');
  connection.dispose();
  child.kill();
  if (figures.moveMs >= LIMIT_MS) process.exit(1);
}

main().catch((error) => { console.error(error); process.exit(1); });
