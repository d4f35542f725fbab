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
  /** Whole minutes, as authors say them (`约27分钟`): at least one for any text. */
  minutes: number;
}

export function sectionFigures(speech: Speech, heading: Heading, rate: number): SectionFigures {
  const characters = speech.lengthOf(heading.section.startLine, heading.section.endLine);
  return { name: headingName(heading), level: depthOf(heading), line: heading.line, characters, minutes: speakingMinutes(characters, rate) };
}

/** Speaking time as authors say it: whole minutes, at least one for any text. */
export function speakingMinutes(characters: number, rate: number): number {
  return characters <= 0 ? 0 : Math.max(1, Math.round(characters / rate));
}

/** How many headings stand above `heading`, plus one. */
function depthOf(heading: Heading): number {
  let depth = 1;
  for (let section = heading.section.parent; section?.heading; section = section.parent) depth++;
  return depth;
}
