/**
 * The reading rules of official documents, each on a document written inline: every heading kind and
 * its rank, the traps, the numbering schemes, attachments, titles over several lines, salutations,
 * series words, counts and house style.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import { completions } from '../../server/src/features/completion';
import { matchHeadingOrdinal } from '../../server/src/speech/ordinal';
import { parseSpeech } from '../../server/src/speech/parser';
import type { Heading, Speech } from '../../server/src/speech/speech';
import { defaultSettings } from '../../server/src/settings';
import { joinLines, withCursor } from './util';

const kindOf = (line: string) => matchHeadingOrdinal(line, 0)?.kind;
/** Each heading as `text < parent text` (or `text` at the top). */
const tree = (speech: Speech) => speech.headings.map((h: Heading) => {
  const parent = h.section.parent?.heading;
  const name = (heading: Heading) => heading.text.text || heading.ordinal?.text;
  return parent ? `${name(h)} < ${name(parent)}` : name(h);
});
/** The diagnostics' lines and codes, without the hints of a skipped level (`1.` right under `一、`). */
const codes = (text: string) => speechDiagnostics(parseSpeech(text), 1, defaultSettings())
  .filter((d) => d.code !== 'numbering.levelSkip').map((d) => `${d.range.start.line} ${d.code}`);

describe('heading kinds', () => {
  it('reads parts, chapters, sections and articles with a space or a colon after the word', () => {
    assert.deepEqual(['第一部分　总体要求', '第二编 附则', '第三章　监督', '第四节：细则', '第五条　本条例自公布之日起施行。'].map(kindOf),
      ['part', 'part', 'chapter', 'section', 'article']);
    assert.deepEqual(['第一章总则', '第三条规定的情形', '第一，要坚持', '第五届全会'].map(kindOf), [undefined, undefined, undefined, undefined]);
  });

  it('reads level 1 as 壹、, 一 and a space, 第六 and a space before a short text, 第一个问题：, and a numeral alone', () => {
    assert.deepEqual(['壹、总则', '一　中国人民的基本要求', '第六　土地问题', '第一个问题：怎样看', '三', '第二个方面：抓落实'].map(kindOf),
      ['level1', 'level1', 'level1Di', 'level1Topic', 'level1', 'level1Topic']);
    assert.equal(kindOf('第六　我们要坚持改革。然后'), undefined);
  });

  it('reads decimal headings followed by a space, and keeps the traps', () => {
    const decimal = matchHeadingOrdinal('2.1.3　应急保障', 0)!;
    assert.deepEqual([decimal.kind, decimal.depth, decimal.value, decimal.text], ['decimal', 3, 3, '2.1.3　']);
    for (const trap of ['1.5万亿元的投资', '3.8%的增速', '2025.02.17', '2.1.3万人', '12月1日起施行', '2019年全市']) {
      assert.equal(kindOf(trap), undefined, trap);
    }
  });

  it('takes a lone decimal number as a heading only in a document with decimal headings', () => {
    assert.deepEqual(tree(parseSpeech(joinLines('1　总则', '1.1　目的', '正文。', '2　组织', '2.1　机构'))), ['总则', '目的 < 总则', '组织', '机构 < 组织']);
    assert.deepEqual(parseSpeech(joinLines('某预案', '1 号文件已经印发。')).headings, []);
  });

  it('places each heading under the nearest heading of a smaller rank above it', () => {
    const s = parseSpeech(joinLines(
      '第一部分　形势', '第一章　总则', '第一节　一般规定', '第一条　目的。', '（一）甲；', '一、要求', '（二）乙', '1.1　细则', '（1）丙',
    ));
    assert.deepEqual(tree(s), [
      '形势', '总则 < 形势', '一般规定 < 总则', '目的 < 一般规定', '甲； < 目的', '要求 < 目的', '乙 < 要求', '细则 < 乙', '丙 < 细则',
    ]);
  });

  it('reads Markdown marks around a heading and nests # lines by their count, the top # line being the title', () => {
    const s = parseSpeech(joinLines('# 在全会上的讲话', '同志们：', '## 一、形势', '### 国内形势', '**（一）经济**', '## 结论', '正文。'));
    assert.equal(s.parts[0].title?.text, '在全会上的讲话');
    assert.deepEqual(tree(s), ['形势', '国内形势 < 形势', '经济 < 国内形势', '结论']);
    assert.equal(s.headings[0].ordinal?.text, '一、');
  });

  it('reads divisions on a line of their own, letter-spaced or not, above every numbered heading', () => {
    const s = parseSpeech(joinLines('在座谈会上的讲话', '引　　言', '正文，正文。', '结　　论', '一', '正文，正文。', '二', '正文，正文。'));
    assert.deepEqual(tree(s), ['引　　言', '结　　论', '一 < 结　　论', '二 < 结　　论']);
  });

  it('reads a short line standing apart from indented paragraphs as a heading of the rank it first appears under', () => {
    const paragraph = '　　我们要坚持，我们要努力，这是正文。';
    const s = parseSpeech(joinLines('论工作', paragraph, '一　形势', paragraph, '国内形势', paragraph, paragraph, '国际形势', paragraph, '第一　坚持方向', paragraph, '二　任务', paragraph));
    assert.deepEqual(tree(s), ['形势', '国内形势 < 形势', '国际形势 < 形势', '坚持方向 < 国际形势', '任务']);
  });

  it('reads a lone 第一个问题： as a sentence and a series of them as headings', () => {
    assert.deepEqual(parseSpeech(joinLines('讲话', '正文。', '第一个问题：我们为什么人？')).headings, []);
    assert.equal(parseSpeech(joinLines('正文。', '第一个问题：甲', '正文。', '第二个问题：乙')).headings.length, 2);
  });

  it('skips a table of contents that repeats the headings after 目录', () => {
    const s = parseSpeech(joinLines('某预案', '目　　录', '1　总则', '2　组织', '1　总则', '1.1　目的', '2　组织'));
    assert.deepEqual(s.headings.map((h) => h.line), [1, 4, 5, 6]);
  });
});

