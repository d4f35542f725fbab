import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultSettings, readSettings } from '../../server/src/settings';

describe('settings', () => {
  it('uses the defaults when nothing is sent', () => {
    assert.deepEqual(readSettings(undefined), { settings: defaultSettings(), problems: [] });
    assert.deepEqual(readSettings(null).settings, defaultSettings());
    assert.equal(defaultSettings().severity['numbering.levelSkip'], 'hint');
    assert.equal(defaultSettings().severity['numbering.skip'], 'warning');
  });

  it('reads what VS Code sends for the speech section', () => {
    const { settings, problems } = readSettings({
      trace: { server: 'off' },
      diagnostics: { enable: false, severity: { 'numbering.skip': 'error', 'count.mismatch': 'off' } },
      numbering: { level3Separator: '．' },
    });
    assert.deepEqual(problems, []);
    assert.equal(settings.diagnosticsEnabled, false);
    assert.equal(settings.severity['numbering.skip'], 'error');
    assert.equal(settings.severity['count.mismatch'], 'off');
    assert.equal(settings.severity['numbering.start'], 'warning');
    assert.equal(settings.level3Separator, '．');
  });

  it('keeps the default of every malformed value and names it', () => {
    const { settings, problems } = readSettings({
      diagnostics: { enable: 'yes', severity: { 'numbering.skip': 'loud', 'numbering.order': 3, 'no.such': 'off' } },
      numbering: { level3Separator: '、' },
    });
    assert.deepEqual(settings, defaultSettings());
    assert.equal(problems.length, 5);
    assert.match(problems.join('\n'), /enable.*"yes"[\s\S]*numbering\.skip.*"loud"[\s\S]*numbering\.order.*3[\s\S]*"no\.such"[\s\S]*level3Separator.*"、"/);
  });

  it('reads the allowed words and the text checks’ severities, skipping bad entries', () => {
    const { settings, problems } = readSettings({ diagnostics: { allow: ['某某', 7, '', 'x'.repeat(101), 'X光'], severity: { 'text.cjkSpace': 'off' } } });
    assert.deepEqual(settings.allowed, ['某某', 'X光']);
    assert.equal(settings.severity['text.cjkSpace'], 'off');
    assert.equal(problems.length, 3);
    assert.match(readSettings({ diagnostics: { allow: '某某' } }).problems[0], /allow: expected a list of words/);
    assert.equal(defaultSettings().severity['text.placeholder'], 'information');
  });

  it('turns anything at all into valid settings, never throwing (property)', () => {
    const section = fc.record({
      diagnostics: fc.oneof(fc.anything(), fc.record({
        enable: fc.anything(), severity: fc.dictionary(fc.string(), fc.anything()), allow: fc.anything(), maxProblems: fc.anything(),
      })),
      numbering: fc.anything(),
      speakingRate: fc.oneof(fc.anything(), fc.double(), fc.constant(1e308), fc.constant(-1)),
      snippets: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.anything()))),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.anything(), section), (raw) => {
      const { settings, problems } = readSettings(raw);
      assert.ok(Array.isArray(problems));
      assert.ok(settings.speakingRate >= 60 && settings.speakingRate <= 600);
      assert.ok(Number.isInteger(settings.maxProblems) && settings.maxProblems >= 1);
      assert.ok(settings.level3Separator === '.' || settings.level3Separator === '．');
      assert.ok(Object.values(settings.severity).every((v) => ['error', 'warning', 'information', 'hint', 'off'].includes(v)));
      assert.ok(settings.allowed.every((w) => typeof w === 'string' && w.length > 0));
      assert.ok(settings.snippets.every((s) => typeof s.body === 'string' && s.body.length > 0));
    }), { numRuns: 500 });
  });

  it('survives any shape at all', () => {
    for (const raw of [42, 'x', [], { diagnostics: [] }, { diagnostics: { severity: 'error' } }, { numbering: null }]) {
      assert.doesNotThrow(() => readSettings(raw));
    }
    assert.equal(readSettings(42).problems.length, 1);
  });

  it('reads the speaking rate within bounds, and the author’s phrases, skipping bad ones', () => {
    assert.equal(readSettings({ speakingRate: 180 }).settings.speakingRate, 180);
    for (const rate of [0, -5, 1e9, 'fast', Number.NaN]) {
      const { settings, problems } = readSettings({ speakingRate: rate });
      assert.equal(settings.speakingRate, 200);
      assert.match(problems[0], /speakingRate/);
    }
    const { settings, problems } = readSettings({ snippets: { 结束语: '同志们，让我们${1}！', 空: '', 数字: 7, 坏: '未闭合${1' } });
    assert.deepEqual(settings.snippets, [{ label: '结束语', body: '同志们，让我们${1}！' }]);
    assert.equal(problems.length, 3);
    assert.match(readSettings({ snippets: ['x'] }).problems[0], /speech\.snippets: expected an object/);
  });
});
