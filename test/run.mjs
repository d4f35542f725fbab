// Runs the test suites with Node's test runner: `node test/run.mjs [unit|grammar|lsp|e2e ...]`.
// With no argument it runs unit, grammar and lsp, and e2e when its environment is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const all = ['unit', 'grammar', 'lsp', 'e2e'];
const asked = process.argv.slice(2);
const suites = asked.length > 0 ? asked : all;

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const files = suites.flatMap((suite) => testFiles(join(root, 'test', suite))).sort();
if (files.length === 0) {
  console.error(`no test files for: ${suites.join(', ')}`);
  process.exit(1);
}
// Each end-to-end file starts a VS Code and a browser of its own: they run one at a time, so that
// no file's clicks and keys wait on another's start-up; the other suites run side by side.
const e2e = join(root, 'test', 'e2e');
const groups = [[files.filter((f) => !f.startsWith(e2e)), []], [files.filter((f) => f.startsWith(e2e)), ['--test-concurrency=1']]];
let status = 0;
for (const [group, flags] of groups) {
  if (group.length === 0) continue;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...flags, '--test-reporter=spec', ...group], { stdio: 'inherit', cwd: root });
  status ||= result.status ?? 1;
}
process.exit(status);
