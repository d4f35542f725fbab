import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as l10n from '@vscode/l10n';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { groupDigits } from '../../server/src/util/digits';
import { formatMinutes } from '../../server/src/util/duration';
import { speakingMinutes } from '../../server/src/speech/figures';
import { speechStatistics } from '../../server/src/features/statistics';
import { parseSpeech } from '../../server/src/speech/parser';
import { joinLines } from './util';

describe('statistics', () => {
  it('counts the whole speech and each section without whitespace, in minutes as authors say them', () => {
    const speech = parseSpeech(joinLines('一、甲', '正 文'.repeat(300), '（一）子', '二、乙'));
    assert.equal(speechStatistics(speech, 200).sections, undefined);
    const s = speechStatistics(speech, 200, [], true);
    assert.equal(s.characters, 3 + 600 + 4 + 3);
    assert.equal(s.minutes, 3);
    assert.deepEqual(s.sections!.map((x) => [x.name, x.level, x.line, x.characters, x.minutes]), [
      ['一、甲', 1, 0, 607, 3], ['（一）子', 2, 2, 4, 0.5], ['二、乙', 1, 3, 3, 0.5],
    ]);
    assert.equal(s.selection, undefined);
  });

  it('counts selections', () => {
    const s = speechStatistics(parseSpeech('一、甲'), 200, ['一二 三', '\u3000四']);
    assert.deepEqual(s.selection, { characters: 4, minutes: 0.5 });
  });

  it('rounds speaking time as authors say it', () => {
    assert.equal(speakingMinutes(0, 200), 0);
    assert.equal(speakingMinutes(1, 200), 0.5);
    assert.equal(speakingMinutes(300, 200), 1.5);
    assert.equal(speakingMinutes(1900, 200), 9.5);
    assert.equal(speakingMinutes(2100, 200), 11);
    assert.equal(speakingMinutes(5432, 200), 27);
    assert.equal(speakingMinutes(5432, 150), 36);
  });
});

describe('speaking time as authors say it', () => {
  it('says half minutes, minutes and hours, and nothing for no time', () => {
    assert.deepEqual([0, 0.5, 1.5, 27, 60, 1088].map((m) => formatMinutes(m)), ['', 'about half a minute', 'about 1.5 min', 'about 27 min', 'about 1 h', 'about 18 h 8 min']);
    assert.equal(formatMinutes(7, false), '7 min');
    l10n.config({ contents: zhCn });
    try {
      assert.deepEqual([0, 0.5, 1.5, 27, 1088].map((m) => formatMinutes(m)), ['', '约半分钟', '约1.5分钟', '约27分钟', '约18小时8分']);
      assert.equal(formatMinutes(speakingMinutes(217_600, 200)), '约18小时8分');
      assert.equal(formatMinutes(20, false), '20分钟');
    } finally {
      l10n.config({ contents: {} });
    }
  });
});

describe('digit grouping', () => {
  it('groups thousands as lengths are shown everywhere', () => {
    assert.deepEqual([0, 7, 999, 1000, 12345, 1234567, -1234].map(groupDigits), ['0', '7', '999', '1,000', '12,345', '1,234,567', '-1,234']);
  });
});
