/**
 * Restructuring as in Word's outline view: move a section (with everything nested in it) before or
 * after its sibling, promote it, demote it, drop it after or under another heading, or move a
 * paragraph list item before or after its neighbour. A move rearranges whole lines and renumbers every
 * list it touched, in the document's numbering scheme and house style; nothing else changes. The
 * rules: docs/RULES.md, "Moving sections".
 */
import * as l10n from '@vscode/l10n';
import { CodeAction, TextDocumentEdit, TextEdit, VersionedTextDocumentIdentifier, type WorkspaceEdit } from 'vscode-languageserver-types';
import { LEVEL_KIND, MOVE_KIND, type MoveKind } from '../protocol';
import { scanLine, type LineFacts } from '../speech/line';
import { markText, newHeadingMark, type StyleOptions } from '../speech/marks';
import { listKey, type HeadingKind, type HeadingOrdinal } from '../speech/ordinal';
import { buildSpeech } from '../speech/parser';
import type { Heading, OrdinalList, Section, Speech } from '../speech/speech';

/** The four moves of the outline view (up and down also move a paragraph list item). */
export type { MoveKind };

/** What to move: the heading or list item on `line`, by a move or dropped onto the heading on `target.line`. */
export type MoveRequest = { line: number; move: MoveKind } | { line: number; target: { line: number; as: 'after' | 'child' } };

/** A section to take out (`block`, with the blank lines before it), where to put it and how far its levels shift. */
interface Relocation {
  block: { start: number; end: number };
  /** The section whose last line (outside the block) the block is put after. */
  anchor: { start: number; end: number };
  /** Levels added to every heading of the block (−1 promotes, +1 demotes); 0 for a plain move. */
  shift: number;
}

/** The heading on `line` with a number, if any. */
function numberedHeadingAt(speech: Speech, line: number): Heading | undefined {
  const ordinal = speech.lines[line]?.heading;
  if (!ordinal) return undefined;
  const heading = speech.headings.find((h) => h.line === line);
  return heading?.ordinal ? heading : undefined;
}

/** The sections beside `section` in its parent numbered in the same list (same kind). */
function siblingsOf(section: Section): Section[] {
  const parent = section.parent;
  if (!parent) return [section];
  let byKey = siblingLists.get(parent);
  if (!byKey) {
    byKey = new Map();
    for (const child of parent.children) {
      if (!child.heading?.ordinal) continue;
      const key = listKey(child.heading.ordinal);
      const list = byKey.get(key) ?? [];
      if (list.length === 0) byKey.set(key, list);
      siblingIndex.set(child, list.push(child) - 1);
    }
    siblingLists.set(parent, byKey);
  }
  return byKey.get(listKey(section.heading!.ordinal!)) ?? [section];
}

/** Kept with the model's sections (one model a version): the outline asks for every section's moves. */
const siblingLists = new WeakMap<Section, Map<string, Section[]>>();
/** Each section's place among its siblings, so that listing every section's moves stays linear. */
const siblingIndex = new WeakMap<Section, number>();
const subtreeLevels = new WeakMap<Section, { decimal: boolean; plain: boolean; min: number; max: number }>();

/** The headings of `section` and of every section nested in it. */
function headingsIn(section: Section): Heading[] {
  const found: Heading[] = [];
  const pending = [section];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.heading) found.push(next.heading);
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]);
  }
  return found;
}

/** The level a heading of the five speech levels has, written as they are (`一、` `（一）` `1.` `（1）` `①`). */
function plainLevel(heading: Heading): number | undefined {
  const kind = heading.ordinal?.kind;
  return kind && /^level[1-5]$/.test(kind) ? Number(kind.slice(5)) : undefined;
}

