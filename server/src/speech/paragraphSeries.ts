/**
 * Series of paragraphs (`一要…`, `二要…`) and series inside one paragraph (`一是…；二是…`).
 */
import type { LineFacts } from './line';
import { FIXED_SERIES_KINDS, type SeriesWord } from './series';
import type { ParagraphItem, Section, SeriesList, Speech, Span } from './speech';

/** A series of paragraphs opening with a numeral and one other word counts from three items on. */
const LEAD_SERIES_MIN = 3;

/** Lines whose lead word (`一抓…`) is a series word: three or more paragraphs in a row counting up from one. */
export function findLeadSeries(lines: readonly LineFacts[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  const end = () => {
    if (run.length >= LEAD_SERIES_MIN) for (const line of run) found.add(line);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const facts = lines[i];
    if (facts.contentStart === facts.contentEnd) continue;
    const word = facts.leadWord;
    const last = run.length > 0 ? lines[run[run.length - 1]].leadWord! : undefined;
    if (word && last && word.kind === last.kind && word.value === last.value + 1) { run.push(i); continue; }
    end();
    if (word && word.value === 1) run.push(i);
  }
  end();
  return found;
}

/**
 * Splits a paragraph's series words into series (a new one starts at every first item) and files
 * them: a lone series word that opens a paragraph makes it a paragraph list item; every other series
 * is inline. Series of only `首先/其次/再次` number nothing and are dropped.
 */
export function addSeries(speech: Speech, section: Section, line: number, isHeading: boolean, isLeadItem: boolean): SeriesList[] {
  const facts = speech.lines[line];
  if (isLeadItem && facts.leadWord) {
    addParagraphItem(speech, section, line, facts.leadWord);
    return [];
  }
  if (facts.seriesWords.length === 0) return [];
  const runs: SeriesWord[][] = [];
  for (const word of facts.seriesWords) {
    if (runs.length === 0 || word.value === 1) runs.push([word]);
    else runs[runs.length - 1].push(word);
  }
  const inline: SeriesList[] = [];
  runs.forEach((run, index) => {
    if (index === 0 && !isHeading && run.length === 1 && run[0].start === facts.contentStart) {
      addParagraphItem(speech, section, line, run[0]);
      return;
    }
    if (run.every((w) => w.kind === '序')) return;
    const list: SeriesList = { kind: 'inline', word: run[0].kind, section, items: run.map((ordinal) => ({ line, ordinal })) };
    speech.lists.push(list);
    inline.push(list);
  });
  return inline;
}

const SENTENCE_ENDS = '。！？；';

/**
 * Files a paragraph list item: an item numbered one starts a new series (a lead-in paragraph may
 * stand between two series: `第一，…` again is a new list); any other item continues the section's
 * last series of its word, or the last one it follows in number.
 */
function addParagraphItem(speech: Speech, section: Section, line: number, word: SeriesWord): void {
  const text = speech.texts[line];
  let end = word.end;
  const limit = Math.min(text.length, word.end + 60);
  while (end < limit && !SENTENCE_ENDS.includes(text[end])) end++;
  const name: Span = { line, start: word.start, end, text: text.slice(word.start, end) };
  const item: ParagraphItem = { line, word, section, name };
  const lists = section.lists.filter((l): l is SeriesList => l.kind === 'paragraphs');
  const latest = (match: (l: SeriesList) => boolean) => { for (let i = lists.length - 1; i >= 0; i--) if (match(lists[i])) return lists[i]; return undefined; };
  const sameWord = latest((l) => l.word === word.kind);
  const continued = word.value === 1 ? (sameWord && followsDirectly(speech, sameWord, line) ? sameWord : undefined)
    : sameWord ?? latest((l) => l.items[l.items.length - 1].ordinal.value === word.value - 1 && FIXED_SERIES_KINDS.includes(word.kind));
  const entry = { line, ordinal: word };
  if (continued) {
    continued.items.push(entry);
  } else {
    const list: SeriesList = { kind: 'paragraphs', word: word.kind, section, items: [entry] };
    section.lists.push(list);
    speech.lists.push(list);
  }
  section.paragraphItems.push(item);
  speech.paragraphItems.push(item);
}

/** Whether `line` comes right after the last item of `list` (blank lines aside): a repeated `一要` is a duplicate, not a new series. */
function followsDirectly(speech: Speech, list: SeriesList, line: number): boolean {
  let previous = line - 1;
  while (previous >= 0 && speech.lines[previous].contentStart === speech.lines[previous].contentEnd) previous--;
  return list.items[list.items.length - 1].line === previous;
}

/** Drops the paragraph lists of only `首先/其次/再次`, which number nothing. */
export function dropOrderOnlyLists(speech: Speech, sections: Iterable<Section>): void {
  if (!speech.paragraphItems.some((item) => item.word.kind === '序')) return;
  const dropped = new Set<SeriesWord>();
  for (const section of sections) {
    const orderOnly = section.lists.filter((l): l is SeriesList => l.kind === 'paragraphs' && l.items.every((i) => i.ordinal.kind === '序'));
    if (orderOnly.length === 0) continue;
    for (const list of orderOnly) for (const item of list.items) dropped.add(item.ordinal);
    section.lists = section.lists.filter((l) => !orderOnly.includes(l as SeriesList));
    section.paragraphItems = section.paragraphItems.filter((p) => !dropped.has(p.word));
  }
  if (dropped.size === 0) return;
  speech.lists = speech.lists.filter((l) => l.kind === 'headings' || !dropped.has(l.items[0].ordinal));
  speech.paragraphItems = speech.paragraphItems.filter((p) => !dropped.has(p.word));
}
