import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { codeActions, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { speechDiagnostics } from '../../server/src/features/diagnostics';
import table from '../../server/src/features/text/variantGlyphs.json';
import { VARIANT_GLYPHS } from '../../server/src/features/text/variantGlyph';
import { parseSpeech } from '../../server/src/speech/parser';
import { defaultSettings, type Settings } from '../../server/src/settings';
import { actionEdits, applyEdits, joinLines } from './util';

const VERSION = 7;

function diagnose(text: string, settings: Settings = defaultSettings()): Diagnostic[] {
  return speechDiagnostics(parseSpeech(text), VERSION, settings);
}

/** `line:column code “found”` for every text diagnostic. */
function found(text: string, settings?: Settings): string[] {
  const lines = text.split('\n');
  return diagnose(text, settings).filter((d) => String(d.code).startsWith('text.')).map((d) =>
    `${d.range.start.line}:${d.range.start.character} ${d.code} “${lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)}”`);
}

function quickFixes(text: string, diagnostic: Diagnostic, settings = defaultSettings()): CodeAction[] {
  return codeActions(parseSpeech(text), { uri: 'file:///t.speech', version: VERSION, diagnostics: [diagnostic], only: ['quickfix'] }, settings);
}

function fixAll(text: string, settings = defaultSettings()): string {
  const [action] = codeActions(parseSpeech(text), { uri: 'file:///t.speech', version: VERSION, diagnostics: [], only: [FIX_ALL_KIND] }, settings);
  return action ? applyEdits(text, actionEdits(action)) : text;
}

/** Each example alone on a line: its code, and the line after its preferred quick fix (null: no fix). */
const EXAMPLES: [string, string, string | null][] = [
  ['XX市要抓好落实。', 'text.placeholder', null],
  ['弘扬XXX精神。', 'text.placeholder', null],
  ['省委X届X次全会', 'text.placeholder', null],
  ['××同志', 'text.placeholder', null],
  ['ＸＸ县', 'text.placeholder', null],
  ['某某局长', 'text.placeholder', null],
  ['时间：【待定】', 'text.placeholder', null],
  ['地点：【待补】', 'text.placeholder', null],
  ['参会人数：＿＿人', 'text.placeholder', null],
  ['签名：___', 'text.placeholder', null],
  ['重点领域,紧盯关键环节', 'text.halfwidthPunctuation', '重点领域，紧盯关键环节'],
  ['一是抓学习;二是抓落实', 'text.halfwidthPunctuation', '一是抓学习；二是抓落实'],
  ['主要有三点:第一', 'text.halfwidthPunctuation', '主要有三点：第一'],
  ['难道不是吗?我们', 'text.halfwidthPunctuation', '难道不是吗？我们'],
  ['一定要做好!同志们', 'text.halfwidthPunctuation', '一定要做好！同志们'],
  ['办法(试行)规定', 'text.halfwidthPunctuation', '办法（试行）规定'],
  ['我讲三点 意见。', 'text.cjkSpace', '我讲三点意见。'],
  ['2019 年全市', 'text.cjkSpace', '2019年全市'],
  ['加强 监督，落实责任。', 'text.cjkSpace', '加强监督，落实责任。'],
  ['持续缩小 “三大差距”。', 'text.cjkSpace', '持续缩小“三大差距”。'],
  ['质量强省。 推进改革。', 'text.cjkSpace', '质量强省。推进改革。'],
  ['共有280 多个单位。', 'text.cjkSpace', '共有280多个单位。'],
  ['《 人民日报》', 'text.cjkSpace', '《人民日报》'],
  ['9月26 日', 'text.cjkSpace', '9月26日'],
  ['突岀重点', 'text.variantGlyph', '突出重点'],
  ['釆取措施', 'text.variantGlyph', '采取措施'],
  ['要抓落实。。', 'text.repeatedPunctuation', '要抓落实。'],
  ['作风，，纪律', 'text.repeatedPunctuation', '作风，纪律'],
  ['省、、市', 'text.repeatedPunctuation', '省、市'],
  ['还有很多。。。', 'text.repeatedPunctuation', '还有很多……'],
  ['树立“四个意识', 'text.unbalancedPair', null],
  ['坚持‘两个维护', 'text.unbalancedPair', null],
  ['（试行规定', 'text.unbalancedPair', null],
  ['学习《条例', 'text.unbalancedPair', null],
  ['【打击倒卖', 'text.unbalancedPair', null],
  ['四个意识”', 'text.unbalancedPair', null],
  ['抓好落实。 ', 'text.trailingSpace', '抓好落实。'],
  ['抓好落实。\u3000', 'text.trailingSpace', '抓好落实。'],
];

describe('text checks', () => {
  for (const [line, code, fixed] of EXAMPLES) {
    it(`reports ${code} in ${JSON.stringify(line)}${fixed === null ? '' : ' and fixes it'}`, () => {
      const diagnostics = diagnose(line).filter((d) => d.code === code);
      assert.ok(diagnostics.length >= 1, `${code} in ${line}: ${JSON.stringify(diagnose(line).map((d) => d.code))}`);
      assert.deepEqual(diagnose(line).filter((d) => !String(d.code).startsWith(code)), [], 'no other problem');
      const fixes = quickFixes(line, diagnostics[0]);
      if (fixed === null) {
        assert.deepEqual(fixes, []);
      } else {
        assert.equal(fixes[0].isPreferred, true);
        assert.equal(applyEdits(line, actionEdits(fixes[0])), fixed);
        assert.deepEqual(diagnose(fixed).filter((d) => d.code === code), [], 'the fix leaves nothing of its code');
      }
    });
  }

  it('leaves the spaces that are layout: U+3000, after an ordinal, on lines without a sentence, inside a cited title', () => {
    for (const line of [
      '加强　监督，落实责任。', '国务院总理 李克强', '中共中央 国务院关于实施乡村振兴战略的意见', '引　　言', '成员： 张三 李四 王五',
      '第六条 个人所得税法规定的所得，包括工资。', '1.1 编制目的及依据', '〔1〕 见本书第一卷，第一页。', '印发《关于加强师德建设 抵制有偿家教的意见》，请遵照执行。',
    ]) {
      assert.deepEqual(diagnose(line).filter((d) => d.code === 'text.cjkSpace'), [], line);
    }
  });

  it('underlines only the placeholder: XX in XX项目, not the 项 after it; a single X keeps its unit', () => {
    assert.deepEqual(found('推进XX项目建设。'), ['0:2 text.placeholder “XX”']);
    assert.deepEqual(found('完成XX个部门。'), ['0:2 text.placeholder “XX”']);
    assert.deepEqual(found('省委X届X次全会'), ['0:2 text.placeholder “X届X次”']);
  });

  it('says what was found and what to write, in Chinese and English', () => {
    assert.equal(diagnose('重点领域,紧盯')[0].message, 'Half-width “,” in Chinese text: write “，”');
    assert.equal(diagnose('突岀重点')[0].message, '“岀” (U+5C80, a rare variant of “出”): write “出”');
    assert.equal(diagnose('我讲三点 意见。')[0].message, 'Stray space between “点” and “意”: remove it');
    assert.equal(diagnose('XX市')[0].message, 'Unfilled placeholder “XX”: replace it with the actual name, number or text');
    const zh = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    for (const d of [...diagnose('重点领域,紧盯'), ...diagnose('树立“四个意识'), ...diagnose('要抓落实。。 ')]) {
      const template = Object.keys(zh).find((k) => new RegExp(`^${k.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\d\}/g, '.*')}$`).test(String(d.message)));
      assert.ok(template, `a translation for ${d.message}`);
    }
    assert.equal(diagnose('树立“四个意识')[0].message, '“ is not closed in this paragraph: add ” where it ends');
    assert.equal(diagnose('四个意识”')[0].message, '” closes nothing in this paragraph: add “ where it begins, or delete it');
  });

  it('uses the default severities: placeholders and trailing space are information', () => {
    const severity = (text: string) => diagnose(text)[0].severity;
    assert.equal(severity('XX市'), 3);
    assert.equal(severity('落实。 '), 3);
    assert.equal(severity('领域,紧盯'), 2);
    assert.equal(severity('突岀'), 2);
  });

  it('leaves alone what an author expects to be left alone', () => {
    const text = joinLines(
      '详见https://www.example.gov.cn/a?b=1,c=2:3，或发邮件至office@example.gov.cn;谢谢',
      '增长3.5个百分点，上午10:30开会，比分2:1。',
      '英文写作Hello, world! Yes; no: maybe? (ok)',
      '他说It’s fine。还有……以及——破折号。',
      'X光检查、XXL号、Windows XP系统',
      '【打击倒卖活动】',
      '一 加强领导',
      '(1)落实责任',
      '“第一段引文，',
      '“第二段引文。”',
    );
    assert.deepEqual(found(text), []);
  });

  it('fixes an ASCII bracket pair together, certain only between Chinese characters', () => {
    const [open] = diagnose('办法(试行)规定');
    assert.equal(applyEdits('办法(试行)规定', actionEdits(quickFixes('办法(试行)规定', open)[0])), '办法（试行）规定');
    assert.equal(fixAll('办法(试行)规定'), '办法（试行）规定');
    assert.equal(fixAll('办法(试行)'), '办法(试行)', 'the line end is not Chinese: reported, not rewritten');
    assert.deepEqual(found('办法(试行)'), ['0:2 text.halfwidthPunctuation “(”', '0:5 text.halfwidthPunctuation “)”']);
  });

  it('joins fix-all only where it is certain', () => {
    const text = joinLines('领域,紧盯。。突岀釆取', '使用AI,提高效率', '我讲三点 意见', '落实。\u3000', 'XX市“四个意识', '还有很多。。。');
    assert.equal(fixAll(text), joinLines('领域，紧盯。突出采取', '使用AI,提高效率', '我讲三点 意见', '落实。', 'XX市“四个意识', '还有很多。。。'));
    assert.equal(fixAll(fixAll(text)), fixAll(text), 'idempotent');
  });

  it('renumbers and fixes text in one fix-all without overlapping edits', () => {
    const text = joinLines('一、甲', '三、乙,丙', '第一,甲。第三,乙。');
    assert.equal(fixAll(text), joinLines('一、甲', '二、乙，丙', '第一，甲。第二，乙。'));
    assert.equal(fixAll(fixAll(text)), fixAll(text));
  });

  it('offers to fix every problem of the same code in the file', () => {
    const text = joinLines('领域,紧盯', '使用AI,提高', '我讲三点 意见。', '2019 年');
    const [first] = diagnose(text).filter((d) => d.code === 'text.halfwidthPunctuation');
    const all = quickFixes(text, first).find((a) => a.title === 'Use full-width punctuation in Chinese text throughout this file')!;
    assert.equal(applyEdits(text, actionEdits(all)), joinLines('领域，紧盯', '使用AI，提高', '我讲三点 意见。', '2019 年'));
    const space = diagnose(text).find((d) => d.code === 'text.cjkSpace')!;
    const spaces = quickFixes(text, space).find((a) => a.title === 'Remove every such space in this file')!;
    assert.equal(applyEdits(text, actionEdits(spaces)), joinLines('领域,紧盯', '使用AI,提高', '我讲三点意见。', '2019年'));
  });

  it('computes nothing for a code that is off, and fix-all leaves its problems alone', () => {
    const settings = defaultSettings();
    settings.severity['text.variantGlyph'] = 'off';
    assert.deepEqual(found('突岀重点', settings), []);
    assert.equal(fixAll('突岀重点', settings), '突岀重点');
  });

  it('accepts the allowed words as written', () => {
    const settings = defaultSettings();
    settings.allowed = ['某某', '张　三', 'XX'];
    assert.deepEqual(found('某某局长张　三，XX市，ＸＸ县', settings), ['0:12 text.placeholder “ＸＸ”']);
    assert.equal(fixAll('张　三', settings), '张　三');
  });

  it('refuses the quick fix of a diagnostic from another version', () => {
    const [diagnostic] = diagnose('突岀');
    const actions = codeActions(parseSpeech('突岀'), { uri: 'file:///t.speech', version: VERSION + 1, diagnostics: [diagnostic], only: ['quickfix'] }, defaultSettings());
    assert.deepEqual(actions, []);
  });
});

describe('the look-alike table', () => {
  it('has one character and its intended character in every entry', () => {
    assert.ok(table.glyphs.length >= 2);
    for (const { found: glyph, write, note } of table.glyphs) {
      assert.equal([...glyph].length, 1, glyph);
      assert.equal([...write].length, 1, write);
      assert.notEqual(glyph, write);
      assert.ok(note.includes(`U+${glyph.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`), `${glyph}'s note names its code point`);
      assert.ok(!VARIANT_GLYPHS.has(write), `${write} is itself not a look-alike`);
    }
  });

  for (const { found: glyph, write } of table.glyphs) {
    it(`rewrites ${glyph} as ${write}`, () => {
      const line = `加强${glyph}作`;
      assert.deepEqual(found(line), [`0:2 text.variantGlyph “${glyph}”`]);
      assert.equal(fixAll(line), `加强${write}作`);
    });
  }

  it('rewrites a compatibility ideograph to the ideograph it stands for', () => {
    const compatibility = '\uf9b5'; // 例 U+F9B5 → 例 U+4F8B
    assert.equal(compatibility.normalize('NFC'), '例');
    assert.equal(fixAll(`举${compatibility}说明`), '举例说明');
  });
});

describe('the corpus', () => {
  const sample = (name: string) => readFileSync(join(__dirname, '..', '..', 'samples', name), 'utf8');

  it('finds exactly the problems of the city speech', () => {
    assert.deepEqual(found(sample('city-clean-government.speech')), [
      '2:30 text.placeholder “X次”', // 市纪委X次全会
      '2:78 text.placeholder “XX”', // 刚才XX的主要负责同志
      '2:99 text.placeholder “XX”', // XX等X个部门
      '2:102 text.placeholder “X个”',
      '2:117 text.cjkSpace “ ”', // 2019 年
      '2:136 text.placeholder “X件”', // 受理信访举报X件次
      '2:312 text.placeholder “XX”', // 促进XX经济社会
      '3:7 text.cjkSpace “ ”', // 我讲三点 意见
      '5:54 text.placeholder “XX”',
      '14:84 text.placeholder “XX”', // 《XX市工程建设招投标…》
      '14:103 text.placeholder “XX”',
      '21:123 text.placeholder “XX”',
      '23:103 text.placeholder “X件”', // 以及X件重大事项
      '23:169 text.trailingSpace “\u3000”',
    ]);
  });

  it('takes a pasted banner’s spaces for layout (no sentence mark on those lines): only its trailing spaces', () => {
    const banner = readFileSync(join(__dirname, '..', 'fixtures', 'banner.speech'), 'utf8');
    assert.deepEqual(found(banner), ['3:10 text.trailingSpace “ ”', '7:31 text.trailingSpace “         ”']);
  });

  it('finds exactly the problems of the county speech', () => {
    assert.deepEqual(found(sample('county-review.speech')), [
      '5:71 text.variantGlyph “釆”', // 釆取了有力措施
      '6:384 text.placeholder “X届X次”',
      '6:413 text.variantGlyph “岀”', // 突岀问题
      '6:446 text.placeholder “X届X次”',
      '6:461 text.halfwidthPunctuation “,”', // 提出,让腐败问题
      '8:163 text.placeholder “XXX”', // 弘扬XXX精神
      '8:169 text.placeholder “XXX”',
      '8:176 text.placeholder “XXX”',
      '10:10 text.variantGlyph “岀”', // 突岀惩治重点
      '10:39 text.halfwidthPunctuation “,”', // 重点领域,紧盯
      '10:102 text.halfwidthPunctuation “,”',
      '10:115 text.variantGlyph “岀”', // 红脸岀汗
    ]);
  });

  it('keeps the slips of the demo speeches that `npm start` opens', () => {
    const codes = (name: string) => diagnose(sample(name)).map((d) => `${d.range.start.line} ${d.code}`);
    assert.deepEqual(codes('numbering-demo.speech'), ['8 numbering.style', '9 numbering.skip', '13 numbering.mixedSeries']);
    assert.deepEqual(codes('text-demo.speech'), [
      '0 text.placeholder', '2 text.placeholder', '4 text.halfwidthPunctuation', '4 text.cjkSpace', '4 text.repeatedPunctuation',
      '5 text.variantGlyph', '6 text.variantGlyph', '6 text.unbalancedPair', '6 text.cjkSpace', '7 text.trailingSpace',
    ]);
  });

  it('finds nothing in a clean speech that quotes, cites, links and abbreviates', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'clean.speech'), 'utf8');
    assert.deepEqual(diagnose(text), []);
  });
});