/** Whether every heading of `section` can take `shift` more levels and stay within the five; decimal headings never move. */
function canShift(section: Section, shift: number): boolean {
  let levels = subtreeLevels.get(section);
  if (!levels) {
    levels = { decimal: false, plain: true, min: 6, max: 0 };
    for (const heading of headingsIn(section)) {
      if (heading.ordinal?.kind === 'decimal') levels.decimal = true;
      const level = plainLevel(heading);
      if (level === undefined) levels.plain = false;
      else { levels.min = Math.min(levels.min, level); levels.max = Math.max(levels.max, level); }
    }
    subtreeLevels.set(section, levels);
  }
  if (levels.decimal) return false;
  return shift === 0 || (levels.plain && levels.min + shift >= 1 && levels.max + shift <= 5);
}

const span = (section: Section) => ({ start: section.startLine, end: section.endLine });

/** The moves the heading or list item on `line` can make (none where it cannot). */
export function availableMoves(speech: Speech, line: number): MoveKind[] {
  const heading = numberedHeadingAt(speech, line);
  if (!heading) {
    const list = itemListAt(speech, line);
    if (!list) return [];
    const index = list.items.findIndex((item) => item.line === line);
    return [...(index > 0 ? ['up' as const] : []), ...(index < list.items.length - 1 ? ['down' as const] : [])];
  }
  return sectionMoves(heading.section);
}

/** The moves a numbered heading's section can make. */
export function sectionMoves(section: Section): MoveKind[] {
  return (['up', 'down', 'promote', 'demote'] as const).filter((move) => relocationOf(section, move) !== undefined);
}

/** The list of paragraph list items with an item on `line`. */
function itemListAt(speech: Speech, line: number): OrdinalList | undefined {
  const item = speech.paragraphItems.find((p) => p.line === line);
  return item?.section.lists.find((l) => l.kind === 'paragraphs' && l.items.some((i) => i.line === line));
}

/** How a section moves by one of the four moves; undefined where it cannot. */
function relocationOf(section: Section, move: MoveKind): Relocation | undefined {
  if (!canShift(section, 0)) return undefined;
  const siblings = siblingsOf(section);
  const index = siblingIndex.get(section) ?? siblings.indexOf(section);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  switch (move) {
    case 'up':
      return previous && canShift(previous, 0) ? { block: span(previous), anchor: span(section), shift: 0 } : undefined;
    case 'down':
      return next && canShift(next, 0) ? { block: span(section), anchor: span(next), shift: 0 } : undefined;
    case 'promote': {
      const parent = section.parent?.heading;
      const level = plainLevel(section.heading!);
      const fits = parent && level !== undefined && parent.ordinal && plainLevel(parent) === level - 1 && canShift(section, -1);
      return fits ? { block: span(section), anchor: span(parent.section), shift: -1 } : undefined;
    }
    case 'demote':
      return previous && canShift(section, 1) && plainLevel(previous.heading!) !== undefined
        ? { block: span(section), anchor: span(previous), shift: 1 } : undefined;
  }
}

/** How a section dropped onto another heading moves: after it at its level, or as its last child. */
function dropRelocation(section: Section, target: Heading, as: 'after' | 'child'): Relocation | undefined {
  const inside = target.line >= section.startLine && target.line <= section.endLine;
  if (inside || !target.ordinal) return undefined;
  const from = plainLevel(section.heading!);
  const to = plainLevel(target);
  if (from === undefined || to === undefined) {
    const same = as === 'after' && listKey(target.ordinal) === listKey(section.heading!.ordinal!);
    return same && canShift(section, 0) ? { block: span(section), anchor: span(target.section), shift: 0 } : undefined;
  }
  const shift = to + (as === 'child' ? 1 : 0) - from;
  return canShift(section, shift) ? { block: span(section), anchor: span(target.section), shift } : undefined;
}

/** The blank lines right above `line`, which travel with the block that starts there. */
function blankStart(speech: Speech, line: number): number {
  let start = line;
  while (start > 0 && speech.lines[start - 1].contentStart === speech.lines[start - 1].contentEnd) start--;
  return start;
}

