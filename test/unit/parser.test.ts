import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseSpeech } from '../../server/src/speech/parser';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const sample = (name: string) => readFileSync(join(__dirname, '..', '..', 'samples', name), 'utf8');
const joinLines = (...lines: string[]) => lines.join('\n');

describe('parser: traps and variants', () => {
  const text = fixture('traps.speech');
  const lines = text.split('\n');
  const speech = parseSpeech(text);
  const headingLines = new Set(speech.headings.map((h) => h.line));

  it('reads no trap line as a heading', () => {
    const lastTrap = lines.indexOf('两、不是序号。');
    assert.ok(lastTrap > 10, 'the fixture still ends its traps with 两、不是序号。');
    for (let i = 0; i <= lastTrap; i++) assert.ok(!headingLines.has(i), `line ${i}: ${lines[i]}`);
  });

  it('reads every tolerated variant at its level', () => {
    const levels = speech.headings.map((h) => [lines[h.line], h.level] as const);
    const byMark = (prefix: string) => levels.filter(([line]) => line.endsWith(prefix)).map(([, level]) => level);
    assert.deepEqual(byMark('的一级标题'), [1, 1, 1, 1, 1, 1, 1, 1]);
    assert.deepEqual(byMark('的二级标题'), [2, 2, 2, 2, 2, 2, 2, 2]);
    assert.deepEqual(byMark('的三级标题'), [3, 3, 3, 3, 3, 3]);
    assert.deepEqual(byMark('的四级标题'), [4, 4, 4, 4, 4, 4, 4]);
    assert.deepEqual(byMark('的五级标题'), [5, 5, 5]);
    assert.equal(speech.headings[0].ordinal?.value, 101);
  });

  it('takes the heading text up to the first 。！？： without the ordinal', () => {
    const s = parseSpeech(joinLines('（一）把纪律规矩挺起来。要牢固树立“四个意识”：', '1. 压实责任！其余是正文', '二、  前导空格被跳过'));
    assert.deepEqual(s.headings.map((h) => h.text.text), ['把纪律规矩挺起来', '压实责任', '前导空格被跳过']);
  });

  it('ignores indentation of spaces, tabs and U+3000 when it classifies a line', () => {
    const s = parseSpeech(joinLines('\u3000\u3000一、全角空格缩进', '\t（一）制表符缩进', '  1. 空格缩进'));
    assert.deepEqual(s.headings.map((h) => h.level), [1, 2, 3]);
  });

  it('accepts CRLF, CR and a BOM', () => {
    const s = parseSpeech('\ufeff在全市大会上的讲话\r\n同志们：\r一、第一部分\r\n（一）第一项\n二、第二部分');
    assert.equal(s.parts[0].title?.text, '在全市大会上的讲话');
    assert.equal(s.parts[0].salutation?.line, 1);
    assert.deepEqual(s.headings.map((h) => h.line), [2, 3, 4]);
  });
});

describe('parser: title and salutation', () => {
  it('finds the title nearest above the salutation, leaving a pasted banner as body', () => {
    const s = parseSpeech(readFileSync(join(__dirname, '..', 'fixtures', 'banner.speech'), 'utf8'));
    assert.equal(s.parts[0].title?.text, '在全区重点项目推进会上的讲话');
    assert.equal(s.parts[0].title?.line, 11);
    assert.equal(s.parts[0].salutation?.text, '同志们：');
    assert.equal(s.parts[0].salutation?.line, 12);
  });

  it('opens every sample speech with its title: a sample an author opens first is clean', () => {
    for (const name of ['city-clean-government.speech', 'county-review.speech']) {
      assert.equal(parseSpeech(sample(name)).parts[0].title?.line, 0, name);
    }
  });

  it('falls back to a short first line, and finds none in a long first paragraph', () => {
    assert.equal(parseSpeech(joinLines('凝心聚力 奋勇争先', '同志们：', '一、正文')).parts[0].title?.text, '凝心聚力 奋勇争先');
    assert.equal(parseSpeech(joinLines('这是一段很长的正文，而不是标题。'.repeat(4), '一、正文')).parts[0].title, undefined);
  });

  it('reads 各位领导、同志们： as a salutation, but not a banner line ending in a colon', () => {
    assert.equal(parseSpeech(joinLines('在大会上的致辞', '各位领导、同志们：', '正文')).parts[0].salutation?.line, 1);
    assert.equal(parseSpeech(joinLines('会员群：', '在大会上的致辞', '一、正文')).parts[0].salutation, undefined);
  });

  it('finds a title without salutation or headings', () => {
    assert.equal(parseSpeech(joinLines('', '在座谈会上的发言', '正文。')).parts[0].title?.line, 1);
  });
});

