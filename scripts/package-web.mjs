// `node scripts/package-web.mjs [OUT]`: packs the browser build alone, as a web-only extension — the
// manifest without `main` (and without the scripts, which would build again), the bundles
// and what the manifest points at — so that VS Code can run it only in the browser's web worker
// extension host. Builds the production bundles first (as `npm run package` does). Writes OUT (default
// speech-writer-web.vsix) and prints its path. `npm start -- --web` and test/e2e/browser.test.ts use it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the browser package holds: the bundles (one for both hosts) and what the manifest points at. */
const WEB_FILES = [
  'dist/client.js', 'dist/server.js', 'syntaxes/speech.tmLanguage.json', 'language-configuration.json',
  'package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images/icon.png',
];

export function packageWebOnly(out = join(root, 'speech-writer-web.vsix')) {
  const built = spawnSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the production build failed:\n${built.stdout}\n${built.stderr}`);
  const folder = mkdtempSync(join(tmpdir(), 'speech-web-package-'));
  try {
    for (const file of WEB_FILES) {
      mkdirSync(join(folder, file, '..'), { recursive: true });
      cpSync(join(root, file), join(folder, file));
    }
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    delete manifest.main;
    delete manifest.scripts;
    delete manifest.bin;
    writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
    const vsce = join(root, 'node_modules', '.bin', 'vsce');
    const flags = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', resolve(out)];
    const packed = spawnSync(vsce, flags, { cwd: folder, encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`packaging the browser build failed:\n${packed.stdout}\n${packed.stderr}`);
    return resolve(out);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(packageWebOnly(process.argv[2]));