/**
 * The new order of the lines: the block and the blank lines above it taken out, and put back right
 * after the anchor's last line outside the block. `order[i]` is the old line now at line `i`.
 */
function rearrange(speech: Speech, relocation: Relocation): number[] {
  const { block, anchor } = relocation;
  const from = blankStart(speech, block.start);
  const order: number[] = [];
  for (let i = 0; i < speech.lines.length; i++) if (i < from || i > block.end) order.push(i);
  let anchorLast = anchor.end;
  while (anchorLast >= from && anchorLast <= block.end) anchorLast = from - 1;
  const at = order.indexOf(anchorLast) + 1;
  const moved: number[] = [];
  for (let i = from; i <= block.end; i++) moved.push(i);
  order.splice(at, 0, ...moved);
  return order;
}

/**
 * The edits of a move, computed for this version of the speech: one replacement per line that
 * changed, within the line (line breaks stay as written). Undefined where the move cannot be made.
 */
export function moveEdits(speech: Speech, request: MoveRequest, options: StyleOptions): TextEdit[] | undefined {
  return movedSpeech(speech, request, options)?.edits;
}

/** A move's edits and the line its heading or item stands on afterwards. */
function movedSpeech(speech: Speech, request: MoveRequest, options: StyleOptions): { edits: TextEdit[]; line: number } | undefined {
  const relocation = requestedRelocation(speech, request);
  if (!relocation) return undefined;
  const order = relocation === 'swapItems' ? swappedItems(speech, request as { line: number; move: MoveKind }) : rearrange(speech, relocation);
  if (!order) return undefined;
  const shifted = relocation === 'swapItems' ? new Map<number, HeadingKind>() : shiftedKinds(speech, relocation);
  const texts = renumbered(speech, order, shifted, options);
  if (!texts) return undefined;
  const edits: TextEdit[] = [];
  texts.forEach((text, line) => {
    const old = speech.texts[line];
    if (text !== old) edits.push(lineEdit(line, old, text));
  });
  return edits.length > 0 ? { edits, line: order.indexOf(request.line) } : undefined;
}

function requestedRelocation(speech: Speech, request: MoveRequest): Relocation | 'swapItems' | undefined {
  const heading = numberedHeadingAt(speech, request.line);
  if (!heading) return 'move' in request && itemListAt(speech, request.line) && availableMoves(speech, request.line).includes(request.move) ? 'swapItems' : undefined;
  if ('move' in request) return relocationOf(heading.section, request.move);
  const target = numberedHeadingAt(speech, request.target.line);
  return target ? dropRelocation(heading.section, target, request.target.as) : undefined;
}

/** The order of the lines with a paragraph list item and its neighbour exchanged. */
function swappedItems(speech: Speech, request: { line: number; move: MoveKind }): number[] | undefined {
  const list = itemListAt(speech, request.line)!;
  const index = list.items.findIndex((item) => item.line === request.line);
  const other = list.items[request.move === 'up' ? index - 1 : index + 1];
  if (!other) return undefined;
  const order = speech.lines.map((_, i) => i);
  order[request.line] = other.line;
  order[other.line] = request.line;
  return order;
}

/** The new kind of every heading of the block whose level shifts, by its old line. */
function shiftedKinds(speech: Speech, relocation: Relocation): Map<number, HeadingKind> {
  const kinds = new Map<number, HeadingKind>();
  if (relocation.shift === 0) return kinds;
  for (const heading of speech.headings) {
    if (heading.line < relocation.block.start || heading.line > relocation.block.end) continue;
    kinds.set(heading.line, `level${plainLevel(heading)! + relocation.shift}` as HeadingKind);
  }
  return kinds;
}

