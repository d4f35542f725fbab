/**
 * `speech/outline`: the headings tree of the 提纲 view — each heading and paragraph list item with
 * its section's length and speaking time and the moves it can make (features/moves.ts).
 */
import { speakingMinutes } from '../speech/figures';
import { headingName } from '../speech/marks';
import type { ParagraphItem, Section, Speech } from '../speech/speech';
import type { MoveKind, OutlineNode, OutlineRequest } from '../protocol';
import { sectionMoves } from './moves';

type Outline = NonNullable<OutlineRequest.Result>;

/** The outline of a model, kept with it: the view and the move keys ask for it once a version. */
const kept = new WeakMap<Speech, { rate: number; version: number; outline: Outline }>();

export function speechOutline(speech: Speech, version: number, rate: number): Outline {
  const cached = kept.get(speech);
  if (cached?.rate === rate && cached.version === version) return cached.outline;
  const outline = buildOutline(speech, version, rate);
  kept.set(speech, { rate, version, outline });
  return outline;
}

function buildOutline(speech: Speech, version: number, rate: number): Outline {
  const characters = speech.lengthOf(0, speech.lines.length - 1);
  const title = speech.parts[0].title;
  const nodes = speech.parts.flatMap((part) => childNodes(speech, part.root, 1, rate));
  return { version, title: title?.text, titleLine: title?.line, characters, minutes: speakingMinutes(characters, rate), nodes };
}

function childNodes(speech: Speech, section: Section, depth: number, rate: number): OutlineNode[] {
  const entries: OutlineNode[] = [];
  section.paragraphItems.forEach((item) => entries.push(itemNode(speech, item, depth, rate)));
  for (const child of section.children) {
    const heading = child.heading!;
    const characters = speech.lengthOf(child.startLine, child.endLine);
    entries.push({
      name: headingName(heading), line: heading.line, kind: 'heading', depth, characters, minutes: speakingMinutes(characters, rate),
      moves: heading.ordinal ? sectionMoves(child) : [], children: childNodes(speech, child, depth + 1, rate),
    });
  }
  if (section.paragraphItems.length > 0 && section.children.length > 0) entries.sort((a, b) => a.line - b.line);
  return entries;
}

function itemNode(speech: Speech, item: ParagraphItem, depth: number, rate: number): OutlineNode {
  const characters = speech.lines[item.line].length;
  const list = item.section.lists.find((l) => l.kind === 'paragraphs' && l.items.some((i) => i.line === item.line));
  const index = list ? list.items.findIndex((i) => i.line === item.line) : -1;
  const moves: MoveKind[] = [];
  if (list && index > 0) moves.push('up');
  if (list && index >= 0 && index < list.items.length - 1) moves.push('down');
  return { name: item.name.text, line: item.line, kind: 'item', depth, characters, minutes: speakingMinutes(characters, rate), moves, children: [] };
}
