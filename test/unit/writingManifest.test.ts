import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS } from '../../server/src/protocol';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

describe('the manifest for writing', () => {
  it('gives Renumber All and Show Section Lengths a key and an entry in the editor title menu of a speech', () => {
    for (const command of [COMMANDS.renumberAll, COMMANDS.showStatistics]) {
      const key = manifest.contributes.keybindings.find((k: { command: string }) => k.command === command);
      assert.ok(key?.key && key.when.includes('editorLangId == speech'), command);
      const title = manifest.contributes.menus['editor/title'].find((m: { command: string }) => m.command === command);
      assert.equal(title?.when, 'editorLangId == speech', command);
    }
  });

  it('declares the settings an author writes with, described in both languages', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(properties['speech.locale'].enum, ['auto', 'zh-cn', 'en']);
    assert.equal(properties['speech.targetMinutes'].default, 0);
    assert.equal(properties['speech.renumberOnSave'].default, false);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = JSON.parse(readFileSync(join(__dirname, '..', '..', file), 'utf8'));
      for (const name of ['locale', 'targetMinutes', 'renumberOnSave']) assert.ok(nls[`configuration.${name}`], `${file}: ${name}`);
    }
  });
});
