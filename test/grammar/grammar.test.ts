/**
 * The TextMate grammar, loaded through package.json's contributes.grammars (so a wrong path fails):
 * assertion cases with vscode-tmgrammar-test, and snapshots of both corpus speeches.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: root, encoding: 'utf8' });

describe('grammar', () => {
  it('is generated from scripts/grammar.mjs', () => {
    const result = run(process.execPath, ['scripts/grammar.mjs', '--check']);
    assert.equal(result.status, 0, result.stderr);
  });

  it('passes every assertion case', () => {
    const result = run(bin('vscode-tmgrammar-test'), ['--compact', 'test/grammar/cases/*.speech']);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('matches the snapshots of the corpus speeches', () => {
    const result = run(bin('vscode-tmgrammar-snap'), ['test/grammar/snap/*.speech']);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
