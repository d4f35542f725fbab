/**
 * The smallest edits that make ordinals read as they should. Shared by the quick fixes, fix-all and
 * renumbering, so that all write numbers the same way (the marks themselves: `speech/marks.ts`).
 * Edits touch only the characters of a mark.
 */
import { TextEdit } from 'vscode-languageserver-types';
import { markText, type StyleOptions } from '../speech/marks';
import type { ListItem, OrdinalList, Speech } from '../speech/speech';

export type RenumberOptions = StyleOptions;

/** The smallest edit that turns `item`'s mark into `text`; undefined when it already reads so. */
export function markEdit(item: ListItem, text: string | undefined): TextEdit | undefined {
  const { ordinal, line } = item;
  if (text === undefined || text === ordinal.text) return undefined;
  let head = 0;
  while (head < text.length && head < ordinal.text.length && text[head] === ordinal.text[head]) head++;
  let tail = 0;
  const room = (n: number) => n < text.length - head && n < ordinal.text.length - head;
  while (room(tail) && text[text.length - 1 - tail] === ordinal.text[ordinal.text.length - 1 - tail]) tail++;
  return TextEdit.replace(
    { start: { line, character: ordinal.start + head }, end: { line, character: ordinal.end - tail } },
    text.slice(head, text.length - tail),
  );
}

/** Renumbers `list` from item `from` on, continuing from the number before it (or from one). */
export function renumberEdits(speech: Speech, list: OrdinalList, from: number, options: RenumberOptions, onlyOne = false): TextEdit[] {
  const edits: TextEdit[] = [];
  let value = from === 0 ? 1 : list.items[from - 1].ordinal.value + 1;
  const last = onlyOne ? from : list.items.length - 1;
  for (let i = from; i <= last; i++, value++) {
    const edit = markEdit(list.items[i], markText(speech, list, i, value, false, options));
    if (edit) edits.push(edit);
  }
  return edits;
}

/** Every list numbered from one in the document's scheme, every heading in its style form, every series in its first word. */
export function fixAllEdits(speech: Speech, options: RenumberOptions): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const list of speech.lists) {
    for (let index = 0; index < list.items.length; index++) {
      const edit = markEdit(list.items[index], markText(speech, list, index, index + 1, true, options));
      if (edit) edits.push(edit);
    }
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Every heading's mark in its list's style form, numbers unchanged. */
export function formEdits(speech: Speech, options: RenumberOptions): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const list of speech.lists) {
    if (list.kind !== 'headings') continue;
    list.items.forEach((item, index) => {
      const edit = markEdit(item, markText(speech, list, index, item.ordinal.value, true, options));
      if (edit) edits.push(edit);
    });
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line);
}
