/** Folding: one range per section that spans more than its heading line. */
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
  visit(speech.root);
  return ranges;
}