/** The smallest edit within one line that turns `old` into `text`. */
function lineEdit(line: number, old: string, text: string): TextEdit {
  let head = 0;
  while (head < old.length && head < text.length && old[head] === text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < text.length - head && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  return TextEdit.replace({ start: { line, character: head }, end: { line, character: old.length - tail } }, text.slice(head, text.length - tail));
}

/** `ordinal`'s line with its mark replaced by `mark`. */
function withMark(text: string, ordinal: { start: number; end: number }, mark: string): string {
  return text.slice(0, ordinal.start) + mark + text.slice(ordinal.end);
}

/**
 * The lines in their new order, each shifted heading in its new kind and every list the move touched
 * numbered from one (a kind the document numbers on through its parents: on through them again).
 * Undefined when a number cannot be written in its list's form.
 */
function renumbered(speech: Speech, order: number[], shifted: Map<number, HeadingKind>, options: StyleOptions): string[] | undefined {
  const texts = order.map((old) => speech.texts[old]);
  const facts: LineFacts[] = order.map((old) => speech.lines[old]);
  const kindAt = new Map<number, HeadingKind>();
  let first = -1;
  let last = -1;
  for (let line = 0; line < order.length; line++) {
    const kind = shifted.get(order[line]);
    if (order[line] === line && kind === undefined) continue;
    if (first < 0) first = line;
    last = line;
    if (kind === undefined) continue;
    const ordinal = facts[line].heading!;
    // Numbered one until the lists are numbered: a number that seemed to continue the list before would make the kind run on.
    const mark = newHeadingMark(speech, kind, kind, 1, options);
    if (mark === undefined) return undefined;
    texts[line] = withMark(texts[line], ordinal, mark);
    facts[line] = scanLine(texts[line]);
    if (facts[line].heading?.kind !== kind) return undefined;
    kindAt.set(line, kind);
  }
  if (first < 0) return texts;
  const moved = buildSpeech(texts, facts);
  for (const run of touchedRuns(speech, moved, order, first, last)) if (!numberRun(speech, moved, run, texts, kindAt, options)) return undefined;
  return texts;
}

/** One list to number from one: the items of lists numbered as one run. */
type Run = { list: OrdinalList; index: number }[];

/**
 * The lists of the moved speech the move touched: those with an item on a line that moved, and the
 * lists the moved items left. A kind the document numbered on through its parents is one run again.
 */
function touchedRuns(speech: Speech, moved: Speech, order: number[], first: number, last: number): Run[] {
  const newLineOf = new Int32Array(order.length);
  order.forEach((old, line) => { newLineOf[old] = line; });
  const listAt: (OrdinalList | undefined)[] = new Array(order.length);
  for (const list of moved.lists) if (list.kind !== 'inline') for (const item of list.items) listAt[item.line] = list;
  const touched = new Set<OrdinalList>();
  for (let line = first; line <= last; line++) { const list = listAt[line]; if (list) touched.add(list); }
  for (const list of speech.lists) {
    if (list.kind === 'inline' || !list.items.some((item) => newLineOf[item.line] >= first && newLineOf[item.line] <= last)) continue;
    for (const item of list.items) { const now = listAt[newLineOf[item.line]]; if (now) touched.add(now); }
  }
  return numberingRuns(speech, moved, touched).map((run) => run.sort((a, b) => a.list.items[a.index].line - b.list.items[b.index].line));
}

/**
 * The touched lists of the moved speech in the document's own scheme: the moved items still carry their
 * old numbers, which could make the parser think a kind runs on (or not), so the scheme is the one the
 * document had before the move — a kind that ran on is one run, any other is numbered under each parent.
 */
function numberingRuns(speech: Speech, moved: Speech, touched: Set<OrdinalList>): Run[] {
  const runOnKeys = new Set(speech.lists.flatMap((l) => (l.kind === 'headings' && l.runsOn ? [l.key] : [])));
  const joined = new Map<string, { run: Run; touched: boolean }>();
  const runs: Run[] = [];
  const entries = (list: OrdinalList) => list.items.map((_, index) => ({ list, index }));
  for (const list of moved.lists) {
    const key = list.kind === 'headings' ? list.key : undefined;
    if (key !== undefined && runOnKeys.has(key)) {
      const run = joined.get(key) ?? { run: [], touched: false };
      joined.set(key, run);
      run.run.push(...entries(list));
      run.touched ||= touched.has(list);
    } else if (touched.has(list)) {
      runs.push(...(list.kind === 'headings' && list.runsOn ? byParent(moved, entries(list)) : [entries(list)]));
    }
  }
  for (const { run, touched: isTouched } of joined.values()) if (isTouched) runs.push(run);
  return runs;
}

/** A list the parser joined across parents, numbered again under each parent. */
function byParent(moved: Speech, items: Run): Run[] {
  const runs = new Map<Section | undefined, Run>();
  for (const entry of items) {
    const line = entry.list.items[entry.index].line;
    const parent = moved.headings.find((h) => h.line === line)?.section.parent;
    const run = runs.get(parent);
    if (run) run.push(entry); else runs.set(parent, [entry]);
  }
  return [...runs.values()];
}

/** Numbers a run from one in `texts`: a shifted heading in its new kind's house form, every other mark as written. */
function numberRun(speech: Speech, moved: Speech, run: Run, texts: string[], kindAt: Map<number, HeadingKind>, options: StyleOptions): boolean {
  for (let i = 0; i < run.length; i++) {
    const { list, index } = run[i];
    const item = list.items[index];
    const value = i + 1;
    const kind = kindAt.get(item.line);
    if (kind === undefined && item.ordinal.value === value) continue;
    const mark = kind !== undefined
      ? newHeadingMark(speech, kind, kind, value, options)
      : markText(moved, list, index, value, false, options);
    if (mark === undefined) return false;
    texts[item.line] = withMark(texts[item.line], item.ordinal as HeadingOrdinal, mark);
  }
  return true;
}

/** What a move's code action carries until it is resolved: the edit is computed only when chosen. */
export interface MoveActionData {
  uri: string;
  version: number;
  line: number;
  move: MoveKind;
}

function moveTitle(move: MoveKind, item: boolean): string {
  switch (move) {
    case 'up': return item ? l10n.t('Move Item Up (Alt+Shift+↑)') : l10n.t('Move Section Up (Alt+Shift+↑)');
    case 'down': return item ? l10n.t('Move Item Down (Alt+Shift+↓)') : l10n.t('Move Section Down (Alt+Shift+↓)');
    case 'promote': return l10n.t('Promote Section (Alt+Shift+←)');
    case 'demote': return l10n.t('Demote Section (Alt+Shift+→)');
  }
}

/**
 * The moves the heading or list item on `line` can make, as code actions of kind `refactor.move.speech`
 * (up, down) and `refactor.rewrite.speech` (promote, demote); their edit is computed on resolve.
 */
export function moveActions(speech: Speech, uri: string, version: number, line: number, wanted: (kind: string) => boolean): CodeAction[] {
  const item = numberedHeadingAt(speech, line) === undefined;
  return availableMoves(speech, line).flatMap((move) => {
    const kind = move === 'up' || move === 'down' ? MOVE_KIND : LEVEL_KIND;
    if (!wanted(kind)) return [];
    const action = CodeAction.create(moveTitle(move, item), kind);
    action.data = { uri, version, line, move } satisfies MoveActionData;
    return [action];
  });
}

/** A move's edit for `version` of the document at `uri`, as one versioned document change. */
export function moveWorkspaceEdit(
  speech: Speech, uri: string, version: number, request: MoveRequest, options: StyleOptions,
): (WorkspaceEdit & { line: number }) | undefined {
  const moved = movedSpeech(speech, request, options);
  return moved && { documentChanges: [TextDocumentEdit.create(VersionedTextDocumentIdentifier.create(uri, version), moved.edits)], line: moved.line };
}
