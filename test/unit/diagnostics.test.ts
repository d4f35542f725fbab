import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LIMIT_CODE, speechDiagnostics } from '../../server/src/features/diagnostics';
import { parseSpeech } from '../../server/src/speech/parser';
import { defaultSettings } from '../../server/src/settings';

describe('the cap on diagnostics', () => {
  const lines = (n: number) => Array.from({ length: n }, () => '领域,紧盯').join('\n');

  it('reports at most speech.diagnostics.maxProblems, in document order, then says the rest are hidden', () => {
    const diagnostics = speechDiagnostics(parseSpeech(lines(2000)), 1, defaultSettings());
    assert.equal(diagnostics.length, 501);
    assert.deepEqual(diagnostics.slice(0, 500).map((d) => d.range.start.line), Array.from({ length: 500 }, (_, i) => i));
    const [summary] = diagnostics.slice(500);
    assert.equal(summary.code, LIMIT_CODE);
    assert.equal(summary.range.start.line, 500, 'on the first problem not shown');
    assert.equal(summary.severity, 3);
    assert.match(String(summary.message), /first 500 problems/);
  });

  it('counts numbering and text problems together', () => {
    const settings = defaultSettings();
    settings.maxProblems = 3;
    const text = ['二、甲,乙', '四、丙', '领域,紧盯', '六、丁'].join('\n');
    const diagnostics = speechDiagnostics(parseSpeech(text), 1, settings);
    assert.deepEqual(diagnostics.map((d) => `${d.range.start.line} ${d.code}`), ['0 numbering.start', '0 text.halfwidthPunctuation', '1 numbering.skip', `2 ${LIMIT_CODE}`]);
  });

  it('adds nothing when the file has fewer problems than the cap', () => {
    const settings = defaultSettings();
    settings.maxProblems = 3;
    assert.equal(speechDiagnostics(parseSpeech(lines(3)), 1, settings).length, 3);
  });
});
