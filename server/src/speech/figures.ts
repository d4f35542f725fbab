/**
 * Length and speaking time as authors say them, of a section or of any text: the statistics, the
 * outline and the hover all count the same way.
 */
import { headingName } from './marks';
import type { Heading, Speech } from './speech';

/** A section's figures: its heading's name and depth, its length and its speaking time. */
export interface SectionFigures {
  name: string;
  /** How deep the heading stands in the outline: 1 for a document's top headings. */
  level: number;
  line: number;
  characters: number;
  /** Minutes as authors say them: to the half minute under ten (`约半分钟`), whole minutes above. */
  minutes: number;
}

export function sectionFigures(speech: Speech, heading: Heading, rate: number): SectionFigures {
  const characters = speech.lengthOf(heading.section.startLine, heading.section.endLine);
  return { name: headingName(heading), level: depthOf(heading), line: heading.line, characters, minutes: speakingMinutes(characters, rate) };
}

/** Under ten minutes a half minute matters (a short section, a greeting); above it, whole minutes. */
const HALF_MINUTES_BELOW = 10;

/** Speaking time as authors say it: to the half minute under ten minutes (at least half a minute for any text), whole minutes above. */
export function speakingMinutes(characters: number, rate: number): number {
  if (characters <= 0) return 0;
  const exact = characters / rate;
  return exact < HALF_MINUTES_BELOW ? Math.max(0.5, Math.round(exact * 2) / 2) : Math.round(exact);
}

/** How many headings stand above `heading`, plus one. */
function depthOf(heading: Heading): number {
  let depth = 1;
  for (let section = heading.section.parent; section?.heading; section = section.parent) depth++;
  return depth;
}
