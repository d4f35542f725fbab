/**
 * The command line on a folder: 1,000 speeches of about 10,000 characters each (the benchmark's
 * document, every tenth with a skipped ordinal), checked by `node dist/cli.js` as a process, end to
 * end (start, reading, checks, report): `npm run bench:cli`. The limit is 10 s (the exit status is 1
 * above it); the figures go to bench/cli-results.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildDocument } from './content';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const FILES = Number(process.env.BENCH_CLI_FILES ?? 1000);
const SIZE = Number(process.env.BENCH_CLI_SIZE ?? 10_000);
const LIMIT_S = 10;
const RUNS = 3;

function main(): void {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const folder = mkdtempSync(join(tmpdir(), 'speech-bench-cli-'));
  try {
    const { speech } = buildDocument(SIZE);
    const slipped = speech.replace('（二）第2个方面', '（三）第2个方面');
    for (let i = 0; i < FILES; i++) {
      const sub = join(folder, `meeting-${Math.floor(i / 100)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `speech-${i}.speech`), i % 10 === 0 ? slipped : speech);
    }
    const seconds: number[] = [];
    let problems = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const result = spawnSync(process.execPath, [CLI, '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
      seconds.push((performance.now() - start) / 1000);
      if (result.status !== 1) throw new Error(`expected exit status 1 (problems found), got ${result.status}: ${result.stderr}`);
      problems = (JSON.parse(result.stdout) as unknown[]).length;
    }
    const median = seconds.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
    const line = `speech-check: ${FILES.toLocaleString('en-US')} speeches × ${speech.length.toLocaleString('en-US')} characters checked in ${median.toFixed(2)} s`
      + ` (median of ${RUNS}; limit ${LIMIT_S} s; ${problems} problems found)`;
    console.log(`Machine: ${machine}\n${line}`);
    writeFileSync(join(__dirname, 'cli-results.json'), JSON.stringify({
      machine, date: new Date().toISOString(), files: FILES, characters: speech.length, seconds: median, runs: seconds, problems,
    }, null, 2) + '\n');
    if (median > LIMIT_S) process.exitCode = 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
