/** The command line's pure parts: its arguments, settings files, and where a Word document goes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArguments, wantsChinese } from '../../server/src/cli/arguments';
import { docxPath } from '../../server/src/cli/exportDocx';
import { readSettingsFile, speechSection } from '../../server/src/cli/settingsFile';
import { readSettings } from '../../server/src/settings';

describe('command-line arguments', () => {
  it('reads options in either form, and paths after --', () => {
    const options = parseArguments(['--format=sarif', '--fail-level', 'error', 'talks', '--', '--odd.speech']);
    assert.ok(!('error' in options));
    assert.equal(options.format, 'sarif');
    assert.equal(options.failLevel, 'error');
    assert.deepEqual(options.paths, ['talks', '--odd.speech']);
  });

  it('says what is wrong rather than guessing', () => {
    assert.deepEqual(parseArguments(['--format', 'xml', 'a']), { error: '--format must be one of text, json, sarif; got “xml”' });
    assert.deepEqual(parseArguments(['--config']), { error: '--config needs a value' });
    assert.deepEqual(parseArguments(['-x', 'a']), { error: 'Unknown option -x' });
    assert.deepEqual(parseArguments([]), { error: 'Name the files or folders to check' });
    assert.deepEqual(parseArguments(['--fix', '--outline', 'a']), { error: '--fix and --outline cannot be used together' });
  });

  it('speaks Chinese for a zh locale, from --locale before the environment', () => {
    assert.equal(wantsChinese([], { LANG: 'zh_CN.UTF-8' }), true);
    assert.equal(wantsChinese([], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }), true);
    assert.equal(wantsChinese(['--locale', 'en'], { LANG: 'zh_CN.UTF-8' }), false);
    assert.equal(wantsChinese(['--locale=zh-cn'], {}), true);
    assert.equal(wantsChinese([], {}), false);
  });
});

describe('settings files', () => {
  it('reads the speech.* keys of JSON with comments and trailing commas, the [speech] block over the rest', () => {
    const file = readSettingsFile('{\n // a comment\n "speech.speakingRate": 180,\n "editor.fontSize": 14,\n "[speech]": { "speech.numbering.style": "standard", },\n}');
    assert.deepEqual(file, { values: { 'speech.speakingRate': 180, 'speech.numbering.style': 'standard' }, problems: [] });
    const { settings, problems } = readSettings(speechSection(file.values));
    assert.deepEqual(problems, []);
    assert.equal(settings.speakingRate, 180);
    assert.equal(settings.numberingStyle, 'standard');
  });

  it('nests flat keys as the client sends the section', () => {
    assert.deepEqual(speechSection({ 'speech.diagnostics.enable': false, 'speech.diagnostics.severity': { 'text.cjkSpace': 'off' } }),
      { diagnostics: { enable: false, severity: { 'text.cjkSpace': 'off' } } });
  });

  it('reports a file that is not JSON, with where, and uses the defaults', () => {
    assert.deepEqual(readSettingsFile('{\n  "speech.speakingRate": 180\n  "x": 1 }'), { values: {}, problems: ['not valid JSON at 3:3 (CommaExpected); the defaults are used'] });
    assert.deepEqual(readSettingsFile('[1]').problems, ['expected an object of settings; the defaults are used']);
  });
});

describe('the Word document’s name', () => {
  it('replaces .speech or .speech.txt by .docx, beside the speech', () => {
    assert.equal(docxPath('talks/讲话.speech'), 'talks/讲话.docx');
    assert.equal(docxPath('talks/讲话.speech.txt'), 'talks/讲话.docx');
    assert.equal(docxPath('talks/讲话.txt'), 'talks/讲话.docx');
  });
});
