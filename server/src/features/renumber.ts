/**
 * What each ordinal should read, and the smallest edits that make it so. Shared by the quick fixes
 * and fix-all, so that both write numbers the same way. Edits touch only the characters of a mark.
 */
import { TextEdit } from 'vscode-languageserver-types';
import { toChineseNumeral } from '../speech/numerals';
import { canonicalHeadingMark, renumberedText, type HeadingOrdinal, type Level3Separator } from '../speech/ordinal';
import type { SeriesKind, SeriesWord } from '../speech/series';
import type { ListItem, OrdinalList, Speech } from '../speech/speech';

export interface RenumberOptions {
  level3Separator: Level3Separator;
}

const ORDER_WORDS = ['首先', '其次', '再次'];

/** The number `value` as this list writes it, for messages: `三`, `3`, `③`. */
export function displayNumber(list: OrdinalList, value: number): string {
  if (list.kind !== 'headings') return toChineseNumeral(value);
  if (list.level === 1 || list.level === 2) return toChineseNumeral(value);
  if (list.level === 5) return canonicalHeadingMark(5, value) ?? String(value);
  return String(value);
}

/** A series word of `kind` numbered `value`, keeping `word`'s separator where the kind has one. */
export function seriesWordText(kind: SeriesKind, value: number, word: SeriesWord): string | undefined {
  const separator = /[，,、]$/.test(word.text) ? word.text[word.text.length - 1] : '，';
  switch (kind) {
    case '要':
    case '是':
      return `${toChineseNumeral(value)}${kind}`;
    case '第':
      return `第${toChineseNumeral(value)}${separator}`;
    case '其':
      return value <= 10 ? `其${toChineseNumeral(value)}${separator}` : undefined;
    case '序':
      return value <= ORDER_WORDS.length ? `${ORDER_WORDS[value - 1]}${separator}` : undefined;
  }
}

/** The first item's word decides a series' word. */
export function seriesKind(list: OrdinalList): SeriesKind | undefined {
  return list.kind === 'headings' ? undefined : (list.items[0].ordinal as SeriesWord).kind;
}

/**
 * The mark an item should read as number `value`. `canonical` also rewrites a heading's variant form
 * and aligns a series word to its list's word; otherwise only the number changes.
 */
export function markText(list: OrdinalList, item: ListItem, value: number, canonical: boolean, options: RenumberOptions): string | undefined {
  if (list.kind === 'headings') {
    const ordinal = item.ordinal as HeadingOrdinal;
    const canonicalMark = canonicalHeadingMark(ordinal.level, value, options.level3Separator);
    if (canonical && canonicalMark) return canonicalMark;
    const number = renumberedText(ordinal.level, ordinal, value);
    if (number === undefined) return canonicalMark;
    return ordinal.text.slice(0, ordinal.numberStart - ordinal.start) + number + ordinal.text.slice(ordinal.numberEnd - ordinal.start);
  }
  const word = item.ordinal as SeriesWord;
  return seriesWordText(canonical ? seriesKind(list)! : word.kind, value, word);
}

/** The smallest edit that turns `item`'s mark into `text`; undefined when it already reads so. */
export function markEdit(item: ListItem, text: string | undefined): TextEdit | undefined {
  const { ordinal, line } = item;
  if (text === undefined || text === ordinal.text) return undefined;
  let head = 0;
  while (head < text.length && head < ordinal.text.length && text[head] === ordinal.text[head]) head++;
  let tail = 0;
  while (tail < text.length - head && tail < ordinal.text.length - head && text[text.length - 1 - tail] === ordinal.text[ordinal.text.length - 1 - tail]) tail++;
  return TextEdit.replace(
    { start: { line, character: ordinal.start + head }, end: { line, character: ordinal.end - tail } },
    text.slice(head, text.length - tail),
  );
}

/** Renumbers `list` from item `from` on, continuing from the number before it (or from one). */
export function renumberEdits(list: OrdinalList, from: number, options: RenumberOptions, onlyOne = false): TextEdit[] {
  const edits: TextEdit[] = [];
  let value = from === 0 ? 1 : list.items[from - 1].ordinal.value + 1;
  const last = onlyOne ? from : list.items.length - 1;
  for (let i = from; i <= last; i++, value++) {
    const edit = markEdit(list.items[i], markText(list, list.items[i], value, false, options));
    if (edit) edits.push(edit);
  }
  return edits;
}

/** Every list numbered from one, every heading in its canonical form, every series in its first word. */
export function fixAllEdits(speech: Speech, options: RenumberOptions): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const list of speech.lists) {
    list.items.forEach((item, index) => {
      const edit = markEdit(item, markText(list, item, index + 1, true, options));
      if (edit) edits.push(edit);
    });
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
