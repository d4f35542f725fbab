/**
 * Where a line stands in the section tree.
 */
import type { Heading, Section, Speech } from './speech';

/** The sections open at `line` from the root down, counting only headings above it. */
export function sectionPathBefore(speech: Speech, line: number): Section[] {
  const path: Section[] = [speech.root];
  if (speech.closingLine !== undefined && line > speech.closingLine) return path;
  let section = speech.root;
  for (;;) {
    const child = lastChildBefore(section, line);
    if (!child) return path;
    path.push(child);
    section = child;
  }
}

/** The heading on `line`, if the line is one. */
export function headingAt(speech: Speech, line: number): Heading | undefined {
  const path = sectionPathBefore(speech, line + 1);
  const innermost = path[path.length - 1].heading;
  return innermost?.line === line ? innermost : undefined;
}

/** The last child section that starts above `line` (children are in line order). */
function lastChildBefore(section: Section, line: number): Section | undefined {
  let low = 0;
  let high = section.children.length - 1;
  let found: Section | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (section.children[mid].startLine < line) { found = section.children[mid]; low = mid + 1; } else high = mid - 1;
  }
  return found;
}
