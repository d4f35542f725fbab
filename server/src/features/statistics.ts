/**
 * Length and speaking time: of the whole speech, of each section, and of a selection. The client's
 * status bar and quick pick show these figures; the outline and hover use the same counts.
 */
import { countCharacters } from '../speech/line';
import { headingName } from '../speech/marks';
import type { Heading, Speech } from '../speech/speech';

/** Minutes are whole, as authors say them (`约27分钟`): at least one for any text. */
export interface SectionFigures {
  name: string;
  /** How deep the heading stands in the outline: 1 for a document's top headings. */
  level: number;
  line: number;
  characters: number;
  minutes: number;
}

export interface SpeechStatistics {
  characters: number;
  minutes: number;
  /** Characters a minute the minutes were computed with. */
  rate: number;
  /** The selected text's figures, when the request named selections. */
  selection?: { characters: number; minutes: number };
  /** Every section's figures, when asked for (the status bar needs only the totals). */
  sections?: SectionFigures[];
}


export function sectionFigures(speech: Speech, heading: Heading, rate: number): SectionFigures {
  const characters = speech.lengthOf(heading.section.startLine, heading.section.endLine);
  return { name: headingName(heading), level: depthOf(heading), line: heading.line, characters, minutes: speakingMinutes(characters, rate) };
}

/** `selectedTexts`: the text of each selection, if any is not empty. */
export function speechStatistics(speech: Speech, rate: number, selectedTexts: string[] = [], withSections = false): SpeechStatistics {
  const characters = speech.lengthOf(0, speech.lines.length - 1);
  const statistics: SpeechStatistics = { characters, minutes: speakingMinutes(characters, rate), rate };
  if (withSections) statistics.sections = speech.headings.map((heading) => sectionFigures(speech, heading, rate));
  if (selectedTexts.some((t) => t.length > 0)) {
    const selected = selectedTexts.reduce((sum, text) => sum + countCharacters(text), 0);
    statistics.selection = { characters: selected, minutes: speakingMinutes(selected, rate) };
  }
  return statistics;
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
