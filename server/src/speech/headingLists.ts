/**
 * The heading lists of a file: the headings of one kind directly inside one section, numbered from
 * one — or, where the document numbers a kind on through its parents, one list of all of them.
 */
import { listKey } from './ordinal';
import type { LineFacts } from './line';
import type { HeadingList, OrdinalList, Section, Speech } from './speech';

/**
 * Files each section's child headings into its lists (by kind), then returns every list to check:
 * `others` (series and notes) and the heading lists in the numbering scheme of each document.
 */
export function buildHeadingLists(speech: Speech, others: OrdinalList[]): OrdinalList[] {
  const lists: OrdinalList[] = [...others];
  for (const { root } of speech.parts) {
    const byKey = new Map<string, HeadingList[]>();
    fileChildHeadings(speech, root, byKey);
    for (const [key, groups] of byKey) lists.push(...(runsOn(key, groups) ? joinedRuns(key, groups) : groups));
  }
  return lists.sort((a, b) => a.items[0].line - b.items[0].line || a.items[0].ordinal.start - b.items[0].ordinal.start);
}

/** Groups the child headings of every section under `root` into lists, in document order. */
function fileChildHeadings(speech: Speech, root: Section, byKey: Map<string, HeadingList[]>): void {
  const pending: Section[] = [root];
  const found: HeadingList[] = [];
  while (pending.length > 0) {
    const section = pending.pop()!;
    const byKind = new Map<string, HeadingList>();
    for (const child of section.children) {
      const ordinal = child.heading?.ordinal;
      if (ordinal) {
        const key = listKey(ordinal);
        let list = byKind.get(key);
        if (!list || (ordinal.value === 1 && followsLeadIn(speech, child.startLine))) {
          list = { kind: 'headings', headingKind: ordinal.kind, key, section, items: [], runsOn: false };
          byKind.set(key, list);
          section.lists.push(list);
          found.push(list);
        }
        list.items.push({ line: child.startLine, ordinal });
      }
    }
    for (let i = section.children.length - 1; i >= 0; i--) pending.push(section.children[i]);
  }
  found.sort((a, b) => a.items[0].line - b.items[0].line);
  for (const list of found) {
    const groups = byKey.get(list.key);
    if (groups) groups.push(list);
    else byKey.set(list.key, [list]);
  }
}

/** Whether the paragraph right above `line` leads in a list (`…主要如下：`): a heading numbered one after it starts a new list. */
function followsLeadIn(speech: Speech, line: number): boolean {
  let previous = line - 1;
  while (previous >= 0 && speech.lines[previous].contentStart === speech.lines[previous].contentEnd) previous--;
  if (previous < 0) return false;
  return leadsIn(speech.texts[previous], speech.lines[previous]);
}

/** Whether a paragraph leads in a list: not a heading, it ends in a colon (`…主要如下：`). */
export function leadsIn(text: string, facts: LineFacts): boolean {
  const last = text[facts.contentEnd - 1];
  return facts.heading === undefined && (last === '：' || last === ':');
}

/**
 * Whether a kind runs on through its parents in this document: articles always do; another kind
 * does when more of its later lists continue the numbers before them — their first number one past
 * the last one before, or one past the count of items before — than start again at one.
 */
function runsOn(key: string, groups: HeadingList[]): boolean {
  if (groups.length < 2) return false;
  if (key === 'article') return true;
  let continued = 0;
  let restarted = 0;
  let itemsBefore = groups[0].items.length;
  for (let i = 1; i < groups.length; i++) {
    const before = groups[i - 1].items[groups[i - 1].items.length - 1].ordinal.value;
    const first = groups[i].items[0].ordinal.value;
    if (first === 1) restarted++;
    else if (first === before + 1 || first === itemsBefore + 1) continued++;
    itemsBefore += groups[i].items.length;
  }
  return continued > restarted;
}

/**
 * The lists of a kind that runs on: each later list joins the run before it, unless it starts again at
 * one (a part of the document numbered on its own, `四、` whose `1.` restart); articles always join.
 */
function joinedRuns(key: string, groups: HeadingList[]): HeadingList[] {
  const runs: HeadingList[] = [];
  for (const group of groups) {
    const last = runs[runs.length - 1];
    if (last && (key === 'article' || group.items[0].ordinal.value !== 1)) last.items = last.items.concat(group.items);
    else runs.push({ ...group, items: group.items.slice(), runsOn: true });
  }
  return runs;
}
