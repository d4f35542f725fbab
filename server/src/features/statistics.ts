/**
 * `speech/statistics`: length and speaking time of the whole speech, of each section, and of a
 * selection. The client's status bar and section list show these figures.
 */
import { sectionFigures, speakingMinutes } from '../speech/figures';
import { countCharacters } from '../speech/line';
import type { Speech } from '../speech/speech';
import type { SpeechStatistics } from '../protocol';

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
