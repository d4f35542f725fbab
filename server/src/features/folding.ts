/** Folding: one range per section that spans more than its heading line, and one per speech of a file of several. */
import { FoldingRange } from 'vscode-languageserver-types';
import type { Section, Speech } from '../speech/speech';

export function foldingRanges(speech: Speech): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (section: Section) => {
    for (const child of section.children) {
      if (child.endLine > child.startLine) ranges.push(FoldingRange.create(child.startLine, child.endLine));
      visit(child);
    }
  };
  for (const part of speech.parts) {
    if (speech.parts.length > 1 && part.root.endLine > part.root.startLine) ranges.push(FoldingRange.create(part.root.startLine, part.root.endLine));
    visit(part.root);
  }
  return ranges;
}
