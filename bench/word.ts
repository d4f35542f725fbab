/**
 * `npm run bench` (its own section): Word export and import of a 100,000-character speech through
 * `dist/server.js --stdio`, as the commands use them (`speech/exportDocx`, `speech/importDocx`).
 * Prints a small table and writes bench/word-results.json; fails when the import does not give
 * back the speech's text.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { buildDocument } from './content';

const root = join(__dirname, '..');
const SIZE = Number(process.env.BENCH_WORD_SIZE ?? 100_000);
const RUNS = Number(process.env.BENCH_WORD_RUNS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const script = join(root, 'dist', 'server.js');
  if (!existsSync(script)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const child = spawn(process.execPath, [script, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onNotification(() => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'zh-cn', capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  const text = buildDocument(SIZE).speech;
  const uri = 'file:///bench/word.speech';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });

  const rows: { profile: string; exportMs: number; importMs: number; kB: number }[] = [];
  for (const profile of ['gbt9704', 'reading']) {
    const exports: number[] = [];
    const imports: number[] = [];
    let data = '';
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      data = ((await connection.sendRequest('speech/exportDocx', { textDocument: { uri }, profile })) as { data: string }).data;
      exports.push(performance.now() - start);
      start = performance.now();
      const back = (await connection.sendRequest('speech/importDocx', { data })) as { text: string };
      imports.push(performance.now() - start);
      if (back.text !== text) throw new Error(`${profile}: the import did not give back the speech's text`);
    }
    rows.push({ profile, exportMs: median(exports), importMs: median(imports), kB: Math.round(data.length * 3 / 4 / 1024) });
  }
  child.kill();
  const table = ['| characters | profile | export ms | import ms | .docx KB |', '|---:|---|---:|---:|---:|',
    ...rows.map((row) => `| ${text.length.toLocaleString('en-US')} | ${row.profile} | ${row.exportMs.toFixed(0)} | ${row.importMs.toFixed(0)} | ${row.kB} |`)].join('\n');
  console.log(`\nWord export and import (median of ${RUNS}, through the server over stdio)\n\n${table}`);
  writeFileSync(join(__dirname, 'word-results.json'), JSON.stringify({ date: new Date().toISOString(), characters: text.length, runs: RUNS, rows }, null, 2) + '\n');
}

main().catch((error) => { console.error(error); process.exit(1); });
