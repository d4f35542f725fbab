import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldingRanges } from '../../server/src/features/folding';
import { parseSpeech } from '../../server/src/speech/parser';
import { joinLines } from './util';

describe('folding ranges', () => {
  it('folds each section from its heading to its last non-blank line', () => {
    const speech = parseSpeech(joinLines('一、甲', '正文', '（一）子', '正文', '', '二、乙', '正文', '', ''));
    assert.deepEqual(foldingRanges(speech).map((r) => [r.startLine, r.endLine]), [[0, 3], [2, 3], [5, 6]]);
  });

  it('does not fold a section of one line', () => {
    assert.deepEqual(foldingRanges(parseSpeech(joinLines('一、甲', '二、乙'))), []);
  });
});
