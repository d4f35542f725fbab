// Writes syntaxes/speech.tmLanguage.json from the readable pieces below:
// `node scripts/grammar.mjs` (the grammar test fails when the committed file differs).
//
// Each heading kind gets a scope by its rank: `markup.heading.part|chapter|section|article.speech`,
// `markup.heading.N.speech` for the five levels of a speech, `markup.heading.decimal.speech`, and
// `markup.heading.division.speech` for unnumbered divisions (`引　　言`). The ordinal is
// `constant.numeric.ordinal.speech`, and the text a scope whose first segments common themes colour
// differently per rank. No scope of the grammar is one a default theme colours the bright red of an
// error (`keyword` and `storage` in the Light 2026 and Dark 2026 themes, `entity.other.attribute-name`
// in Light+): authors would read a series word or a heading as a problem. Markdown marks (`## `, `**`) are punctuation. The words that decide a line
// (document words of a title, the audience of a salutation, the divisions, the topic words of
// `第一个问题：`) come from server/src/speech/words.json, the parser's own lists. The rest of a
// heading line (a run-in paragraph) is body text.
import { readFileSync, writeFileSync } from 'node:fs';

const words = JSON.parse(readFileSync(new URL('../server/src/speech/words.json', import.meta.url), 'utf8'));
const any = (list) => `(?:${[...list].sort((a, b) => b.length - a.length).join('|')})`;

const INDENT = '[ \\t\\u3000]*';
/** Markdown marks before a heading (`## `) or around it (`**`): read as punctuation, not text. */
const MARKS = '((?:#{1,6}[ \\u3000]+)?(?:\\*\\*)?)';
const DIGIT = '[一二三四五六七八九]';
/** A well-formed Chinese numeral of 1–999, as the parser reads it (`十四五` is not one). */
const CN = `(?:${DIGIT}百(?:${DIGIT}十${DIGIT}?|零${DIGIT})?|[二三四五六七八九]?十${DIGIT}?|${DIGIT})`;
const UPPER = '[壹贰叁肆伍陆柒捌玖拾]{1,3}';
const AR = '(?:[1-9][0-9]{0,2}|[１-９][０-９]{0,2})';
const SPACE = '[ \\u3000]';
const RANGE_UNITS = '(?:季度|月|年|期|批|类|级|届|次|轮|档|等|线|产|号|个|种|项)';
const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const consecutive = (list) => list.slice(0, -1).map((n, i) => `${n}、${list[i + 1]}`).join('|');
/** `一、二季度`, `1、2月份`: a numeral range in running text, never a heading. */
const CN_RANGE = `(?!(?:${consecutive(cn)})(?:、[一二三四五六七八九十])*${RANGE_UNITS})`;
const AR_RANGE = `(?!(?:${consecutive(Array.from({ length: 12 }, (_, i) => String(i + 1)))})(?:、[0-9]+)*${RANGE_UNITS})`;
const TEXT = '([^。！？：]*)';
const ARTICLE_TEXT = '([^。！？：；]*)';

/** The ordinal of each kind, as the parser reads it at the start of a line. */
const ordinals = {
  part: `第${CN}(?:部分|编|篇)(?:${SPACE}|[：:])`,
  chapter: `第${CN}章(?:${SPACE}|[：:])`,
  section: `第${CN}节(?:${SPACE}|[：:])`,
  article: `第${CN}条(?:${SPACE}|[：:])`,
  1: `(?:${CN_RANGE}${CN}(?:[、.．，,:：]|${SPACE}(?=[^ \\t\\u3000]))|${UPPER}(?:[、.．，,:：]|${SPACE}(?=[^ \\t\\u3000]))|第${CN}个${any(words.level1TopicWords)}[：:]|第${CN}${SPACE}(?=[^ \\t\\u3000][^。；！？：]{0,29}$)|${CN}(?=$))`,
  2: `(?:[（(]${CN}[）)](?:、|[.．](?![0-9０-９]))?|[\\x{3220}-\\x{3229}])`,
  decimal: `(?:[1-9][0-9]?(?:[.．][1-9][0-9]?){1,4}${SPACE}(?=[^ \\t\\u3000]))`,
  3: `(?:${AR_RANGE}${AR}[.．、，](?![0-9０-９])|[\\x{2488}-\\x{249B}])`,
  4: `(?:[（(]${AR}[）)](?:、|[.．](?![0-9０-９]))?|[\\x{2474}-\\x{2487}])`,
  5: `(?:[\\x{2460}-\\x{2473}\\x{3251}-\\x{325F}\\x{32B1}-\\x{32BF}](?:、|\\.(?![0-9]))?)`,
};
/**
 * Outer ranks take the colours themes give to the outer kinds of a program. Level 5 borrows the
 * regular expression's colour, which every default theme gives, none of them in the red of an
 * error, and each apart from its levels 1–4 (test/e2e/colours.test.ts checks all ten).
 */
const textScopes = {
  part: 'entity.name.namespace.heading.part.speech',
  chapter: 'entity.name.class.heading.chapter.speech',
  section: 'entity.name.class.heading.section.speech',
  article: 'entity.name.tag.heading.article.speech',
  1: 'entity.name.section.heading.1.speech',
  2: 'entity.name.type.heading.2.speech',
  decimal: 'entity.name.function.heading.decimal.speech',
  3: 'entity.name.function.heading.3.speech',
  4: 'entity.name.variable.heading.4.speech',
  5: 'constant.regexp.heading.5.speech',
};

const heading = (kind) => ({
  name: `markup.heading.${kind}.speech`,
  match: `^${INDENT}${MARKS}(${ordinals[kind]})${INDENT}${kind === 'article' ? ARTICLE_TEXT : TEXT}`,
  captures: {
    1: { name: 'punctuation.definition.heading.markdown.speech' },
    2: { name: `constant.numeric.ordinal.speech punctuation.definition.heading.${kind}.speech` },
    3: { name: textScopes[kind], patterns: [{ include: '#quotation' }] },
  },
});

