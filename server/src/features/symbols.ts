/**
 * The outline: the title, then the headings as a tree, with paragraph list items as children of
 * their section. Each symbol's range is its section, its selection the heading; its detail the
 * section's length.
 */
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver-types';
import type { Section, Span, Speech } from '../speech/speech';
import { lengthFormatter } from '../util/format';

type Format = (characters: number) => string;

export function documentSymbols(speech: Speech): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const formatLength = lengthFormatter();
  if (speech.title) {
    const range = spanRange(speech.title);
    const total = speech.lengthOf(0, speech.lines.length - 1);
    symbols.push(DocumentSymbol.create(speech.title.text, formatLength(total), SymbolKind.File, range, range));
  }
  // Not `push(...)`: a file of 100,000 headings would overflow the call stack.
  return symbols.concat(sectionChildren(speech, speech.root, formatLength));
}

function sectionChildren(speech: Speech, section: Section, formatLength: Format): DocumentSymbol[] {
  const entries: { line: number; symbol: DocumentSymbol }[] = [];
  for (const item of section.paragraphItems) {
    const facts = speech.lines[item.line];
    const range = Range.create(item.line, facts.contentStart, item.line, facts.contentEnd);
    const name = item.name.text;
    entries.push({ line: item.line, symbol: DocumentSymbol.create(name, formatLength(facts.length), SymbolKind.EnumMember, range, spanRange(item.name)) });
  }
  for (const child of section.children) entries.push({ line: child.startLine, symbol: sectionSymbol(speech, child, formatLength) });
  entries.sort((a, b) => a.line - b.line);
  return entries.map((e) => e.symbol);
}

function sectionSymbol(speech: Speech, section: Section, formatLength: Format): DocumentSymbol {
  const heading = section.heading!;
  const endFacts = speech.lines[section.endLine];
  const range = Range.create(section.startLine, speech.lines[section.startLine].contentStart, section.endLine, endFacts.contentEnd);
  const selection = Range.create(heading.line, heading.ordinal.start, heading.line, Math.max(heading.text.end, heading.ordinal.end));
  const name = heading.ordinal.text + heading.text.text;
  const symbol = DocumentSymbol.create(name, formatLength(speech.lengthOf(section.startLine, section.endLine)), SymbolKind.String, range, selection);
  symbol.children = sectionChildren(speech, section, formatLength);
  return symbol;
}

function spanRange(span: Span): Range {
  return Range.create(span.line, span.start, span.line, span.end);
}
