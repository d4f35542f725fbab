import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { completions, type CompletionOptions } from '../../server/src/features/completion';
import { parseSpeech } from '../../server/src/speech/parser';
import { applyEdits, joinLines, withCursor } from './util';

const OPTIONS: CompletionOptions = { level3Separator: '.', numberingStyle: 'consistent', snippets: [] };

function complete(marked: string, options = OPTIONS): { items: CompletionItem[]; text: string } {
  const { text, line, character, lineText } = withCursor(marked);
  return { items: completions(parseSpeech(text), line, character, lineText, options), text };
}

const ordinals = (items: CompletionItem[]) => items.filter((i) => i.kind !== 15).map((i) => i.label);

describe('completion', () => {
  it('offers （三） first after the last （二）, then the parent’s next level-1 ordinal', () => {
    const { items } = complete(joinLines('一、甲', '二、乙', '（一）子', '（二）丑。正文。', '|'));
    assert.deepEqual(ordinals(items), ['（三）', '三、', '1.']);
    assert.equal(items[0].sortText! < items[1].sortText!, true);
  });

  it('inserts the ordinal as a snippet with a tab stop for the heading text', () => {
    const { items, text } = complete(joinLines('一、甲', '（一）子', '（|'));
    const item = items.find((i) => i.label === '（二）')!;
    assert.equal(item.insertTextFormat, 2);
    const edit = item.textEdit as TextEdit;
    assert.equal(edit.newText, '（二）${1}');
    assert.equal(applyEdits(text, [{ ...edit, newText: '（二）' }]), joinLines('一、甲', '（一）子', '（二）'));
  });

  it('replaces the bracket that typing （ closed by itself', () => {
    const { items, text } = complete(joinLines('一、甲', '（一）子', '（|）'));
    const edit = items.find((i) => i.label === '（二）')!.textEdit as TextEdit;
    assert.equal(applyEdits(text, [{ ...edit, newText: '（二）' }]), joinLines('一、甲', '（一）子', '（二）'));
  });

  it('narrows as the author types the ordinal, and offers none after other text', () => {
    const { items } = complete(joinLines('一、甲', '二|'));
    assert.deepEqual(ordinals(items), ['二、', '（一）']);
    assert.deepEqual(ordinals(complete(joinLines('一、甲', '加强|')).items), []);
  });

  it('offers 一、 in a speech with no heading yet, and continues a list before existing siblings', () => {
    assert.deepEqual(ordinals(complete(joinLines('在大会上的讲话', '同志们：', '|')).items), ['一、']);
    assert.deepEqual(ordinals(complete(joinLines('一、甲', '|', '二、乙')).items), ['二、', '（一）']);
  });

  it('offers the next series word of a paragraph list at the start of a line', () => {
    const { items } = complete(joinLines('二、部分', '一要甲。', '二要乙。', '|'));
    assert.deepEqual(ordinals(items), ['三要', '三、', '（一）']);
  });

  it('offers the next series word inside a paragraph when its numeral is typed', () => {
    const { items, text } = complete('主要表现为：一是甲。二是乙。三|');
    const item = items.find((i) => i.label === '三是')!;
    assert.ok(item);
    assert.equal(applyEdits(text, [item.textEdit as TextEdit]), '主要表现为：一是甲。二是乙。三是');
    assert.ok(complete('第一，甲；第二，乙；|').items.some((i) => i.label === '第三，'));
  });

  it('continues a mixed inline series in its first item’s word, also below other speech lines', () => {
    const labels = (marked: string) => complete(marked).items.map((i) => i.label);
    assert.ok(labels('主要表现为：一是甲。二要乙。三|').includes('三是'));
    assert.ok(labels(joinLines('一、甲', '要做到：一是甲；二是乙。', '主要表现为：一是丙。二要丁。三|')).includes('三是'));
  });

  it('offers the skeleton first on an empty file', () => {
    const { items } = complete('|');
    const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
    assert.equal(first.label, '讲话稿框架');
    assert.equal(first.preselect, true);
    assert.match((first.textEdit as TextEdit).newText, /^在\$\{1:会议名称\}上的讲话\n同志们：\n/);
    assert.deepEqual(items.filter((i) => i.kind === 15).map((i) => i.label), ['讲话稿框架', '同志们：', '下面，我讲…点意见。', '同志们，…', '谢谢大家！']);
  });

  it('keeps sentence marks out of words, so typing one opens no suggestion list that Enter would accept', () => {
    const config = JSON.parse(readFileSync(join(__dirname, '..', '..', 'language-configuration.json'), 'utf8')) as { wordPattern: string };
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('一是扩大有效投资。二是提振消费；三要：（一）甲'.match(word), ['一是扩大有效投资', '二是提振消费', '三要', '一', '甲']);
    for (const mark of '。；：，、！？（') assert.equal(mark.match(word), null, mark);
  });

  it('leaves the punctuation after the skeleton’s placeholders to the author: typing over one never gives 。。', () => {
    const skeleton = complete('|').items.find((i) => i.label === '讲话稿框架')!;
    const body = (skeleton.textEdit as TextEdit).newText;
    assert.doesNotMatch(body, /\$\{\d+(:[^}]*)?\}[。；，！？]/);
    // The opening typed over its placeholder, with the author's own full stop.
    assert.match(body.replace('${2:开场白。}', '感谢大家。'), /\n感谢大家。下面，我讲三点意见。\n/);
  });

  it('merges the author’s own phrases', () => {
    const { items } = complete(joinLines('一、甲', '|'), { ...OPTIONS, snippets: [{ label: '结束语', body: '同志们，让我们${1}！' }] });
    const mine = items.find((i) => i.label === '结束语')!;
    assert.equal((mine.textEdit as TextEdit).newText, '同志们，让我们${1}！');
  });

  it('offers no phrases in the middle of a sentence', () => {
    assert.deepEqual(complete('这是一句话，|还没写完').items, []);
  });
});
