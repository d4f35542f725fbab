// Writes syntaxes/speech.tmLanguage.json from the readable pieces below:
// `node scripts/grammar.mjs` (the grammar test fails when the committed file differs).
//
// Each heading level gets `markup.heading.N.speech` over its ordinal and text, the ordinal
// `constant.numeric.ordinal.speech`, and a text scope whose first segments common themes colour
// differently per level (entity.name.section / type / function, entity.other.attribute-name, keyword.control).
// The rest of a heading line (a run-in paragraph) is body text.
import { writeFileSync } from 'node:fs';

const INDENT = '[ \\t\\u3000]*';
const DIGIT = '[一二三四五六七八九]';
/** A well-formed Chinese numeral of 1–999, as the parser reads it (`十四五` is not one). */
const CN = `(?:${DIGIT}百(?:${DIGIT}十${DIGIT}?|零${DIGIT})?|[二三四五六七八九]?十${DIGIT}?|${DIGIT})`;
const AR = '(?:[1-9][0-9]{0,2}|[１-９][０-９]{0,2})';
const RANGE_UNITS = '(?:季度|月|年|期|批|类|级|届|次|轮|档|等|线|产|号|个|种|项)';
const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const consecutive = (list) => list.slice(0, -1).map((n, i) => `${n}、${list[i + 1]}`).join('|');
/** `一、二季度`, `1、2月份`: a numeral range in running text, never a heading. */
const CN_RANGE = `(?!(?:${consecutive(cn)})(?:、[一二三四五六七八九十])*${RANGE_UNITS})`;
const AR_RANGE = `(?!(?:${consecutive(Array.from({ length: 12 }, (_, i) => String(i + 1)))})(?:、[0-9]+)*${RANGE_UNITS})`;
const TEXT = '([^。！？：]*)';

const ordinals = {
  1: `${CN_RANGE}${CN}(?:[、.．，,:]|[ \\u3000](?=[^ \\t\\u3000]))`,
  2: `(?:[（(]${CN}[）)](?:、|[.．](?![0-9０-９]))?|[\\x{3220}-\\x{3229}])`,
  3: `(?:${AR_RANGE}${AR}[.．、，](?![0-9０-９])|[\\x{2488}-\\x{249B}])`,
  4: `(?:[（(]${AR}[）)](?:、|[.．](?![0-9０-９]))?|[\\x{2474}-\\x{2487}])`,
  5: `(?:[\\x{2460}-\\x{2473}\\x{3251}-\\x{325F}\\x{32B1}-\\x{32BF}](?:、|\\.(?![0-9]))?)`,
};
const textScopes = {
  1: 'entity.name.section.heading.1.speech',
  2: 'entity.name.type.heading.2.speech',
  3: 'entity.name.function.heading.3.speech',
  4: 'entity.other.attribute-name.heading.4.speech',
  5: 'keyword.control.heading.5.speech',
};

const heading = (level) => ({
  name: `markup.heading.${level}.speech`,
  match: `^${INDENT}(${ordinals[level]})${INDENT}${TEXT}`,
  captures: {
    1: { name: `constant.numeric.ordinal.speech punctuation.definition.heading.${level}.speech` },
    2: { name: textScopes[level], patterns: [{ include: '#quotation' }] },
  },
});

const SERIES = `(?:${CN}[要是]|第${CN}[，,、]|其[一二三四五六七八九十][，,、]|(?:首先|其次|再次)[，,、])`;
const COUNT = `(?:[一二三四五六七八九十两百]{1,5})`;
const MEASURE = '(?:个方面|方面|点|条|项|件)';

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Speech',
  scopeName: 'source.speech',
  patterns: [
    { include: '#title' },
    { include: '#salutation' },
    { include: '#headings' },
    { include: '#body' },
  ],
  repository: {
    title: {
      comment: 'A line that reads as a title: 在…上的讲话, …的讲话/致辞/发言/报告, with no sentence marks.',
      match: `^${INDENT}((?:在[^。！？；，：]{1,60}上的[^。！？；，：]{0,10}|[^。！？；，：\\s][^。！？；：]{0,60}的)(?:讲话|致辞|发言|报告))${INDENT}$`,
      captures: { 1: { name: 'markup.heading.title.speech entity.name.section.title.speech' } },
    },
    salutation: {
      comment: 'A short line that addresses the audience and ends in a colon: 同志们：',
      match: `^${INDENT}((?:尊敬的)?[^。！？；，：:\\s]{0,12}(?:同志们|朋友们|同学们|老师们|女士们|先生们|领导|代表|来宾|嘉宾|委员|同仁|战友们)[^。！？；，：:]{0,6})([：:])${INDENT}$`,
      captures: { 1: { name: 'entity.name.tag.salutation.speech' }, 2: { name: 'punctuation.separator.salutation.speech' } },
    },
    headings: { patterns: [5, 2, 4, 3, 1].map(heading) },
    body: { patterns: [{ include: '#series' }, { include: '#count' }, { include: '#quotation' }] },
    series: {
      comment: 'A series word at the start of a paragraph or after a sentence break: 一是, 二要, 第三，, 其一，',
      match: `(?:^${INDENT}|(?<=[。；：，！？;:,!?]))(${SERIES})`,
      captures: { 1: { name: 'keyword.other.series.speech' } },
    },
    count: {
      patterns: [
        {
          comment: 'After 讲/谈/说 a count always announces: 我讲三点意见',
          match: `(?<=[讲谈说])(?:以下|一下|了|这)?(${COUNT}${MEASURE})`,
          captures: { 1: { name: 'constant.numeric.count.speech' } },
        },
        {
          comment: 'After another verb only when its clause ends in a colon: 要做到四个方面：, 抓好“十个必须”：',
          match: `(?<![第一二三四五六七八九十两百])(${COUNT}${MEASURE}|“${COUNT}[个项][^”。；，：]{1,10}”)(?=[^。；！？，：;!?,:]*[：:])`,
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
