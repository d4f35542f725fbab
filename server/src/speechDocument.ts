/**
 * An open speech as the server keeps it: its lines and what each says, updated by the editor's
 * incremental changes so that a keystroke re-reads only the lines it touched, and its speech model,
 * built once per version from those lines. No Node API, no copy of the whole text per keystroke.
 */
import { keptThrough } from './speech/lineEdit';
import { scanLine, type LineFacts } from './speech/line';
import { buildSpeech, lengthIndex } from './speech/parser';
import type { Speech } from './speech/speech';

export interface Position {
  line: number;
  character: number;
}

/** A change as LSP sends it: a range and its new text, or the whole new text. */
export type ContentChange = { range: { start: Position; end: Position }; text: string } | { text: string };

const LINE_BREAK = /\r\n|\r|\n/g;

export class SpeechDocument {
  /** Each line's text without its break, its break (`\n`, `\r\n`, `\r`, or `` for the last) and facts. */
  private texts: string[] = [];
  private breaks: string[] = [];
  private facts: LineFacts[] = [];
  private model: Speech | undefined;
  /** How many lines have been read since the document was opened: what a keystroke costs. */
  scannedLines = 0;

  constructor(readonly uri: string, public version: number, text: string) {
    this.replaceLines(0, 0, text);
  }

  get lineCount(): number {
    return this.texts.length;
  }

  /** The text of `line` without its line break ('' past the end). */
  lineText(line: number): string {
    return this.texts[line] ?? '';
  }

  /** The whole text, or that of a range. */
  getText(range?: { start: Position; end: Position }): string {
    if (!range) return this.texts.map((t, i) => t + this.breaks[i]).join('');
    const start = this.clamp(range.start);
    const end = this.clamp(range.end);
    if (start.line === end.line) return this.texts[start.line].slice(start.character, end.character);
    let text = this.texts[start.line].slice(start.character) + this.breaks[start.line];
    for (let line = start.line + 1; line < end.line; line++) text += this.texts[line] + this.breaks[line];
    return text + this.texts[end.line].slice(0, end.character);
  }

  /** The speech model of the current version, built on first use. */
  get speech(): Speech {
    this.model ??= buildSpeech(this.texts, this.facts);
    return this.model;
  }

  /** Applies the editor's changes, in order, and moves to `version`. */
  update(changes: readonly ContentChange[], version: number): void {
    // The model kept through the changes so far, or undefined once one of them changes the structure.
    let model = this.model;
    for (const change of changes) {
      if (!('range' in change)) {
        model = undefined;
        this.texts = [];
        this.breaks = [];
        this.facts = [];
        this.replaceLines(0, 0, change.text);
        continue;
      }
      const start = this.clamp(change.range.start);
      const end = this.clamp(change.range.end);
      // Typing inside a line re-reads that line only. A change that adds or removes a line break, or
      // empties a line, is re-split from the line before to the line after: a `\r` and a `\n` it
      // brings together (or apart) are one line break (or two), so the lines around may merge or split.
      const emptiesLine = change.text === '' && start.character === 0 && end.character === this.texts[end.line].length;
      const breaksLines = start.line !== end.line || emptiesLine || /[\r\n]/.test(change.text);
      const first = breaksLines ? Math.max(0, start.line - 1) : start.line;
      const last = breaksLines ? Math.min(this.texts.length - 1, end.line + 1) : end.line;
      const lineBefore = { text: this.texts[start.line], facts: this.facts[start.line] };
      let before = '';
      for (let line = first; line < start.line; line++) before += this.texts[line] + this.breaks[line];
      before += this.texts[start.line].slice(0, start.character);
      let after = this.texts[end.line].slice(end.character) + this.breaks[end.line];
      for (let line = end.line + 1; line <= last; line++) after += this.texts[line] + this.breaks[line];
      this.replaceLines(first, last + 1, before + change.text + after);
      const lineAfter = { text: this.texts[start.line], facts: this.facts[start.line] };
      model = model && !breaksLines ? keptThrough(model, start.line, lineBefore, lineAfter) : undefined;
    }
    this.version = version;
    // Only the lengths are counted again; everything else of a kept model is shared with the last version.
    this.model = model && { ...model, texts: this.texts, lines: this.facts, lengthOf: lengthIndex(this.facts) };
  }

  /** Replaces lines `from`…`to - 1` with the lines of `text` (which ends where line `to` begins). */
  private replaceLines(from: number, to: number, text: string): void {
    const texts: string[] = [];
    const breaks: string[] = [];
    let at = 0;
    LINE_BREAK.lastIndex = 0;
    for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
      texts.push(text.slice(at, match.index));
      breaks.push(match[0]);
      at = match.index + match[0].length;
    }
    // The rest is a line of its own, unless `text` ends with the break before line `to`.
    if (at < text.length || to >= this.texts.length || texts.length === 0) {
      texts.push(text.slice(at));
      breaks.push('');
    }
    const facts = texts.map((t) => scanLine(t));
    this.scannedLines += texts.length;
    this.texts = spliced(this.texts, from, to, texts);
    this.breaks = spliced(this.breaks, from, to, breaks);
    this.facts = spliced(this.facts, from, to, facts);
  }

  private clamp(position: Position): Position {
    const line = Math.min(Math.max(0, position.line), this.texts.length - 1);
    const character = Math.min(Math.max(0, position.character), this.texts[line].length);
    return { line, character };
  }
}

/** `array` with `from`…`to - 1` replaced by `items`; in place when few, as a new array when many
 * (spreading a million lines into `splice` would overflow the call stack). */
function spliced<T>(array: T[], from: number, to: number, items: T[]): T[] {
  if (items.length <= 10_000) {
    array.splice(from, to - from, ...items);
    return array;
  }
  return array.slice(0, from).concat(items, array.slice(to));
}