describe('numbering schemes', () => {
  it('numbers a kind on through its parents where the document does, and restarts where it restarts', () => {
    assert.deepEqual(codes(joinLines('一、甲', '（一）子', '（二）丑', '二、乙', '（三）寅', '（四）卯')), []);
    assert.deepEqual(codes(joinLines('一、甲', '（一）子', '二、乙', '（三）寅')), ['3 numbering.start']);
    assert.deepEqual(codes(joinLines('一、甲', '1.子', '2.丑', '二、乙', '3.寅', '三、丙', '4.卯', '四、丁', '1.辰', '2.巳')), []);
  });

  it('numbers articles on through the whole document, across chapters', () => {
    assert.deepEqual(codes(joinLines('第一章　总则', '第一条　甲。', '第二条　乙。', '第二章　附则', '第三条　丙。')), []);
    assert.deepEqual(codes(joinLines('第一章　总则', '第一条　甲。', '第二条　乙。', '第二章　附则', '第一条　丙。')), ['4 numbering.order']);
  });

  it('starts a new list at a heading numbered one after a lead-in', () => {
    assert.deepEqual(codes(joinLines('一、甲', '（一）子', '（二）丑', '主要问题如下：', '（一）寅', '（二）卯')), []);
  });

  it('starts numbering and counts again in every attachment', () => {
    const text = joinLines('关于印发方案的通知', '各单位：', '现将方案印发给你们。', '一、要求', '二、安排', '附件1', '工作方案', '一、目标', '二、任务', '附：日程表', '一、报到');
    assert.deepEqual(codes(text), []);
    const s = parseSpeech(text);
    assert.deepEqual(s.parts.map((p) => [p.kind, p.title?.text]), [['first', '关于印发方案的通知'], ['attachment', '附件1 工作方案'], ['attachment', '附：日程表']]);
  });

  it('reads an attachment note as one list of its own, never as headings', () => {
    const s = parseSpeech(joinLines('通知', '各单位：', '请遵照执行。', '附件：1.工作方案', '　　　2.任务清单', '　　　4.联系人'));
    assert.deepEqual(s.headings, []);
    assert.deepEqual(codes(joinLines('通知', '各单位：', '请遵照执行。', '附件：1.工作方案', '　　　2.任务清单', '　　　3.联系人')), []);
    assert.deepEqual(codes(joinLines('通知', '各单位：', '请遵照执行。', '附件：1.工作方案', '　　　2.任务清单', '　　　4.联系人')), ['5 numbering.skip']);
    assert.deepEqual(s.lists.filter((l) => l.kind === 'headings').map((l) => l.items.length), [3]);
  });

  it('completes the next ordinal in the scheme and style of the document', () => {
    const complete = (text: string) => {
      const at = withCursor(text);
      return completions(parseSpeech(at.text), at.line, at.character, at.lineText, { ...defaultSettings() }).map((c) => c.label);
    };
    assert.deepEqual(complete(joinLines('一、甲', '（一）子', '（二）丑', '二、乙', '（三）寅', '三、丙', '|')).slice(0, 2), ['四、', '（四）']);
    assert.ok(complete(joinLines('第一章　总则', '第五条　甲。', '第六条　乙。', '|')).includes('第七条　'));
    assert.ok(complete(joinLines('一、甲', '1．子', '2．丑', '|')).includes('3．'));
  });
});

