/**
 * The integration suite (test/integration/suite.ts: the `vscode` API — document symbols, diagnostics,
 * code actions, completion) run in a real VS Code's extension host, here the web VS Code's server
 * (see runIntegrationSuite). The same suite runs in VS Code desktop with `npm run test:electron`
 * where VS Code can be downloaded.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { missingEnvironment, root, runIntegrationSuite } from './workbench';

describe('the integration suite in the extension host of a real VS Code', { skip: missingEnvironment(), timeout: 300_000 }, () => {
  it('passes every test', async () => {
    const results = join(root, 'test-results', 'integration.json');
    rmSync(results, { force: true });
    const logged = await runIntegrationSuite(results);
    const outcome = JSON.parse(readFileSync(results, 'utf8')) as { name: string; error?: string }[];
    assert.ok(outcome.length >= 4, `ran ${outcome.length} tests`);
    assert.deepEqual(outcome.filter((t) => t.error), [], logged.join('\n'));
  });
});
