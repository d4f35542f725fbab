/**
 * The certain fixes of a whole document: every list renumbered, every ordinal in the house form,
 * every certain text fix. `source.fixAll.speech` and Format Document apply the same edits.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { CHECKS } from '../checks';
import type { Settings } from '../settings';
import type { Speech } from '../speech/speech';
import { fixAllEdits } from './renumber';
import { textCheckOptions, textFixEdits } from './textChecks';

export function certainFixEdits(speech: Speech, settings: Settings): TextEdit[] {
  const numbering = fixAllEdits(speech, { style: settings.numberingStyle, level3Separator: settings.level3Separator });
  const text = textFixEdits(speech, textCheckOptions(settings), (f) => f.certain && CHECKS[f.code].fixAll);
  return mergeEdits(numbering, text);
}

/** `first` and those of `second` that touch none of `first`, in document order. */
function mergeEdits(first: TextEdit[], second: TextEdit[]): TextEdit[] {
  const key = (p: { line: number; character: number }) => p.line * 2 ** 24 + p.character;
  const taken = first.map((e) => [key(e.range.start), key(e.range.end)]).sort((a, b) => a[0] - b[0]);
  const overlaps = (edit: TextEdit) => {
    const [start, end] = [key(edit.range.start), key(edit.range.end)];
    // The taken edits do not overlap each other: only the last one starting before `end` can overlap.
    let lo = 0;
    let hi = taken.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid][0] < end) lo = mid + 1; else hi = mid - 1;
    }
    return hi >= 0 && taken[hi][1] > start;
  };
  return [...first, ...second.filter((e) => !overlaps(e))]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
