import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as l10n from '@vscode/l10n';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { hover } from '../../server/src/features/hover';
import { parseSpeech } from '../../server/src/speech/parser';
import { joinLines } from './util';

l10n.config({ contents: zhCn });
const value = (h: ReturnType<typeof hover>) => (h?.contents as { value: string }).value.replace(/\\(.)/g, '$1');

describe('hover', () => {
  const speech = parseSpeech(joinLines(
    '下面，我讲两点意见。',
    '一、以更高的站位把思想和行动统一起来',
    '二、以更实的举措将政府系统党风廉政建设工作引向深入',
    '要做到三个方面：',
    '（一）必须创新事中事后监管、全面优化服务。' + '正文'.repeat(100),
    '（二）乙',
  ));

  it('shows a heading’s path, its section’s length and speaking time', () => {
    const h = hover(speech, 4, 3, 200)!;
    assert.equal(value(h), '**二、以更实的举措将政府系统党风廉… › （一）必须创新事中事后监管、全面优化服务**\n\n221字 · 讲话约1分钟');
    assert.deepEqual(h.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 20 } });
  });

  it('shows nothing on body text', () => {
    assert.equal(hover(speech, 4, 30, 200), null);
    assert.equal(hover(speech, 3, 1, 200), null);
  });

  it('names at most thirty counted items', () => {
    const many = parseSpeech(joinLines('要做到四十条：', ...Array.from({ length: 40 }, (_, i) => `${i + 1}. 条目`)));
    const text = value(hover(many, 0, 4, 200));
    assert.ok(text.startsWith('前文说“四十条”；其后实有40项：1. 2. 3.'), text);
    assert.ok(text.endsWith(' 30. …'), text);
  });

  it('shows what an announced count announces and what it counted', () => {
    assert.equal(value(hover(speech, 0, 5, 200)), '前文说“两点意见”；其后实有2项：一、 二、');
    assert.equal(value(hover(speech, 3, 4, 200)), '前文说“三个方面”；其后实有2项：（一） （二）');
  });
});
