import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { CHECKS, DEFAULT_SEVERITY, DIAGNOSTIC_CODES, severityOf } from '../../server/src/checks';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import { parseSpeech } from '../../server/src/speech/parser';
import { defaultSettings } from '../../server/src/settings';

describe('the table of checks', () => {
  it('gives each code its LSP severity, and none when it is off', () => {
    const settings = defaultSettings();
    assert.equal(severityOf('numbering.skip', settings), DiagnosticSeverity.Warning);
    assert.equal(severityOf('numbering.levelSkip', settings), DiagnosticSeverity.Hint);
    assert.equal(severityOf('text.placeholder', settings), DiagnosticSeverity.Information);
    settings.severity['numbering.skip'] = 'error';
    settings.severity['text.cjkSpace'] = 'off';
    assert.equal(severityOf('numbering.skip', settings), DiagnosticSeverity.Error);
    assert.equal(severityOf('text.cjkSpace', settings), undefined);
  });

  it('makes every diagnostic with its severity, and none of a code that is off', () => {
    const settings = defaultSettings();
    settings.severity['count.mismatch'] = 'error';
    settings.severity['text.halfwidthPunctuation'] = 'off';
    const diagnostics = speechDiagnostics(parseSpeech(['我讲三点意见：', '一、甲,乙', '三、丙', '1.子'].join('\n')), 1, settings);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [
      ['count.mismatch', DiagnosticSeverity.Error], ['numbering.skip', DiagnosticSeverity.Warning], ['numbering.levelSkip', DiagnosticSeverity.Hint],
    ]);
  });

  it('has a default, a description in Chinese and English and a message for every code', () => {
    assert.equal(DIAGNOSTIC_CODES.length, 15);
    for (const code of DIAGNOSTIC_CODES) {
      const row = CHECKS[code];
      assert.equal(DEFAULT_SEVERITY[code], row.severity);
      assert.ok(row.description.zh && row.description.en, code);
      assert.equal(typeof row.message, 'function', code);
    }
  });
});
