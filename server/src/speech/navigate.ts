/**
 * Where a line stands in the section tree.
 */
import { firstIndex } from './search';
import type { Heading, Section, Speech, DocumentPart } from './speech';

/** The sections open at `line` from its speech's root down, counting only headings above it. */
export function sectionPathBefore(speech: Speech, line: number): Section[] {
  const part = partAt(speech, line);
  const path: Section[] = [part.root];
  if (part.closingLine !== undefined && line > part.closingLine) return path;
  let section = part.root;
  for (;;) {
    const child = lastChildBefore(section, line);
    if (!child) return path;
    path.push(child);
    section = child;
  }
}

/** The speech of the file that `line` belongs to. */
export function partAt(speech: Speech, line: number): DocumentPart {
  let part = speech.parts[0];
  for (const candidate of speech.parts) if (candidate.root.startLine <= line) part = candidate;
  return part;
}

/** The heading on `line`, if the line is one. */
export function headingAt(speech: Speech, line: number): Heading | undefined {
  const path = sectionPathBefore(speech, line + 1);
  const innermost = path[path.length - 1].heading;
  return innermost?.line === line ? innermost : undefined;
}

/** The last child section that starts above `line` (children are in line order). */
function lastChildBefore(section: Section, line: number): Section | undefined {
  return section.children[firstIndex(section.children, (child) => child.startLine >= line) - 1];
}
