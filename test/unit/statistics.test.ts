import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupDigits } from '../../server/src/util/digits';
import { speakingMinutes } from '../../server/src/speech/figures';
import { speechStatistics } from '../../server/src/features/statistics';
import { parseSpeech } from '../../server/src/speech/parser';
import { joinLines } from './util';

describe('statistics', () => {
  it('counts the whole speech and each section without whitespace, in whole minutes', () => {
    const speech = parseSpeech(joinLines('一、甲', '正 文'.repeat(300), '（一）子', '二、乙'));
    assert.equal(speechStatistics(speech, 200).sections, undefined);
    const s = speechStatistics(speech, 200, [], true);
    assert.equal(s.characters, 3 + 600 + 4 + 3);
    assert.equal(s.minutes, 3);
    assert.deepEqual(s.sections!.map((x) => [x.name, x.level, x.line, x.characters, x.minutes]), [
      ['一、甲', 1, 0, 607, 3], ['（一）子', 2, 2, 4, 1], ['二、乙', 1, 3, 3, 1],
    ]);
    assert.equal(s.selection, undefined);
  });

  it('counts selections', () => {
    const s = speechStatistics(parseSpeech('一、甲'), 200, ['一二 三', '\u3000四']);
    assert.deepEqual(s.selection, { characters: 4, minutes: 1 });
  });

  it('rounds speaking time as authors say it', () => {
    assert.equal(speakingMinutes(0, 200), 0);
    assert.equal(speakingMinutes(1, 200), 1);
    assert.equal(speakingMinutes(5432, 200), 27);
    assert.equal(speakingMinutes(5432, 150), 36);
  });
});

describe('digit grouping', () => {
  it('groups thousands as lengths are shown everywhere', () => {
    assert.deepEqual([0, 7, 999, 1000, 12345, 1234567, -1234].map(groupDigits), ['0', '7', '999', '1,000', '12,345', '1,234,567', '-1,234']);
  });
});
