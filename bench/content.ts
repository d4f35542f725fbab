/**
 * The benchmark's documents: a correct speech of about N characters, built from the corpus speeches'
 * paragraphs with correct numbering at levels 1–3, and the same content as Markdown (`#` the title,
 * `##`…`####` the levels) for the Markdown server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toChineseNumeral } from '../server/src/speech/numerals';

const corpus = join(__dirname, '..', 'samples');

/** Paragraphs of the corpus that are plain body text (no ordinal, no series word at their start). */
function bodyParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const name of ['city-clean-government.speech', 'county-review.speech']) {
    for (const line of readFileSync(join(corpus, name), 'utf8').split(/\r?\n/)) {
      const text = line.trim();
      if (text.length >= 40 && !/^[（(]?[一二三四五六七八九十0-9]/.test(text) && !/^(同志们|第[一二三四五六七八九十]|其[一二三四五六七八九十])/.test(text)) paragraphs.push(text);
    }
  }
  return paragraphs;
}

export interface BenchDocument {
  speech: string;
  markdown: string;
  /** A body line near the middle, where the edits happen (same line number in both). */
  middleLine: number;
  /** A level-3 heading (`2. 第2项工作`) after the middle line: where heading, ordinal and section edits happen. */
  headingLine: number;
  /** What stands before that heading's ordinal in the Markdown (`#### `). */
  markdownPrefix: string;
  /** A level-3 section (its heading and paragraph, each ending with a line break) to paste before it. */
  section: { speech: string; markdown: string };
}

export function buildDocument(size: number): BenchDocument {
  const paragraphs = bodyParagraphs();
  const speech: string[] = ['在全市工作会议上的讲话', '同志们：'];
  const markdown: string[] = ['# 在全市工作会议上的讲话', '同志们：'];
  let length = speech.join('\n').length;
  let p = 0;
  const add = (speechLine: string, markdownLine: string) => {
    speech.push(speechLine);
    markdown.push(markdownLine);
    length += speechLine.length + 1;
  };
  const body = () => { const text = paragraphs[p++ % paragraphs.length]; add(text, text); };
  for (let a = 1; length < size; a++) {
    add(`${toChineseNumeral(a)}、第${a}部分`, `## ${toChineseNumeral(a)}、第${a}部分`);
    body();
    for (let b = 1; b <= 3 && length < size; b++) {
      add(`（${toChineseNumeral(b)}）第${b}个方面`, `### （${toChineseNumeral(b)}）第${b}个方面`);
      body();
      for (let c = 1; c <= 3 && length < size; c++) {
        add(`${c}. 第${c}项工作`, `#### ${c}. 第${c}项工作`);
        body();
      }
    }
  }
  let middleLine = Math.floor(speech.length / 2);
  while (speech[middleLine].length < 40) middleLine++;
  let headingLine = middleLine;
  while (!/^\d+\. /.test(speech[headingLine])) headingLine++;
  const paragraph = paragraphs[0];
  const section = { speech: `1. 第1项工作\n${paragraph}\n`, markdown: `#### 1. 第1项工作\n${paragraph}\n` };
  // Markdown separates paragraphs with blank lines; so that line numbers match, both use single
  // line breaks and Markdown reads consecutive lines of a paragraph as one (same symbols either way).
  return { speech: speech.join('\n'), markdown: markdown.join('\n'), middleLine, headingLine, markdownPrefix: '#### ', section };
}