const LETTER_SPACED = (word) => [...word].join('[ \\t\\u3000]*');
const SERIES = `(?:${CN}[要是]|第${CN}[，,、]|其[一二三四五六七八九十][，,、]|(?:首先|其次|再次)[，,、])`;
const COUNT = `(?:[一二三四五六七八九十两百]{1,5}|[0-9０-９]{1,3})`;
const MEASURE = '(?:个方面|方面|个问题|点|条|项|件)';
const SENTENCE = '。！？；，：';
const DOCUMENT_WORD = any(words.documentWords);
const AUDIENCE = any(words.addressTerms.filter((w) => w !== '们'));

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Speech',
  scopeName: 'source.speech',
  patterns: [
    { include: '#title' },
    { include: '#salutation' },
    { include: '#headings' },
    { include: '#division' },
    { include: '#markdown' },
    { include: '#attachment' },
    { include: '#body' },
  ],
  repository: {
    title: {
      comment: 'A line that reads as a title: 在…上的讲话, or ending in a document word (…的通知, …实施方案), with no sentence marks.',
      match: `^${INDENT}(?:#[ \\u3000]+)?((?:在[^${SENTENCE}]{1,60}上的[^${SENTENCE}]{0,10}|[^${SENTENCE}\\s#][^。！？；：]{0,70})${DOCUMENT_WORD}|在[^${SENTENCE}]{1,60}上的[^${SENTENCE}]{1,10})${INDENT}$`,
      captures: { 1: { name: 'markup.heading.title.speech entity.name.section.title.speech' } },
    },
    salutation: {
      comment: 'A short line that addresses the audience and ends in a colon: 同志们：, 乡亲们：',
      match: `^${INDENT}((?:尊敬的)?[^。！？；，：:\\s]{0,12}(?:${AUDIENCE}|[^。！？；，：:\\s]们)[^。！？；，：:]{0,6})([：:])${INDENT}$`,
      captures: { 1: { name: 'entity.name.tag.salutation.speech' }, 2: { name: 'punctuation.separator.salutation.speech' } },
    },
    headings: { patterns: ['part', 'chapter', 'section', 'article', 5, 2, 4, 'decimal', 3, 1].map(heading) },
    division: {
      comment: 'A division of the document on a line of its own, often letter-spaced: 引　　言, 结　论, 目录',
      match: `^${INDENT}${MARKS}(${words.divisionWords.map(LETTER_SPACED).join('|')})${INDENT}$`,
      captures: { 1: { name: 'punctuation.definition.heading.markdown.speech' }, 2: { name: 'markup.heading.division.speech entity.name.section.heading.division.speech' } },
    },
    markdown: {
      comment: 'A Markdown heading without a number: ## 结论 (the marks are punctuation)',
      match: `^${INDENT}(#{1,6}[ \\u3000]+)(.+)$`,
      captures: { 1: { name: 'punctuation.definition.heading.markdown.speech' }, 2: { name: 'markup.heading.markdown.speech entity.name.section.heading.markdown.speech' } },
    },
    attachment: {
      comment: 'An attachment: 附件, 附件1, 附：, 附2：…, and the attachment note 附件：1.…',
      match: `^${INDENT}(${any(words.attachmentWords)}(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})?(?:[：:]|$))`,
      captures: { 1: { name: 'support.type.attachment.speech' } },
    },
    body: { patterns: [{ include: '#series' }, { include: '#count' }, { include: '#quotation' }] },
    series: {
      comment: 'A series word at the start of a paragraph or after a sentence break: 一是, 二要, 第三，, 其一，',
      match: `(?:^${INDENT}|(?<=[。；：，！？;:,!?]))(${SERIES})`,
      captures: { 1: { name: 'constant.language.series.speech' } },
    },
    count: {
      patterns: [
        {
          comment: 'After 讲/谈/说/强调/提 a count always announces: 我讲三点意见, 强调4点',
          match: `(?<=[讲谈说提]|强调)(?:以下|一下|了|这)?(${COUNT}${MEASURE})`,
          captures: { 1: { name: 'constant.numeric.count.speech' } },
        },
        {
          comment: 'After another verb only when its clause really ends in a colon: 要做到四个方面：, 抓好“十个必须”：',
          match: `(?<![第一二三四五六七八九十两百0-9０-９.．])(${COUNT}${MEASURE}|“${COUNT}[个项][^”。；，：]{1,10}”)(?=[^。；！？，：;!?,:]*[：:])`,
          captures: { 1: { name: 'constant.numeric.count.speech' } },
        },
      ],
    },
    quotation: {
      patterns: [
        { name: 'string.quoted.double.speech', begin: '“', end: '”|$', beginCaptures: { 0: { name: 'punctuation.definition.string.begin.speech' } }, endCaptures: { 0: { name: 'punctuation.definition.string.end.speech' } }, patterns: [{ include: '#quotation' }] },
        { name: 'string.quoted.single.speech', begin: '‘', end: '’|$', beginCaptures: { 0: { name: 'punctuation.definition.string.begin.speech' } }, endCaptures: { 0: { name: 'punctuation.definition.string.end.speech' } } },
        { name: 'string.quoted.other.title.speech', match: '《[^《》\\n]{1,60}》' },
      ],
    },
  },
};

const out = new URL('../syntaxes/speech.tmLanguage.json', import.meta.url);
const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const { readFileSync } = await import('node:fs');
  if (readFileSync(out, 'utf8') !== text) {
    console.error('syntaxes/speech.tmLanguage.json is out of date: run node scripts/grammar.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
}
