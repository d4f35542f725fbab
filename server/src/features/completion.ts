/**
 * Completions that know what comes next: at the start of a line, the next ordinal of every list that
 * can continue there (and the next paragraph series word); inside a paragraph, the next series word;
 * and phrase snippets — the speech skeleton (first on an empty file), the salutation, the
 * announcement, the closing, and the author's own phrases.
 */
import * as l10n from '@vscode/l10n';
import { CompletionItem, CompletionItemKind, InsertTextFormat, Range, TextEdit } from 'vscode-languageserver-types';
import { toChineseNumeral } from '../speech/numerals';
import { newHeadingMark, seriesWordText, type NumberingStyle, type StyleOptions } from '../speech/marks';
import { listKey, type HeadingKind, type HeadingOrdinal, type Level3Separator } from '../speech/ordinal';
import { isSeriesBreak } from '../speech/series';
import { sectionPathBefore } from '../speech/navigate';
import { firstIndex } from '../speech/search';
import type { OrdinalList, SeriesList, Speech } from '../speech/speech';
import type { UserSnippet } from '../settings';

export interface CompletionOptions {
  level3Separator: Level3Separator;
  numberingStyle: NumberingStyle;
  snippets: UserSnippet[];
}

/** What may stand typed before an ordinal is complete: `（`, `(`, numerals, digits. */
const ORDINAL_PREFIX = /^[（(]?[一二三四五六七八九十百零〇0-9０-９]*$/;
const SERIES_PREFIX = /^[第其]?[一二三四五六七八九十]*$/;
const INDENT = /^[ \t\u3000\ufeff]*/;
const CLOSING: Record<string, string> = { '（': '）', '(': ')' };

/**
 * Completions at `character` on `line`, whose text is `lineText`. The model is that of the current
 * text (the line as typed so far).
 */
export function completions(speech: Speech, line: number, character: number, lineText: string, options: CompletionOptions): CompletionItem[] {
  const indent = INDENT.exec(lineText)![0].length;
  const start = Math.min(indent, character);
  const prefix = lineText.slice(start, character);
  const restBlank = lineText.slice(character).trim() === '';
  const items: CompletionItem[] = [];
  const range = Range.create(line, start, line, character);

  if (ORDINAL_PREFIX.test(prefix) || SERIES_PREFIX.test(prefix)) {
    // Typing `（` auto-closes it: the ordinal replaces that `）` too, or it would be left behind.
    const closing = CLOSING[prefix[0]];
    const end = closing !== undefined && lineText[character] === closing ? character + 1 : character;
    items.push(...ordinalItems(speech, line, Range.create(line, start, line, end), options));
  }
  if (prefix.length > 0 || lineText.trim() !== '') items.push(...inlineSeriesItems(speech, line, character, lineText));
  if (restBlank && !/[。；！？，：]/.test(prefix)) items.push(...phraseItems(speech, range, options));
  return items;
}

/**
 * Deepest first: the next item of the innermost section's paragraph series, the next sibling of each
 * open heading from the innermost out, then the first child of the innermost heading — each in the
 * document's house style and numbering scheme.
 */
function ordinalItems(speech: Speech, line: number, range: Range, options: CompletionOptions): CompletionItem[] {
  const path = sectionPathBefore(speech, line);
  const items: CompletionItem[] = [];
  const style: StyleOptions = { style: options.numberingStyle, level3Separator: options.level3Separator };
  const add = (mark: string | undefined, detail: string) => {
    if (!mark || items.some((i) => i.label === mark)) return;
    items.push(snippet(mark, `${escapeSnippet(mark)}\${1}`, detail, range, CompletionItemKind.EnumMember, items.length));
  };
  const innermost = path[path.length - 1];
  const paragraphList = lastParagraphListBefore(innermost.lists, line);
  if (paragraphList) {
    const last = paragraphList.items[paragraphList.items.length - 1].ordinal;
    add(seriesWordText(paragraphList.word, last.value + 1, last), l10n.t('Next item of the series, after “{0}”', last.text));
  }
  for (let i = path.length - 1; i >= 1; i--) {
    const ordinal = path[i].heading?.ordinal;
    if (!ordinal) continue;
    const mark = newHeadingMark(speech, ordinal.kind, listKey(ordinal), ordinal.value + 1, style, path[i - 1].heading?.ordinal);
    add(mark, nextDetail(ordinal));
  }
  const parent = innermost.heading;
  const child = firstChildKind(speech, parent?.ordinal);
  if (child) {
    const value = child.runsOn ? lastValueBefore(speech, child.key, line) + 1 : 1;
    add(newHeadingMark(speech, child.kind, child.key, value, style, parent?.ordinal), firstDetail(child.kind, parent?.ordinal));
  }
  return items;
}

function nextDetail(ordinal: HeadingOrdinal): string {
  return ordinal.level === undefined
    ? l10n.t('Next heading, after “{0}”', ordinal.text)
    : l10n.t('Next level-{0} heading, after “{1}”', ordinal.level, ordinal.text, toChineseNumeral(ordinal.level));
}

function firstDetail(kind: HeadingKind, parent: HeadingOrdinal | undefined): string {
  const level = /^level(\d)/.exec(kind)?.[1];
  if (!parent) return level === '1' ? l10n.t('First level-1 heading') : l10n.t('First heading');
  if (level === undefined) return l10n.t('First heading under “{0}”', parent.text);
  return l10n.t('First level-{0} heading under “{1}”', level, parent.text, toChineseNumeral(Number(level)));
}

type ChildKind = { kind: HeadingKind; key: string; runsOn: boolean };

/** The first kind of child under each kind of parent, kept with the model's lists (a keystroke keeps them). */
const childKinds = new WeakMap<readonly OrdinalList[], Map<string | undefined, ChildKind>>();

/** What the document numbers under a heading like `parent`: the kind its other such headings hold first. */
function firstChildKind(speech: Speech, parent: HeadingOrdinal | undefined): ChildKind | undefined {
  let byParent = childKinds.get(speech.lists);
  if (!byParent) {
    byParent = new Map();
    for (const list of speech.lists) {
      if (list.kind !== 'headings' || list.key === 'note') continue;
      const under = list.section.heading?.ordinal;
      const parentKey = under ? listKey(under) : undefined;
      if (!byParent.has(parentKey)) byParent.set(parentKey, { kind: list.headingKind, key: list.key, runsOn: list.runsOn });
    }
    childKinds.set(speech.lists, byParent);
  }
  const found = byParent.get(parent ? listKey(parent) : undefined);
  if (found) return found;
  const kind = parent ? CHILD_KINDS[parent.kind] : 'level1';
  if (!kind) return undefined;
  return { kind, key: kind === 'decimal' ? `decimal${(parent?.depth ?? 0) + 1}` : kind, runsOn: kind === 'article' };
}

/** Without an example in the document, what each kind holds. */
const CHILD_KINDS: Partial<Record<HeadingKind, HeadingKind>> = {
  part: 'chapter', chapter: 'article', section: 'article', article: 'level2', level1: 'level2', level1Di: 'level2',
  level1Topic: 'level2', level2: 'level3', level3: 'level4', decimal: 'decimal', level4: 'level5',
};

/** The number of the last heading of `key` above `line`; 0 if none. */
function lastValueBefore(speech: Speech, key: string, line: number): number {
  for (let i = firstIndex(speech.headings, (h) => h.line >= line) - 1; i >= 0; i--) {
    const ordinal = speech.headings[i].ordinal;
    if (ordinal && listKey(ordinal) === key) return ordinal.value;
  }
  return 0;
}

function lastParagraphListBefore(lists: OrdinalList[], line: number): SeriesList | undefined {
  let best: SeriesList | undefined;
  for (const list of lists) {
    if (list.kind !== 'paragraphs') continue;
    const last = list.items[list.items.length - 1];
    if (last.line < line && (!best || last.line > best.items[best.items.length - 1].line)) best = list;
  }
  return best;
}

/** Inside a paragraph with a series: the next series word, replacing the numeral being typed. */
function inlineSeriesItems(speech: Speech, line: number, character: number, lineText: string): CompletionItem[] {
  let breakAt = character - 1;
  while (breakAt >= 0 && !isSeriesBreak(lineText[breakAt])) breakAt--;
  if (breakAt < 0) return [];
  const typed = lineText.slice(breakAt + 1, character);
  if (!SERIES_PREFIX.test(typed)) return [];
  const facts = speech.lines[line];
  if (!facts) return [];
  const before = facts.seriesWords.filter((w) => w.end <= breakAt + 1);
  const last = before[before.length - 1];
  if (!last) return [];
  // Lists are in order of their first item: this line's inline lists are those that start on it.
  let list: OrdinalList | undefined;
  for (let i = firstIndex(speech.lists, (l) => l.items[0].line >= line); i < speech.lists.length && speech.lists[i].items[0].line === line; i++) {
    if (speech.lists[i].kind === 'inline' && speech.lists[i].items.some((item) => item.ordinal === last)) list = speech.lists[i];
  }
  const kind = list && list.kind !== 'headings' ? list.word : last.kind;
  const text = seriesWordText(kind, last.value + 1, last);
  if (!text) return [];
  const range = Range.create(line, breakAt + 1, line, character);
  return [snippet(text, escapeSnippet(text), l10n.t('Next item of the series, after “{0}”', last.text), range, CompletionItemKind.EnumMember, 0)];
}

/** The skeleton, the salutation, the announcement, the closing, and the author's own phrases. */
function phraseItems(speech: Speech, range: Range, options: CompletionOptions): CompletionItem[] {
  const empty = speech.lines.every((l) => l.contentStart === l.contentEnd);
  const phrases: [label: string, body: string, detail: string][] = [
    ['讲话稿框架', SKELETON, l10n.t('A whole speech: title, salutation, three parts, closing')],
    ['同志们：', '同志们：', l10n.t('Salutation')],
    ['下面，我讲…点意见。', '下面，我讲${1:三}点意见。', l10n.t('Announcement of the parts that follow')],
    ['同志们，…', '同志们，${1}', l10n.t('Closing')],
    ['谢谢大家！', '谢谢大家！', l10n.t('Thanks at the end')],
  ];
  const items = phrases.map(([label, body, detail], i) => snippet(label, body, detail, range, CompletionItemKind.Snippet, 100 + i));
  if (empty) {
    // Sorts before every ordinal: on an empty file the skeleton is what an author wants.
    items[0].preselect = true;
    items[0].sortText = '!';
  }
  options.snippets.forEach(({ label, body }, i) => {
    items.push(snippet(label, body, l10n.t('Your phrase (speech.snippets)'), range, CompletionItemKind.Snippet, 200 + i));
  });
  return items;
}

const SKELETON = [
  '在${1:会议名称}上的讲话',
  '同志们：',
  // The opening's full stop is part of its placeholder: the author's own sentence brings its own.
  '${2:开场白。}下面，我讲三点意见。',
  '一、${3}',
  '${4}',
  '二、${5}',
  '${6}',
  '三、${7}',
  '${8}',
  '同志们，${9}',
  '谢谢大家！',
].join('\n');

function snippet(label: string, body: string, detail: string, range: Range, kind: CompletionItemKind, order: number): CompletionItem {
  return {
    label, detail, kind,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: TextEdit.replace(range, body),
    filterText: label,
    sortText: String(order).padStart(4, '0'),
  };
}

/** Snippet syntax gives `$`, `}` and `\` a meaning; ordinals never contain them, but be exact. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
