/**
 * The integration suite (test/integration/suite.ts: the `vscode` API — document symbols, diagnostics,
 * code actions, completion) run in a real VS Code's extension host, here the web VS Code's server
 * (see runIntegrationSuite). The same suite runs in VS Code desktop with `npm run test:electron`
 * where VS Code can be downloaded.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { missingEnvironment, root, runIntegrationSuite } from './workbench';

/**
 * The names of the suite's tests as its source declares them (`['name', async () => …]` in TESTS):
 * the suite cannot be imported here (it needs the `vscode` module), and a count alone would not
 * notice one test replaced by another or a result file left from an older suite.
 */
function declaredTests(): string[] {
  const source = readFileSync(join(root, 'test', 'integration', 'suite.ts'), 'utf8');
  return [...source.matchAll(/^ {2}\['([^']+)', async \(\) => \{$/gm)].map((m) => m[1]);
}

describe('the integration suite in the extension host of a real VS Code', { skip: missingEnvironment(), timeout: 300_000 }, () => {
  it('passes every test', async () => {
    // The suite's bundle is not part of the product build: built here, from the current sources.
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--integration'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    const results = join(root, 'test-results', 'integration.json');
    rmSync(results, { force: true });
    const logged = await runIntegrationSuite(results);
    const outcome = JSON.parse(readFileSync(results, 'utf8')) as { name: string; error?: string }[];
    const declared = declaredTests();
    assert.ok(declared.length >= 4, `found ${declared.length} tests in the suite's source`);
    assert.deepEqual(outcome.map((t) => t.name), declared);
    assert.deepEqual(outcome.filter((t) => t.error), [], logged.join('\n'));
  });
});
