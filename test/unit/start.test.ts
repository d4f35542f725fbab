import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { copyMissingSamples, START_SETTINGS, startAddress, writeStartSettings } from '../../scripts/workspace.mjs';

describe('npm start’s working folder', () => {
  const base = mkdtempSync(join(tmpdir(), 'speech-start-'));
  after(() => rmSync(base, { recursive: true, force: true }));
  const samples = join(base, 'samples');
  const folder = join(base, 'work');
  mkdirSync(samples);
  writeFileSync(join(samples, 'a.speech'), '示例甲');
  writeFileSync(join(samples, 'b.speech'), '示例乙');

  it('copies the samples the first time, and on a restart keeps what the author wrote', () => {
    assert.deepEqual(copyMissingSamples(samples, folder), ['a.speech', 'b.speech']);
    writeFileSync(join(folder, 'a.speech'), '作者改过的稿子');
    writeFileSync(join(folder, 'mine.speech'), '作者自己的讲话稿');
    rmSync(join(folder, 'b.speech'));
    assert.deepEqual(copyMissingSamples(samples, folder), ['b.speech']);
    assert.equal(readFileSync(join(folder, 'a.speech'), 'utf8'), '作者改过的稿子');
    assert.equal(readFileSync(join(folder, 'mine.speech'), 'utf8'), '作者自己的讲话稿');
    assert.deepEqual(readdirSync(folder).sort(), ['a.speech', 'b.speech', 'mine.speech']);
  });

  it('starts quietly in Chinese, keeping the author’s own settings', () => {
    const file = join(base, 'settings.json');
    writeFileSync(file, JSON.stringify({ 'speech.speakingRate': 150, 'speech.locale': 'en' }));
    writeStartSettings(file);
    const settings = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(settings['speech.speakingRate'], 150);
    assert.equal(settings['speech.locale'], 'en');
    assert.equal(settings['git.openRepositoryInParentFolders'], 'never');
    assert.equal(settings['chat.disableAIFeatures'], true);
    assert.equal(START_SETTINGS['speech.locale'], 'zh-cn');
  });
});

describe('the address npm start prints', () => {
  it('opens the working folder with the file in an editor, whatever the characters of its name', () => {
    const address = new URL(startAddress(8080, '/tmp/我的 稿子', '/tmp/我的 稿子/县#1 述职.speech'));
    assert.equal(address.origin, 'http://127.0.0.1:8080');
    assert.equal(address.searchParams.get('folder'), '/tmp/我的 稿子');
    const [[kind, file]] = JSON.parse(address.searchParams.get('payload') ?? '[]');
    assert.equal(kind, 'openFile');
    const uri = new URL(file);
    assert.equal(uri.protocol, 'vscode-remote:');
    assert.equal(uri.host, '127.0.0.1:8080');
    assert.equal(decodeURIComponent(uri.pathname), '/tmp/我的 稿子/县#1 述职.speech');
  });
});