describe('documents and their heads', () => {
  it('joins a title set over two or three lines, and reads the subtitle under it', () => {
    const s = parseSpeech(joinLines('国务院关于印发', '某某改革实施方案的通知', '国发〔2024〕1号', '各省、自治区、直辖市人民政府：', '现将方案印发给你们。'));
    assert.equal(s.parts[0].title?.text, '国务院关于印发某某改革实施方案的通知');
    assert.equal(s.parts[0].salutation?.line, 3);
    const t = parseSpeech(joinLines('凝心聚力', '奋勇争先', '——在全市大会上的讲话', '同志们：', '正文。'));
    assert.equal(t.parts[0].title?.text, '凝心聚力奋勇争先');
    assert.equal(t.parts[0].subtitle?.text, '——在全市大会上的讲话');
  });

  it('never takes a decree header, a document number, a date or a banner as the title', () => {
    const s = parseSpeech(joinLines('某省人民政府令', '第5号', '现公布《某省条例》，自公布之日起施行。', '省长　李明', '2024年1月1日', '某省水资源管理条例', '第一条　为了保护水资源，制定本条例。'));
    assert.deepEqual(s.parts.map((p) => p.title?.text), [undefined, '某省水资源管理条例']);
  });

  it('starts a document a notice issues at its title after the notice', () => {
    const s = parseSpeech(joinLines('关于印发方案的通知', '各单位：', '现将方案印发给你们。', '办公室', '2024年1月2日', '年度工作方案', '为做好工作，制定本方案。', '一、目标'));
    assert.deepEqual(s.parts.map((p) => [p.kind, p.title?.text]), [['first', '关于印发方案的通知'], ['issued', '年度工作方案']]);
  });
});

describe('series and counts of real documents', () => {
  it('reads a one-character word repeated in order from one over three paragraphs as a series', () => {
    const s = parseSpeech(joinLines('一、工作', '一抓组织领导。', '二抓队伍建设。', '三抓服务保障。'));
    assert.deepEqual(s.paragraphItems.map((p) => p.word.text), ['一抓', '二抓', '三抓']);
    assert.deepEqual(parseSpeech(joinLines('一抓组织领导。', '二抓队伍建设。')).paragraphItems, []);
  });

  it('ends a paragraph series where a new one starts at one after a lead-in', () => {
    assert.deepEqual(codes(joinLines('第一，甲。', '第二，乙。', '我们还要把握好方向。', '第一，丙。', '第二，丁。')), []);
  });

  it('reads counts in Arabic numerals and after 强调 and 提, and fixes them in their own numerals', () => {
    assert.deepEqual(codes(joinLines('下面，我讲4个问题。', '一、甲', '二、乙', '三、丙')), ['0 count.mismatch']);
    assert.deepEqual(codes(joinLines('我强调三点。', '一、甲', '二、乙', '三、丙')), []);
    assert.deepEqual(codes(joinLines('我再提两点要求。', '一、甲', '二、乙', '三、丙')), ['0 count.mismatch']);
  });

  it('needs a real colon after other verbs, and takes a saying for no announcement', () => {
    assert.deepEqual(codes(joinLines('忠实践行“八八战略”，坚决做到“两个维护”', '一、甲', '二、乙', '三、丙', '四、丁')), []);
    assert.deepEqual(codes(joinLines('要说一件、干一件、成一件。', '一是甲；二是乙；三是丙。')), []);
    assert.deepEqual(codes(joinLines('要做到四个方面：', '一、甲', '二、乙', '三、丙')), ['0 count.mismatch']);
  });
});

describe('house style', () => {
  it('reports only the forms unlike the document’s own, and names the house form', async () => {
    const text = joinLines('一、甲', '1．子', '2．丑', '3.寅', '二、乙', '1．卯');
    assert.deepEqual(codes(text), ['3 numbering.style']);
    const [style] = speechDiagnostics(parseSpeech(text), 1, defaultSettings()).filter((d) => d.code === 'numbering.style');
    assert.equal(style.message, 'This document writes level-3 heading ordinals as “3．”; found “3.”');
  });

  it('asks for the standard forms with speech.numbering.style "standard"', () => {
    const settings = { ...defaultSettings(), numberingStyle: 'standard' as const };
    const found = speechDiagnostics(parseSpeech(joinLines('一、甲', '1．子', '2．丑')), 1, settings).map((d) => d.code).filter((c) => c !== 'numbering.levelSkip');
    assert.deepEqual(found, ['numbering.style', 'numbering.style']);
  });
});
