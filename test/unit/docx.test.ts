/**
 * Word in and out: .docx files built here with the `docx` library (automatic numbering of every
 * format and restart rule, tracked changes, tables, footnotes) read back exactly; the export's XML
 * (page, grid, fonts per role, page field); export then import gives back every sample and fixture.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  AlignmentType, DeletedTextRun, Document, Footer, FootnoteReferenceRun, Header, InsertedTextRun, LevelFormat, LevelSuffix, Packer, Paragraph,
  Table, TableCell, TableRow, TextRun,
  type ILevelsOptions, type INumberingOptions,
} from 'docx';
import { unzipSync, strFromU8, zipSync } from 'fflate';
import { exportDocxBytes } from '../../server/src/features/docx/export';
import { ImportError, importDocx, importDocxBytes } from '../../server/src/features/docx/import';
import { formatNumber } from '../../server/src/features/docx/numberFormats';
import { PROFILES, readExportSettings, resolveProfile } from '../../server/src/features/docx/profiles';
import { parseSpeech } from '../../server/src/speech/parser';
import { readSettings } from '../../server/src/settings';

const root = join(__dirname, '..', '..');

type Children = (Paragraph | Table)[];

interface Extra {
  footnotes?: Record<number, { children: Paragraph[] }>;
  headers?: boolean;
}

async function docxOf(children: Children, numbering?: INumberingOptions, extra: Extra = {}): Promise<Uint8Array> {
  const document = new Document({
    numbering,
    footnotes: extra.footnotes,
    sections: [{
      children,
      ...(extra.headers ? { headers: { default: new Header({ children: [new Paragraph('页眉文字')] }) }, footers: { default: new Footer({ children: [new Paragraph('页脚文字')] }) } } : {}),
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const level = (n: number, format: ILevelsOptions['format'], text: string, more: Partial<ILevelsOptions> = {}): ILevelsOptions =>
  ({ level: n, format, text, start: 1, alignment: AlignmentType.LEFT, ...more });

const numbered = (text: string, reference: string, at = 0, instance?: number) =>
  new Paragraph({ children: [new TextRun(text)], numbering: { reference, level: at, ...(instance === undefined ? {} : { instance }) } });

const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });

async function imported(children: Children, numbering?: INumberingOptions): Promise<string> {
  return importDocxBytes(await docxOf(children, numbering)).text;
}

describe('import: Word’s automatic numbering written out as Word shows it', () => {
  const speechLevels: INumberingOptions = {
    config: [{
      reference: 'speech',
      levels: [
        level(0, LevelFormat.CHINESE_COUNTING_THOUSAND, '%1、', { suffix: LevelSuffix.NOTHING }),
        level(1, LevelFormat.CHINESE_COUNTING_THOUSAND, '（%2）', { suffix: LevelSuffix.NOTHING }),
        level(2, LevelFormat.DECIMAL, '%3.', { suffix: LevelSuffix.NOTHING }),
        level(3, LevelFormat.DECIMAL, '（%4）', { suffix: LevelSuffix.NOTHING }),
        level(4, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%5', { suffix: LevelSuffix.NOTHING }),
      ],
    }],
  };

  it('numbers the five levels of a speech and restarts deeper levels under each outer one', async () => {
    const text = await imported([
      plain('在会议上的讲话'), plain('同志们：'),
      numbered('提高认识', 'speech', 0), numbered('抓好道路交通', 'speech', 1), numbered('严格落实', 'speech', 2),
      numbered('第一项', 'speech', 3), numbered('要点', 'speech', 4), numbered('要点', 'speech', 4), numbered('第二项', 'speech', 3),
      numbered('抓好建筑施工', 'speech', 1), numbered('严格落实', 'speech', 2),
      plain('一段正文。'),
      numbered('突出重点', 'speech', 0), numbered('抓好消防', 'speech', 1),
    ], speechLevels);
    assert.equal(text, [
      '在会议上的讲话', '同志们：', '一、提高认识', '（一）抓好道路交通', '1.严格落实', '（1）第一项', '①要点', '②要点', '（2）第二项',
      '（二）抓好建筑施工', '1.严格落实', '一段正文。', '二、突出重点', '（一）抓好消防',
    ].join('\n'));
  });

  it('writes each format: counting past ten, upper-case, full-width, circled, stems, decimal chains', async () => {
    const formats: [ILevelsOptions['format'], string, string[]][] = [
      [LevelFormat.CHINESE_COUNTING_THOUSAND, '%1、', ['一、', '二、', '十、', '十一、', '二十、']],
      [LevelFormat.CHINESE_COUNTING, '%1、', ['一、', '二、', '十、', '一一、', '二〇、']],
      [LevelFormat.CHINESE_LEGAL_SIMPLIFIED, '%1、', ['壹、', '贰、', '壹拾、', '壹拾壹、', '贰拾、']],
      [LevelFormat.DECIMAL_FULL_WIDTH, '%1．', ['１．', '２．', '１０．', '１１．', '２０．']],
      [LevelFormat.DECIMAL_ENCLOSED_CIRCLE_CHINESE, '%1', ['①', '②', '⑩', '⑪', '⑳']],
      [LevelFormat.IDEOGRAPH_TRADITIONAL, '%1、', ['甲、', '乙、', '癸、', '11、', '20、']],
    ];
    for (const [format, text, expected] of formats) {
      const values = [1, 2, 10, 11, 20];
      const paragraphs = values.map(() => new Paragraph({ children: [new TextRun('项')], numbering: { reference: 'f', level: 0 } }));
      // Each value is its own list, started at the value.
      const result = await Promise.all(values.map((value, i) => imported([paragraphs[i]], { config: [{ reference: 'f', levels: [level(0, format, text, { start: value, suffix: LevelSuffix.NOTHING })] }] })));
      assert.deepEqual(result, expected.map((label) => `${label}项`), String(format));
    }
  });

  it('writes decimal headings from the outer levels’ numbers, with a space after a label that ends in a digit', async () => {
    const text = await imported([numbered('总则', 'd', 0), numbered('目的', 'd', 1), numbered('依据', 'd', 1), numbered('分则', 'd', 0), numbered('范围', 'd', 1)], {
      config: [{ reference: 'd', levels: [level(0, LevelFormat.DECIMAL, '%1'), level(1, LevelFormat.DECIMAL, '%1.%2')] }],
    });
    assert.equal(text, '1 总则\n1.1 目的\n1.2 依据\n2 分则\n2.1 范围');
  });

  it('writes chapters with a full-width space after 第一章', async () => {
    const text = await imported([numbered('总则', 'c'), numbered('附则', 'c')], {
      config: [{ reference: 'c', levels: [level(0, LevelFormat.CHINESE_COUNTING_THOUSAND, '第%1章', { suffix: LevelSuffix.SPACE })] }],
    });
    assert.equal(text, '第一章\u3000总则\n第二章\u3000附则');
  });

  it('continues a list across other paragraphs and restarts it in a new instance (numId)', async () => {
    const config: INumberingOptions = { config: [{ reference: 'l', levels: [level(0, LevelFormat.CHINESE_COUNTING_THOUSAND, '%1、', { suffix: LevelSuffix.NOTHING })] }] };
    const text = await imported([numbered('甲', 'l'), plain('正文。'), numbered('乙', 'l'), numbered('丙', 'l', 0, 2), numbered('丁', 'l', 0, 2)], config);
    assert.equal(text, '一、甲\n正文。\n二、乙\n一、丙\n二、丁');
  });

  it('keeps a deeper level counting where its restart rule says never', async () => {
    const text = await imported([numbered('甲', 'r', 0), numbered('子', 'r', 1), numbered('乙', 'r', 0), numbered('丑', 'r', 1)], {
      config: [{ reference: 'r', levels: [level(0, LevelFormat.DECIMAL, '%1.', { suffix: LevelSuffix.NOTHING }), level(1, LevelFormat.DECIMAL, '（%2）', { suffix: LevelSuffix.NOTHING })] }],
    });
    assert.equal(text, '1.甲\n（1）子\n2.乙\n（1）丑');
    // The same list with lvlRestart 0 on the second level, written into numbering.xml.
    const bytes = await docxOf([numbered('甲', 'r', 0), numbered('子', 'r', 1), numbered('乙', 'r', 0), numbered('丑', 'r', 1)], {
      config: [{ reference: 'r', levels: [level(0, LevelFormat.DECIMAL, '%1.', { suffix: LevelSuffix.NOTHING }), level(1, LevelFormat.DECIMAL, '（%2）', { suffix: LevelSuffix.NOTHING })] }],
    });
    const edited = editPart(bytes, 'word/numbering.xml', (xml) => xml.replace(/(<w:lvl w:ilvl="1"[^>]*>)/g, '$1<w:lvlRestart w:val="0"/>'));
    assert.equal(importDocxBytes(edited).text, '1.甲\n（1）子\n2.乙\n（2）丑');
  });
});

function editPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(bytes);
  files[path] = new TextEncoder().encode(edit(strFromU8(files[path])));
  return zipSync(files);
}

describe('import: the rest of a Word document', () => {
  it('accepts tracked changes: insertions kept, deletions dropped', async () => {
    const text = await imported([new Paragraph({ children: [new TextRun('要'), new InsertedTextRun({ text: '坚决', id: 1, author: 'a', date: '2024-01-01T00:00:00Z' }), new DeletedTextRun({ text: '努力', id: 2, author: 'a', date: '2024-01-01T00:00:00Z' }), new TextRun('落实。')] })]);
    assert.equal(text, '要坚决落实。');
  });

  it('joins soft line breaks and writes tables one cell a line', async () => {
    const table = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [plain('单位')] }), new TableCell({ children: [plain('人数')] })] }), new TableRow({ children: [new TableCell({ children: [plain('一科')] }), new TableCell({ children: [plain('12')] })] })] });
    const text = await imported([new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '接着写', break: 1 })] }), table, plain('表后。')]);
    assert.equal(text, '第一行接着写\n单位\n人数\n一科\n12\n表后。');
  });

  it('writes footnotes after the text and names headers and footers it left out', async () => {
    const bytes = await docxOf([new Paragraph({ children: [new TextRun('正文'), new TextRun({ children: [] }), new FootnoteReferenceRun(1), new TextRun('。')] })],
      undefined, { footnotes: { 1: { children: [plain('注释内容。')] } }, headers: true });
    const result = importDocxBytes(bytes);
    assert.equal(result.text, '正文[1]。\n[1] 注释内容。');
    assert.equal(result.warnings.length, 2);
  });

  it('answers a .doc, a WPS file, text and a damaged zip with a message, never a crash', () => {
    assert.throws(() => importDocxBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), (error) => error instanceof ImportError && /\.docx/.test(error.message));
    assert.throws(() => importDocxBytes(new TextEncoder().encode('同志们：')), ImportError);
    assert.throws(() => importDocxBytes(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])), ImportError);
    assert.throws(() => importDocx('@@@'), ImportError);
    assert.throws(() => importDocxBytes(zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body>') })), ImportError);
    assert.throws(() => importDocxBytes(zipSync({ 'a.txt': new Uint8Array([1]) })), ImportError);
  });
});

describe('numbers in Word’s formats', () => {
  it('writes the formats of Chinese documents', () => {
    assert.equal(formatNumber(3, 'chineseCountingThousand'), '三');
    assert.equal(formatNumber(21, 'chineseCountingThousand'), '二十一');
    assert.equal(formatNumber(12, 'chineseCounting'), '一二');
    assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
    assert.equal(formatNumber(3, 'decimalEnclosedParen'), '⑶');
    assert.equal(formatNumber(27, 'upperLetter'), 'AA');
    assert.equal(formatNumber(14, 'lowerRoman'), 'xiv');
    assert.equal(formatNumber(5, 'unknownFormat'), '5');
    assert.equal(formatNumber(5, 'none'), '');
  });
});

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

describe('export: the layout of GB/T 9704', () => {
  const text = ['关于做好安全生产工作的讲话', '——在全县安全生产工作会议上', '（2024年3月1日）', '同志们：', '今天召开会议。', '一、提高认识', '（一）抓好交通安全。严格落实责任制。', '1.落实“一岗双责”——不留死角……', '同志们，让我们共同努力。'].join('\n');
  const parts = partsOf(exportDocxBytes(parseSpeech(text), PROFILES.gbt9704));
  const document = parts['word/document.xml'];
  const paragraphs = document.split('<w:p>').slice(1);

  it('sets A4 and the margins in twips, and a grid of 22 lines', () => {
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"\/>/);
    assert.match(document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(document, /<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    assert.match(parts['word/styles.xml'], /<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/>/);
  });

  it('gives every role its font and size, on every run, with the East Asian hint and no theme fonts', () => {
    const run = (font: string, size: number) => new RegExp(`<w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}" w:hint="eastAsia"/>(<w:spacing w:val="-?\\d+"/>)?<w:sz w:val="${size}"/>`);
    assert.match(paragraphs[0], /w:val="Title"/);
    assert.match(paragraphs[0], run('方正小标宋简体', 44));
    assert.match(paragraphs[1], run('楷体_GB2312', 32));
    assert.match(paragraphs[2], run('楷体_GB2312', 32));
    assert.match(paragraphs[3], /w:val="Salutation"/);
    assert.match(paragraphs[5], /w:val="Heading1"/);
    assert.match(paragraphs[5], run('黑体', 32));
    assert.match(paragraphs[6], /w:val="Heading2"/);
    // A run-in heading: 楷体 for its ordinal and text, then the body's 仿宋.
    assert.match(paragraphs[6], new RegExp(`${run('楷体_GB2312', 32).source}<w:szCs w:val="32"\\/><\\/w:rPr><w:t xml:space="preserve">（一）抓好交通安全。</w:t>.*${run('仿宋_GB2312', 32).source}<w:szCs w:val="32"\\/><\\/w:rPr><w:t xml:space="preserve">严格落实责任制。`));
    assert.match(paragraphs[7], run('仿宋_GB2312', 32));
    assert.equal((document.match(/<w:r>/g) ?? []).length, (document.match(/w:hint="eastAsia"/g) ?? []).length);
    assert.doesNotMatch(Object.values(parts).join(''), /Theme/);
    assert.match(parts['word/styles.xml'], /<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"\/>.*<w:keepNext\/><w:outlineLvl w:val="0"\/>/);
  });

  it('numbers pages — N — in 4号 宋体, odd pages right and even pages left, one character in', () => {
    assert.match(parts['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
    assert.match(document, /<w:footerReference w:type="default" r:id="rIdFooter1"\/><w:footerReference w:type="even" r:id="rIdFooter2"\/>/);
    for (const [file, side, indent] of [['word/footer1.xml', 'right', 'w:right'], ['word/footer2.xml', 'left', 'w:left']]) {
      const footer = parts[file];
      assert.match(footer, new RegExp(`<w:ind ${indent}="280"/><w:jc w:val="${side}"/>`));
      assert.match(footer, /w:eastAsia="宋体"[^>]*\/><w:sz w:val="28"\/>/);
      assert.match(footer, /<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve"> PAGE <\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/);
    }
  });

  it('lays the reading copy out larger, its page number centred, paragraphs kept whole', () => {
    const reading = partsOf(exportDocxBytes(parseSpeech(text), PROFILES.reading));
    assert.match(reading['word/styles.xml'], /<w:sz w:val="36"\/>/);
    assert.match(reading['word/styles.xml'], /w:line="720" w:lineRule="exact"/);
    assert.match(reading['word/styles.xml'], /w:styleId="Normal".*?<w:keepLines\/>/);
    assert.match(reading['word/footer1.xml'], /<w:jc w:val="center"\/>/);
    assert.equal(reading['word/footer2.xml'], undefined);
    assert.doesNotMatch(reading['word/settings.xml'], /evenAndOddHeaders/);
  });
});

describe('export settings', () => {
  it('overrides fonts, size, pitch and page number, and says what it ignored', () => {
    const problems: string[] = [];
    const settings = readExportSettings({ profile: 'reading', fonts: { body: '宋体', nope: 'x', title: 3 }, bodySize: 20, linePitch: 'wide', pageNumber: 'outside' }, problems);
    const profile = resolveProfile(settings);
    assert.equal(profile.name, 'reading');
    assert.equal(profile.fonts.body, '宋体');
    assert.equal(profile.fonts.title, '方正小标宋简体');
    assert.equal(profile.bodySize, 20);
    assert.equal(profile.linePitch, 36);
    assert.equal(profile.pageNumber, 'outside');
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.equal(resolveProfile(settings, 'gbt9704').name, 'gbt9704');
    assert.deepEqual(readSettings({ export: { profile: 'wide' } }).problems, ['speech.export.profile: expected one of gbt9704, reading, got "wide"']);
    assert.equal(readSettings({ export: 3 }).settings.export.profile, 'gbt9704');
  });
});

describe('export then import gives back the text', () => {
  const files = [
    ...readdirSync(join(root, 'samples')).map((name) => join('samples', name)),
    ...readdirSync(join(root, 'test', 'fixtures')).filter((name) => name.endsWith('.speech')).map((name) => join('test', 'fixtures', name)),
    ...readdirSync(join(root, 'test', 'fixtures', 'documents')).map((name) => join('test', 'fixtures', 'documents', name)),
  ].filter((path) => path.endsWith('.speech') || path.endsWith('.md'));

  for (const path of files) {
    it(path, () => {
      const text = readFileSync(join(root, path), 'utf8').replace(/\r\n?/g, '\n');
      for (const profile of [PROFILES.gbt9704, PROFILES.reading]) {
        const back = importDocxBytes(exportDocxBytes(parseSpeech(text), profile));
        assert.equal(back.text, text, `${path} (${profile.name})`);
        assert.deepEqual(back.warnings, ['The footers were left out.'], 'the page numbers');
      }
    });
  }

  it('keeps tabs, spaces, XML’s special characters and a long line', () => {
    const text = '标题\n同志们：\n\t缩进  两个空格 <a> & "引号" \u3000全角\n' + '很长的一段。'.repeat(2000);
    assert.equal(importDocxBytes(exportDocxBytes(parseSpeech(text), PROFILES.gbt9704)).text, text);
  });
});
