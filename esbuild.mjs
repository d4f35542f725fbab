// Bundles the extension: `node esbuild.mjs [--production] [--watch]` builds the client and the
// server into dist/; `node esbuild.mjs --integration` builds only the integration suite
// (test/integration/suite.ts), which the tests that run it build for themselves and which is never
// packaged.
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const integration = process.argv.includes('--integration');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

const oneCoreForBothHosts = { conditions: ['browser'], alias: { '@vscode/l10n': fileURLToPath(new URL('./node_modules/@vscode/l10n/dist/browser.js', import.meta.url)), fflate: 'fflate/browser' } };

const product = [
  // One client and one server serve both hosts (package.json's `main` and `browser`): each bundle
  // holds the Node and the browser entry, and loads the one of the host it runs in (client/src/main.ts,
  // server/src/main.ts). The `browser` condition resolves the libraries' browser entries beside their
  // Node ones; the server is a plain script, which Node runs and a worker loads alike. Two libraries
  // pick their Node file for platform 'node' whatever the conditions: @vscode/l10n (its browser file
  // is named in the `browser` field only; the bundles configure it with contents, never a path) and
  // fflate (its Node file loads worker_threads; only its synchronous functions are used). Their
  // browser files run on Node too, so both hosts take them.
  { ...common, ...oneCoreForBothHosts, entryPoints: ['client/src/main.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, ...oneCoreForBothHosts, format: 'iife', entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  // The command line (`speech-check`, package.json's `bin`): never packaged in the extension.
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', mainFields: ['module', 'main'], banner: { js: '#!/usr/bin/env node' } },
];
const suite = [
  { ...common, entryPoints: ['test/integration/suite.ts'], outfile: 'dist/test/integration/suite.js', external: ['vscode'] },
];
const builds = integration ? suite : product;

/**
 * Builds in memory and replaces each output file by a rename, so that a server started while a
 * build runs (the package test builds during the test run) reads the old bundle or the new one,
 * never half of one.
 */
async function buildAtomically(options) {
  const result = await esbuild.build({ ...options, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    // The command line runs as a program (`npx speech-check`).
    if (options.banner && file.path.endsWith('.js')) chmodSync(temporary, 0o755);
    renameSync(temporary, file.path);
  }
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map(buildAtomically));
}
