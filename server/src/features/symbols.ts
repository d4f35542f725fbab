/**
 * The outline: the title, then the headings as a tree, with paragraph list items as children of
 * their section. Each symbol's range is its section, its selection the heading; its detail the
 * section's length.
 *
 * A section's symbol is kept with the facts of its heading's line (which name the heading) and reused
 * while the section starts and ends on the same lines and has the same length and children, so that
 * typing in one paragraph or heading rebuilds only the symbols of the sections around it — also when
 * the model is built again (an ordinal typed, a section pasted above). Symbols are frozen: they are
 * shared across versions, and the wire encodes a frozen object once.
 */
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver-types';
import { headingName, headingSpan } from '../speech/marks';
import type { LineFacts } from '../speech/line';
import type { DocumentPart, ParagraphItem, Section, Span, Speech } from '../speech/speech';
import { lengthFormatter } from '../util/format';

type Format = (characters: number) => string;

interface Kept {
  symbol: DocumentSymbol;
  /** The section's first and last line (an item's line, twice). */
  startLine: number;
  endLine: number;
  /** An item's name (its line's facts do not say which series word names it). */
  name?: Span;
  length: number;
  end: number;
  children?: DocumentSymbol[];
}

/** Kept by the facts of the heading's (or the item's) line: a line the editor did not touch keeps its facts. */
const keptSections = new WeakMap<LineFacts, Kept>();
const keptItems = new WeakMap<LineFacts, Kept>();

/** How many symbols were built (not reused) since the server started: what an edit costs the outline. */
export const symbolsBuilt = { count: 0 };

/**
 * Each document of the file is one symbol holding its headings (named by its title); a file of one
 * document shows its title first and its headings beside it, as a single document's outline does.
 */
export function documentSymbols(speech: Speech): DocumentSymbol[] {
  const formatLength = lengthFormatter();
  const single = speech.parts.length === 1;
  return speech.parts.flatMap((part) => partSymbols(speech, part, formatLength, single));
}

/**
 * A titled document's symbol (its range the document, its detail the subtitle or the document's
 * length) and its headings: inside it, or after it in a file of one document. An untitled
 * document's headings stand on their own.
 */
function partSymbols(speech: Speech, part: DocumentPart, formatLength: Format, single: boolean): DocumentSymbol[] {
  const children = sectionChildren(speech, part.root, formatLength);
  if (!part.title) return children;
  const { startLine, endLine } = single ? { startLine: part.title.line, endLine: part.title.lastLine } : part.root;
  const range = Range.create(startLine, single ? part.title.start : speech.lines[startLine].contentStart, endLine, speech.lines[endLine].contentEnd);
  const length = single ? speech.lengthOf(0, speech.lines.length - 1) : speech.lengthOf(startLine, endLine);
  const detail = part.subtitle?.text ?? formatLength(length);
  const symbol = DocumentSymbol.create(part.title.text, detail, SymbolKind.File, range, spanRange(part.title));
  if (single) return [deepFreeze(symbol)].concat(children);
  if (children.length > 0) symbol.children = Object.freeze(children) as DocumentSymbol[];
  return [deepFreeze(symbol)];
}

function sectionChildren(speech: Speech, section: Section, formatLength: Format): DocumentSymbol[] {
  const entries: { line: number; symbol: DocumentSymbol }[] = [];
  for (const item of section.paragraphItems) entries.push({ line: item.line, symbol: itemSymbol(speech, item, formatLength) });
  for (const child of section.children) entries.push({ line: child.startLine, symbol: sectionSymbol(speech, child, formatLength) });
  if (section.paragraphItems.length > 0 && section.children.length > 0) entries.sort((a, b) => a.line - b.line);
  return entries.map((e) => e.symbol);
}

function itemSymbol(speech: Speech, item: ParagraphItem, formatLength: Format): DocumentSymbol {
  const facts = speech.lines[item.line];
  const kept = keptItems.get(facts);
  const { name } = item;
  if (kept && kept.startLine === item.line && sameSpan(kept.name!, name) && kept.end === facts.contentEnd) return kept.symbol;
  symbolsBuilt.count++;
  const range = Range.create(item.line, facts.contentStart, item.line, facts.contentEnd);
  const symbol = deepFreeze(DocumentSymbol.create(name.text, formatLength(facts.length), SymbolKind.EnumMember, range, spanRange(name)));
  keptItems.set(facts, { symbol, startLine: item.line, endLine: item.line, name, length: facts.length, end: facts.contentEnd });
  return symbol;
}

function sectionSymbol(speech: Speech, section: Section, formatLength: Format): DocumentSymbol {
  const children = sectionChildren(speech, section, formatLength);
  const length = speech.lengthOf(section.startLine, section.endLine);
  const end = speech.lines[section.endLine].contentEnd;
  const facts = speech.lines[section.startLine];
  const kept = keptSections.get(facts);
  if (kept && kept.startLine === section.startLine && kept.endLine === section.endLine && kept.length === length && kept.end === end
    && sameSymbols(kept.children!, children)) return kept.symbol;
  symbolsBuilt.count++;
  const heading = section.heading!;
  const range = Range.create(section.startLine, speech.lines[section.startLine].contentStart, section.endLine, end);
  const { start, end: selectionEnd } = headingSpan(heading);
  const selection = Range.create(heading.line, start, heading.line, selectionEnd);
  const symbol = DocumentSymbol.create(headingName(heading), formatLength(length), SymbolKind.String, range, selection);
  // A leaf has no `children` at all: fewer bytes a keystroke for a thousand sections.
  if (children.length > 0) symbol.children = Object.freeze(children) as DocumentSymbol[];
  deepFreeze(symbol);
  keptSections.set(facts, { symbol, startLine: section.startLine, endLine: section.endLine, length, end, children });
  return symbol;
}

/** Freezes an object and everything in it that is not frozen yet (frozen children stay as they are). */
function deepFreeze<T extends object>(value: T): T {
  if (Object.isFrozen(value)) return value;
  for (const member of Object.values(value)) if (member !== null && typeof member === 'object') deepFreeze(member);
  return Object.freeze(value);
}

function sameSymbols(a: DocumentSymbol[], b: DocumentSymbol[]): boolean {
  return a.length === b.length && a.every((symbol, i) => symbol === b[i]);
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

function spanRange(span: Span): Range {
  return Range.create(span.line, span.start, span.line, span.end);
}
