/**
 * The manifest and what the packaged extension ships.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsZh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'));

describe('manifest', () => {
  it('ships only the bundles, grammar, configuration, manifest, translations and documents', () => {
    const result = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const files = result.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/client.js', 'dist/server.js', 'images/icon.png',
      'l10n/bundle.l10n.zh-cn.json', 'language-configuration.json', 'package.json', 'package.nls.json',
      'package.nls.zh-cn.json', 'syntaxes/speech.tmLanguage.json',
    ]);
  });

  it('translates every %key% of the manifest into English and Chinese', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length >= 4);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsZh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nls).sort(), Object.keys(nlsZh).sort());
  });

  it('declares the speech language for .speech and *.speech.txt and its defaults for Chinese prose', () => {
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'speech');
    assert.deepEqual(language.extensions, ['.speech']);
    assert.deepEqual(language.filenamePatterns, ['*.speech.txt']);
    const defaults = manifest.contributes.configurationDefaults['[speech]'];
    assert.equal(defaults['editor.wordWrap'], 'on');
    assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
  });

  it('auto-closes the Chinese pairs', () => {
    const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
    const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    assert.deepEqual(pairs.sort(), ['“”', '‘’', '（）', '《》', '〔〕', '【】'].sort());
  });

  it('translates every message of the client and the server into Chinese', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
    const sourceFiles = ['client/src', 'server/src'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(root, dir, f)));
    const sources = sourceFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    const messages = [...sources.matchAll(/l10n\.t\('([^']+)'/g)].map((m) => m[1]);
    assert.ok(messages.length >= 3);
    for (const message of messages) assert.ok(bundle[message], `no Chinese for "${message}"`);
  });
});
