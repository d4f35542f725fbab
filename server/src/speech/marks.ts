/**
 * How the model's own marks are named and written: a heading's name, a number as a list writes it,
 * a series word, a count, and each list kind's house style — shared by every feature, so that the
 * outline, the messages, the fixes and the completions write them alike.
 */
import { toChineseNumeral } from './numerals';
import {
  canonicalForm, markInForm, numberText, renumberedMark, standardMark, type HeadingKind, type HeadingOrdinal, type Level3Separator,
} from './ordinal';
import type { SeriesKind, SeriesWord } from './series';
import type { Heading, HeadingList, OrdinalList, Speech } from './speech';

/** A heading's name as the outline shows it: its ordinal and its text (`（三）必须创新…`). */
export function headingName(heading: Heading): string {
  return (heading.ordinal?.text ?? '') + heading.text.text;
}

/** The columns of a heading's ordinal and text on its line. */
export function headingSpan(heading: Heading): { start: number; end: number } {
  const start = heading.ordinal?.start ?? heading.text.start;
  return { start, end: Math.max(heading.text.end, heading.ordinal?.end ?? start) };
}

/** The number `value` as this list writes it, for messages: `三`, `3`, `③`. */
export function displayNumber(list: OrdinalList, value: number): string {
  return list.kind === 'headings' ? numberText(list.headingKind, value) : toChineseNumeral(value);
}

const ORDER_WORDS = ['首先', '其次', '再次'];

/** A series word of `kind` numbered `value`, keeping `word`'s separator where the kind has one. */
export function seriesWordText(kind: SeriesKind, value: number, word: SeriesWord): string | undefined {
  const separator = /[，,、]$/.test(word.text) ? word.text[word.text.length - 1] : '，';
  switch (kind) {
    case '第':
      return `第${toChineseNumeral(value)}${separator}`;
    case '其':
      return value <= 10 ? `其${toChineseNumeral(value)}${separator}` : undefined;
    case '序':
      return value <= ORDER_WORDS.length ? `${ORDER_WORDS[value - 1]}${separator}` : undefined;
    default:
      return `${toChineseNumeral(value)}${kind}`;
  }
}

/** The announced number rewritten as `count`, in the announcement's own numerals: `4`, or `两` for two. */
export function countText(count: number, arabic = false): string {
  if (arabic) return String(count);
  return count === 2 ? '两' : toChineseNumeral(count);
}

/** Which forms the numbering check asks for: the document's own house style, or the standard forms. */
export type NumberingStyle = 'consistent' | 'standard';

export interface StyleOptions {
  style: NumberingStyle;
  level3Separator: Level3Separator;
}

/** Kept with the model's lists, which a keystroke in a paragraph leaves as they are. */
const houseStyles = new WeakMap<readonly OrdinalList[], Map<string, string>>();

/**
 * The house form of each list key: the form most of that key's ordinals in the file use; a tie goes
 * to the standard form, or else to the form written first. Computed once per model.
 */
function houseForms(speech: Speech, level3Separator: Level3Separator): Map<string, string> {
  let forms = houseStyles.get(speech.lists);
  if (forms) return forms;
  const counts = new Map<string, { kind: HeadingKind; tally: Map<string, number> }>();
  for (const list of speech.lists) {
    if (list.kind !== 'headings') continue;
    const entry = counts.get(list.key) ?? { kind: list.headingKind, tally: new Map<string, number>() };
    counts.set(list.key, entry);
    for (const item of list.items) entry.tally.set(item.ordinal.form, (entry.tally.get(item.ordinal.form) ?? 0) + 1);
  }
  forms = new Map();
  for (const [key, { kind, tally }] of counts) {
    const standard = canonicalForm(kind, level3Separator);
    let best: string | undefined;
    for (const [form, n] of tally) {
      const bestCount = best === undefined ? -1 : tally.get(best)!;
      if (n > bestCount || (n === bestCount && form === standard)) best = form;
    }
    if (best !== undefined) forms.set(key, best);
  }
  houseStyles.set(speech.lists, forms);
  return forms;
}

/**
 * The form a heading list's ordinals should be written in; undefined where the form is the author's
 * own. In the house style, the form most of the list uses; a tie (or a list of one), the document's.
 */
export function styleForm(speech: Speech, list: HeadingList, options: StyleOptions): string | undefined {
  const key = options.style + options.level3Separator;
  let forms = listForms.get(list);
  if (!forms) listForms.set(list, (forms = new Map()));
  if (!forms.has(key)) forms.set(key, listStyleForm(speech, list, options));
  return forms.get(key);
}

/** Each list's style form, per style: every item of a list asks for it. */
const listForms = new WeakMap<HeadingList, Map<string, string | undefined>>();

function listStyleForm(speech: Speech, list: HeadingList, options: StyleOptions): string | undefined {
  const documentForm = formOfKey(speech, list.headingKind, list.key, options);
  if (documentForm === undefined || options.style === 'standard') return documentForm;
  const tally = new Map<string, number>();
  for (const item of list.items) tally.set(item.ordinal.form, (tally.get(item.ordinal.form) ?? 0) + 1);
  const counts = [...tally.values()].sort((a, b) => b - a);
  if (counts.length < 2 || counts[0] === counts[1]) return tally.has(documentForm) || counts.length > 1 ? documentForm : [...tally.keys()][0];
  return [...tally].find(([, n]) => n === counts[0])![0];
}

/** The style form of the headings of `kind` grouped under `key` (`level2`, `decimal2`). */
export function formOfKey(speech: Speech, kind: HeadingKind, key: string, options: StyleOptions): string | undefined {
  const standard = canonicalForm(kind, options.level3Separator);
  if (standard === undefined) return undefined;
  if (options.style === 'standard') return standard;
  return houseForms(speech, options.level3Separator).get(key) ?? standard;
}

/**
 * The mark of a heading not yet written: of `kind`, numbered `value`, in the document's style, under
 * `parent` (whose number a decimal heading repeats: `2.1` → `2.1.1　`).
 */
export function newHeadingMark(
  speech: Speech, kind: HeadingKind, key: string, value: number, options: StyleOptions, parent?: HeadingOrdinal,
): string | undefined {
  if (kind === 'decimal') {
    const prefix = parent?.kind === 'decimal' ? parent.text.trim().replace(/[.．]$/, '') + '.' : '';
    return `${prefix}${value}\u3000`;
  }
  const form = formOfKey(speech, kind, key, options);
  if (form === undefined) return standardMark(kind, value, options.level3Separator);
  const sample: HeadingOrdinal = { kind, value, start: 0, end: 0, numberStart: 0, numberEnd: 0, text: '\u3000', depth: 1, form };
  return markInForm(sample, form, value) ?? standardMark(kind, value, options.level3Separator);
}

/**
 * The mark an item should read as number `value`. `styled` also writes a heading in its list's
 * style form and aligns a series word to its list's word; otherwise only the number changes.
 */
export function markText(speech: Speech, list: OrdinalList, index: number, value: number, styled: boolean, options: StyleOptions): string | undefined {
  if (list.kind === 'headings') {
    const ordinal = list.items[index].ordinal;
    const form = styled ? styleForm(speech, list, options) : undefined;
    return (form !== undefined ? markInForm(ordinal, form, value) : undefined) ?? renumberedMark(ordinal, value);
  }
  const word = list.items[index].ordinal;
  return seriesWordText(styled ? list.word : word.kind, value, word);
}
