/**
 * The manifest and what the packaged extension ships.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { COMMANDS } from '../../server/src/protocol';
import { RESTRUCTURE_COMMANDS } from '../../server/src/protocol';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsZh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'));

describe('manifest', () => {
  it('packages, shipping only the bundles, grammar, configuration, manifest, translations and documents', () => {
    // The same vsce flags as `npm run package`, into a temporary file; vsce runs `vscode:prepublish`
    // first, so this builds the production bundles it ships and needs no earlier build.
    const flags = manifest.scripts.package.split('vsce package')[1].replace(/--out \S+/, '').trim().split(/\s+/);
    const out = join(mkdtempSync(join(tmpdir(), 'speech-vsix-')), 'test.vsix');
    const result = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), ['package', ...flags, '--out', out], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const files = zipEntries(readFileSync(out)).filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length)).sort();
    assert.deepEqual(files, [
      'LICENSE.txt', 'changelog.md', 'dist/client.js', 'dist/server.js', 'images/icon.png',
      'l10n/bundle.l10n.zh-cn.json', 'language-configuration.json', 'package.json', 'package.nls.json',
      'package.nls.zh-cn.json', 'readme.md', 'syntaxes/speech.tmLanguage.json',
    ]);
    // One client and one server serve both hosts (Node and browser): a download that stays small.
    assert.ok(statSync(out).size < 400 * 1024, `the .vsix is ${statSync(out).size} bytes`);
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
    assert.equal(defaults['editor.unicodeHighlight.invisibleCharacters'], false);
  });

  it('claims only the categories it serves: a language, with checks and a formatter', () => {
    assert.deepEqual(manifest.categories, ['Programming Languages', 'Linters', 'Formatters']);
  });

  it('builds for production whenever it is packaged, so no development bundle is shipped', () => {
    assert.equal(manifest.scripts['vscode:prepublish'], 'node esbuild.mjs --production');
    assert.doesNotMatch(manifest.scripts.build, /integration/);
  });

  it('declares that it runs nothing from the workspace and reads only open documents', () => {
    assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    // Activation is VS Code's implicit onLanguage:speech, so nothing runs before a speech opens.
    assert.deepEqual(manifest.activationEvents, []);
  });

  it('declares speech.diagnostics.severity, its defaults and descriptions as the table of checks says', async () => {
    // A non-literal specifier: the generator is plain JavaScript, run by Node as the build runs it.
    const generator = await import(pathToFileURL(join(root, 'scripts', 'manifest.mjs')).href);
    const schema = manifest.contributes.configuration.properties['speech.diagnostics.severity'];
    assert.deepEqual(schema, generator.severitySchema(), 'package.json differs from server/src/checks.ts: run npm run manifest');
    for (const [name, text] of Object.entries(generator.generatedFiles() as Record<string, string>)) {
      assert.equal(readFileSync(join(root, name), 'utf8'), text, `${name} differs from server/src/checks.ts: run npm run manifest`);
    }
  });

  it('scopes every setting the server reads to a resource, so that each folder may differ', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { scope: string }>;
    // The trace and the messages' language are the client's, one for the whole server process.
    const serverSettings = Object.entries(properties).filter(([name]) => name !== 'speech.trace.server' && name !== 'speech.locale');
    assert.ok(serverSettings.length >= 7);
    for (const [name, property] of serverSettings) assert.equal(property.scope, 'resource', name);
  });

  it('declares the commands the protocol module names', () => {
    const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    // Every command the protocol names, but the one that carries the server's fixes (not for the palette).
    const commands = Object.values(COMMANDS).filter((command) => command.startsWith('speech.') && command !== COMMANDS.applyVersionedEdit);
    const restructuring = Object.values(RESTRUCTURE_COMMANDS);
    assert.deepEqual(declared, [...commands, ...restructuring].sort());
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

/** The names in a zip archive, read from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}
