// `npm run test:electron`: the integration suite in VS Code desktop, downloaded by
// @vscode/test-electron. Needs internet access to the VS Code update service; where there is none,
// the end-to-end suite (test/e2e) runs the extension in the web VS Code instead.
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist', 'test', 'integration', 'suite.js'),
    launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`integration suite failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
