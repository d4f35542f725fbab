/**
 * A file of several speeches (a year's speeches, one after another): each is found by its title and
 * salutation, numbered on its own, and shown as one symbol in the outline.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { completions } from '../../server/src/features/completion';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import { foldingRanges } from '../../server/src/features/folding';
import { documentSymbols } from '../../server/src/features/symbols';
import { parseSpeech } from '../../server/src/speech/parser';
import { defaultSettings } from '../../server/src/settings';
import { joinLines } from './util';

const sample = (name: string) => readFileSync(join(__dirname, '..', '..', 'samples', name), 'utf8').replace(/\n$/, '');

describe('a file of several speeches', () => {
  const collection = [sample('city-clean-government.speech'), '', sample('county-review.speech'), '', sample('city-clean-government.speech')].join('\n');

  it('finds each speech by its title and salutation and numbers each on its own', () => {
    const speech = parseSpeech(collection);
    assert.deepEqual(speech.parts.map((p) => p.title?.text), ['在市政府廉政工作会议上的讲话', '在各县（区）政府（管委会）半年党风廉政建设工作汇报暨廉政恳谈会上的讲话', '在市政府廉政工作会议上的讲话']);
    const numbering = speechDiagnostics(speech, 1, defaultSettings()).filter((d) => !String(d.code).startsWith('text.'));
    assert.deepEqual(numbering, [], 'no list runs on from one speech into the next');
    assert.deepEqual(speech.announcements.map((a) => [a.count.text, a.counted]), [['三点', 3], ['十个必须', 10], ['五条', 5], ['三点', 3], ['十个必须', 10], ['五条', 5]]);
  });

  it('shows each speech as one symbol holding its headings, and folds it', () => {
    const speech = parseSpeech(collection);
    const symbols = documentSymbols(speech);
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.children?.map((c) => c.name.slice(0, 2))]), [
      ['在市政府廉政工作会议上的讲话', 1, ['一、', '二、', '三、']],
      ['在各县（区）政府（管委会）半年党风廉政建设工作汇报暨廉政恳谈会上的讲话', 1, ['一、', '二、', '三、']],
      ['在市政府廉政工作会议上的讲话', 1, ['一、', '二、', '三、']],
    ]);
    const folds = foldingRanges(speech).map((f) => f.startLine);
    for (const part of speech.parts) assert.ok(folds.includes(part.root.startLine), `a fold at the title on line ${part.root.startLine}`);
  });

  it('offers the next ordinal of the speech the cursor is in', () => {
    const text = joinLines('在甲会议上的讲话', '同志们：', '一、甲', '二、乙', '三、丙', '在乙会议上的讲话', '（2024年3月15日）', '同志们：', '一、丁', '');
    const speech = parseSpeech(text);
    assert.equal(speech.parts.length, 2);
    const labels = completions(speech, 9, 0, '', defaultSettings()).map((c) => c.label);
    assert.ok(labels.includes('二、'), labels.join(' '));
    assert.ok(!labels.includes('四、'), 'not the first speech’s next heading');
  });

  it('needs a salutation after the title: a quoted title in a section is body text', () => {
    const text = joinLines('在甲会议上的讲话', '同志们：', '一、甲', '学习在乙会议上的讲话', '二、乙');
    const speech = parseSpeech(text);
    assert.equal(speech.parts.length, 1);
    assert.deepEqual(speechDiagnostics(speech, 1, defaultSettings()), []);
  });
});
