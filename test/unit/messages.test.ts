import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as l10n from '@vscode/l10n';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { parseSpeech } from '../../server/src/speech/parser';
import { defaultSettings } from '../../server/src/settings';
import { joinLines } from './util';

const root = join(__dirname, '..', '..');
const messages = (text: string, code: string) =>
  speechDiagnostics(parseSpeech(text), 1, defaultSettings()).filter((d) => d.code === code).map((d) => d.message);
const ONE_ITEM = joinLines('下面，我讲两点意见。', '一、甲', '乙。');

describe('messages', () => {
  it('count one item in the singular, in English', () => {
    assert.deepEqual(messages(ONE_ITEM, 'count.mismatch'), ['The text announces “两点意见”, but 1 item follows']);
    assert.deepEqual(messages(joinLines('下面，我讲两点意见。', '一、甲', '二、乙', '三、丙'), 'count.mismatch'), ['The text announces “两点意见”, but 3 items follow']);
    const h = hover(parseSpeech(ONE_ITEM), 0, 5, 200);
    assert.match((h?.contents as { value: string }).value, /1 item follows/);
  });

  it('say the rare look-alike is not the character to write: its code point and whose variant it is', () => {
    assert.deepEqual(messages('突岀重点。', 'text.variantGlyph'), ['“岀” (U+5C80, a rare variant of “出”): write “出”']);
    l10n.config({ contents: zhCn });
    try {
      assert.deepEqual(messages('突岀重点。', 'text.variantGlyph'), ['“岀”（U+5C80，“出”的罕用异体）：应写作“出”']);
      assert.deepEqual(messages(ONE_ITEM, 'count.mismatch'), ['前文说“两点意见”，实际有一项']);
    } finally {
      l10n.config({ contents: {} });
    }
  });

  it('describe speech.diagnostics.enable as turning off every check, in both languages', () => {
    const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'))['configuration.diagnostics.enable'];
    const zh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'))['configuration.diagnostics.enable'];
    assert.match(en, /text checks/);
    assert.match(zh, /文字检查/);
  });

  it('name the output channel as the messages and the README do, in every display language', () => {
    const client = readFileSync(join(root, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(client, /const OUTPUT_CHANNEL = '讲话稿';/);
    assert.match(client, /createOutputChannel\(OUTPUT_CHANNEL/);
    const english = Object.keys(zhCn).filter((key) => /output channel/.test(key));
    assert.ok(english.length > 0 && english.every((key) => key.includes('讲话稿 output channel')), english.join('\n'));
  });

  it('the changelog does not say the restart notice is in Chinese', () => {
    assert.doesNotMatch(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), /restarted, with one notice in Chinese/);
  });
});
