import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import { parseSpeech } from '../../server/src/speech/parser';
import { defaultSettings, type Settings } from '../../server/src/settings';
import { joinLines } from './util';

/** Version 1's behaviour: every form other than the standard one is a style problem. */
const standard = (): Settings => ({ ...defaultSettings(), numberingStyle: 'standard' });
const diagnose = (text: string, settings: Settings = defaultSettings()) =>
  speechDiagnostics(parseSpeech(text), 1, settings).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.code}`);

describe('numbering diagnostics', () => {
  it('finds nothing in the corpus speeches (their text problems are listed in textChecks.test.ts)', () => {
    for (const name of ['city-clean-government.speech', 'county-review.speech']) {
      const found = diagnose(readFileSync(join(__dirname, '..', '..', 'samples', name), 'utf8')).filter((d) => !d.includes(' text.'));
      assert.deepEqual(found, [], name);
    }
  });

  it('finds nothing in a correct speech with every level, series and count', () => {
    assert.deepEqual(diagnose(joinLines(
      '在大会上的讲话', '同志们：', '下面，我讲两点意见。',
      '一、甲', '要做到三个方面：', '（一）子', '1. 丑', '（1）寅', '①卯', '②辰', '（2）巳', '2. 午', '（二）未', '（三）申',
      '二、乙', '一要甲。', '二要乙。', '主要表现为：一是甲；二是乙。第一，丙；第二，丁。',
    )), []);
  });

  it('reports each kind of break on its own line with its code', () => {
    const text = joinLines(
      '二、首项不是一', // 0 start
      '三、正常', // 1
      '五、跳号', // 2 skip
      '五、重复', // 3 duplicate
      '四、倒序', // 4 order
      '(一)半角括号', // 5 style
      '（二）正常', // 6
      '一要甲。', // 7
      '二是乙。', // 8 mixedSeries
      '主要：一是甲；三是丙。', // 9 inline skip
      '下面讲三点：一是甲；二是乙。', // 10 count.mismatch
    );
    assert.deepEqual(diagnose(text), [
      '0:0-2 numbering.start', '2:0-2 numbering.skip', '3:0-2 numbering.duplicate', '4:0-2 numbering.order',
      '5:0-3 numbering.style', '8:0-2 numbering.mixedSeries', '9:7-9 numbering.skip', '10:3-5 count.mismatch',
    ]);
  });

  it('restarts numbering in every new parent, unless the document numbers on through its parents', () => {
    assert.deepEqual(diagnose(joinLines('一、甲', '（一）子', '（二）丑', '二、乙', '（一）寅')), []);
    assert.deepEqual(diagnose(joinLines('一、甲', '（一）子', '（二）丑', '二、乙', '（二）寅')), ['4:0-3 numbering.start']);
    assert.deepEqual(diagnose(joinLines('一、甲', '（一）子', '二、乙', '（二）寅')), []);
  });

  it('hints a skipped level under a parent heading only', () => {
    assert.deepEqual(diagnose(joinLines('一、甲', '1. 子')), ['1:0-2 numbering.levelSkip']);
    assert.deepEqual(diagnose(joinLines('（一）无一级标题的讲话', '（二）也合理')), []);
  });

  it('flags every tolerated variant, and the level-3 separator as configured', () => {
    assert.deepEqual(diagnose(joinLines('一.甲', '二 乙', '（一）、子', '㈡丑', '1．寅', '⒉卯', '（1）.辰', '⑵巳', '①、午'), standard()).map((d) => d.split(' ')[1]),
      Array(9).fill('numbering.style'));
    const settings = standard();
    settings.level3Separator = '．';
    assert.deepEqual(diagnose(joinLines('1．甲', '2.乙'), settings), ['1:0-2 numbering.style']);
  });

  it('writes messages that say what was expected and what was found', async () => {
    const l10n = await import('@vscode/l10n');
    const zh = (await import('../../l10n/bundle.l10n.zh-cn.json')).default;
    l10n.config({ contents: zh });
    const messages = speechDiagnostics(parseSpeech(joinLines('一、甲', '二、乙', '四、丁', '(一)子', '我讲三点意见：一是甲；二是乙。')), 1, standard()).map((d) => d.message);
    assert.deepEqual(messages, [
      '序号跳号：上一项为“二”，此处应为“三”，实为“四”',
      '二级标题序号应写作“（一）”，此处为“(一)”',
      '前文说“三点意见”，实际有两项',
    ]);
  });

  it('obeys the settings: off, another severity, everything disabled', () => {
    const settings = standard();
    settings.severity['numbering.skip'] = 'off';
    settings.severity['numbering.style'] = 'error';
    const all = speechDiagnostics(parseSpeech(joinLines('一、甲', '三、乙', '（一)子')), 1, settings);
    assert.deepEqual(all.map((d) => [d.code, d.severity]), [['numbering.style', 1]]);
    settings.diagnosticsEnabled = false;
    assert.deepEqual(diagnose(joinLines('二、甲'), settings), []);
  });

  it('carries the version and the item in data', () => {
    const [diagnostic] = speechDiagnostics(parseSpeech(joinLines('一、甲', '三、乙')), 7, defaultSettings());
    assert.deepEqual(diagnostic.data, { version: 7, list: 0, item: 1 });
    assert.equal(typeof diagnostic.code, 'string');
  });
});