describe('parser: sections', () => {
  const s = parseSpeech(joinLines(
    '一、第一部分', '正文', '1. 跳过二级', '正文', '（一）回到二级', '', '二、第二部分', '（一）子项', '正文', '', '',
    '同志们，让我们共同努力。',
  ));

  it('nests sections by level and ends each before the next heading of its level or shallower', () => {
    const [first, second] = s.parts[0].root.children;
    assert.deepEqual([first.startLine, first.endLine], [0, 4]);
    assert.deepEqual(first.children.map((c) => [c.heading?.level, c.startLine, c.endLine]), [[3, 2, 3], [2, 4, 4]]);
    assert.deepEqual([second.startLine, second.endLine], [6, 8]);
  });

  it('keeps the closing out of the last section', () => {
    assert.equal(s.parts[0].closingLine, 11);
    assert.equal(s.parts[0].root.children[1].children[0].endLine, 8);
  });

  it('groups each section’s child headings into one list per level', () => {
    const first = s.parts[0].root.children[0];
    assert.deepEqual(first.lists.map((l) => [l.kind, l.kind === 'headings' ? l.items[0].ordinal.level : undefined, l.items.length]), [['headings', 3, 1], ['headings', 2, 1]]);
  });

  it('measures a section without whitespace', () => {
    const t = parseSpeech(joinLines('一、标题', '正 文\u3000。', '二、下一个'));
    assert.equal(t.lengthOf(t.parts[0].root.children[0].startLine, t.parts[0].root.children[0].endLine), 4 + 3);
  });
});

describe('parser: series and announcements', () => {
  it('reads paragraphs that open with a series word as list items of their section', () => {
    const s = parseSpeech(joinLines('一、部分', '一要持续优化作风。正文。', '二要注重源头防腐。', '一是另一组。', '二是另一组。'));
    assert.deepEqual(s.paragraphItems.map((p) => p.name.text), ['一要持续优化作风', '二要注重源头防腐', '一是另一组', '二是另一组']);
    const lists = s.parts[0].root.children[0].lists.filter((l) => l.kind === 'paragraphs');
    assert.deepEqual(lists.map((l) => l.items.map((i) => i.ordinal.text)), [['一要', '二要'], ['一是', '二是']]);
  });

  it('puts a mixed word into the series it continues', () => {
    const s = parseSpeech(joinLines('一要甲。', '二是乙。', '第三，丙。'));
    assert.deepEqual(s.lists.map((l) => l.items.map((i) => i.ordinal.text)), [['一要', '二是', '第三，']]);
  });

  it('reads inline series after sentence breaks, not inside words', () => {
    const s = parseSpeech('主要表现为：一是牢固树立。二是紧紧抓住。坚持一是一、二是二的态度；三是推进。');
    assert.deepEqual(s.lists.map((l) => [l.kind, l.items.map((i) => i.ordinal.text).join('')]), [['inline', '一是二是三是']]);
    assert.equal(s.paragraphItems.length, 0);
  });

  it('reads a paragraph that holds a whole series as inline, not as one list item', () => {
    const s = parseSpeech('一是加强学习；二是改进作风；三是狠抓落实。');
    assert.equal(s.paragraphItems.length, 0);
    assert.deepEqual(s.lists.map((l) => l.items.length), [3]);
  });

  it('drops series of only 首先/其次, which number nothing', () => {
    assert.equal(parseSpeech(joinLines('首先，感谢大家。', '其次，再说一点。')).lists.length, 0);
  });

  it('counts the headings after 我讲三点意见 and the inline series after 做到五条：', () => {
    const s = parseSpeech(sample('city-clean-government.speech'));
    assert.deepEqual(s.announcements.map((a) => [a.line, a.count.count, a.list?.kind, a.counted]), [
      [3, 3, 'headings', 3], [8, 10, 'headings', 10], [9, 5, 'inline', 5],
    ]);
  });

  it('counts only the items after the announcement', () => {
    const s = parseSpeech(joinLines('二、部分', '一要甲。', '要做到两条：', '二要乙。', '三要丙。'));
    assert.deepEqual(s.announcements.map((a) => [a.first, a.counted, a.list!.items[a.first].ordinal.text]), [[1, 2, '二要']]);
  });

  it('counts a paragraph list and leaves slogans and 几点 alone', () => {
    const s = parseSpeech(joinLines('二、部分', '要做到四个方面：', '一要甲。', '二要乙。', '牢固树立“四个意识”，坚持“两个维护”。我谈几点意见。', '坚决抓好三项重点工作，确保完成。'));
    assert.deepEqual(s.announcements.map((a) => [a.count.count, a.count.measure, a.counted]), [[4, '个方面', 2]]);
  });

  it('reads counts after 讲/谈/说 without a colon, and quoted counts before a colon', () => {
    const s = parseSpeech('我讲以下三点意见。谈两点体会。重点抓好“十一个坚持”：');
    assert.deepEqual(s.announcements.map((a) => [a.count.count, a.count.measure, a.count.start]), [[3, '点', 4], [2, '点', 10], [11, '个', 19]]);
  });
});
