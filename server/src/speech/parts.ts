/**
 * The parts of a speech found by their wording rather than by an ordinal: the title, the
 * salutation (`同志们：`) and the closing (`同志们，…`).
 */
import type { LineFacts } from './line';
import type { Span } from './speech';

/** Words that address an audience; a salutation names at least one. */
const ADDRESS_TERMS = ['同志', '领导', '代表', '来宾', '嘉宾', '委员', '朋友', '同学', '老师', '女士', '先生', '同仁', '同事', '战友', '们'];
const SALUTATION_MAX = 20;
const TITLE_SUFFIXES = ['讲话', '致辞', '发言', '报告'];
/** A title found by its wording may be this long; one found only by position, 40 (the contract). */
const TITLE_MAX = 80;
const SHORT_TITLE_MAX = 40;
const SENTENCE_MARKS = '。！？；，、：:;,';

function content(text: string, facts: LineFacts): string {
  return text.slice(facts.contentStart, facts.contentEnd);
}

function contentSpan(text: string, line: number, facts: LineFacts): Span {
  return { line, start: facts.contentStart, end: facts.contentEnd, text: content(text, facts) };
}

/** A short line ending in `：` that addresses the audience: `同志们：`, `各位领导、同志们：`. */
export function isSalutation(text: string, facts: LineFacts): boolean {
  const line = content(text, facts);
  if (line.length < 2 || line.length > SALUTATION_MAX) return false;
  const last = line[line.length - 1];
  if (last !== '：' && last !== ':') return false;
  const address = line.slice(0, -1);
  return ADDRESS_TERMS.some((term) => address.includes(term));
}

/** The first salutation above line `before`. */
export function findSalutation(texts: readonly string[], lines: readonly LineFacts[], before: number): Span | undefined {
  for (let i = 0; i < before; i++) {
    if (lines[i].contentStart !== lines[i].contentEnd && isSalutation(texts[i], lines[i])) return contentSpan(texts[i], i, lines[i]);
  }
  return undefined;
}

/** Whether a line's content reads as a title: `…的讲话`, `在…上的…`, short, no sentence marks. */
export function readsAsTitle(line: string): boolean {
  if (line.length > TITLE_MAX || /[。！？；]/.test(line) || SENTENCE_MARKS.includes(line[line.length - 1])) return false;
  return TITLE_SUFFIXES.some((s) => line.endsWith(s)) || /^在.+上的./.test(line);
}

/**
 * The title: among the lines above the salutation (or above the first heading), the nearest that
 * reads as a title (`…的讲话`, `在…上的…`); failing that the first non-blank line when it is short.
 * Lines pasted above the title (a site's banner, a date) stay body. With neither a salutation nor a
 * heading, the first line that reads as a title, from the top.
 */
export function findTitle(texts: readonly string[], lines: readonly LineFacts[], salutation: number | undefined, firstHeading: number | undefined): Span | undefined {
  const blank = (i: number) => lines[i].contentStart === lines[i].contentEnd;
  const end = salutation ?? firstHeading;
  if (end !== undefined) {
    for (let i = end - 1; i >= 0; i--) {
      if (!blank(i) && readsAsTitle(content(texts[i], lines[i]))) return contentSpan(texts[i], i, lines[i]);
    }
  } else {
    for (let i = 0; i < lines.length; i++) {
      if (!blank(i) && readsAsTitle(content(texts[i], lines[i]))) return contentSpan(texts[i], i, lines[i]);
    }
  }
  const first = lines.findIndex((_, i) => !blank(i));
  if (first === -1 || (end !== undefined && first >= end)) return undefined;
  const facts = lines[first];
  const line = content(texts[first], facts);
  if (facts.heading || line.length > SHORT_TITLE_MAX || /[。！？；]/.test(line) || SENTENCE_MARKS.includes(line[line.length - 1]) || isSalutation(texts[first], facts)) return undefined;
  return contentSpan(texts[first], first, facts);
}

/** A paragraph that opens by addressing the audience: `同志们，反腐倡廉没有休止符…`. */
export function isClosing(text: string, facts: LineFacts): boolean {
  const line = content(text, facts);
  const comma = line.search(/[，,]/);
  if (comma < 2 || comma > SALUTATION_MAX) return false;
  const address = line.slice(0, comma);
  return /[们]$|^各位/.test(address) && ADDRESS_TERMS.some((term) => address.includes(term));
}

/**
 * What a line may be by its wording alone: a title, a salutation, a closing, or none. Typing that
 * does not change this (nor the line's ordinals and counts) cannot move a speech's parts.
 */
export function lineRole(text: string, facts: LineFacts): 'title' | 'salutation' | 'closing' | undefined {
  if (facts.contentStart === facts.contentEnd) return undefined;
  if (isSalutation(text, facts)) return 'salutation';
  if (isClosing(text, facts)) return 'closing';
  const line = content(text, facts);
  return line.length <= TITLE_MAX && readsAsTitle(line) ? 'title' : undefined;
}

/** How many non-blank lines may stand between a later speech's title and its salutation (a date). */
const TITLE_TO_SALUTATION = 3;

/**
 * The later speeches of a file: after the first heading, a line that reads as a title followed within
 * three non-blank lines (a date, a speaker) by a salutation, with no heading between.
 */
export function findLaterSpeeches(texts: readonly string[], lines: readonly LineFacts[], firstHeading: number): { title: Span; salutation: Span }[] {
  const found: { title: Span; salutation: Span }[] = [];
  if (firstHeading < 0) return found;
  for (let i = firstHeading + 1; i < lines.length; i++) {
    const facts = lines[i];
    if (facts.heading || facts.contentEnd - facts.contentStart > TITLE_MAX || lineRole(texts[i], facts) !== 'title') continue;
    for (let j = i + 1, seen = 0; j < lines.length && seen < TITLE_TO_SALUTATION; j++) {
      if (lines[j].contentStart === lines[j].contentEnd) continue;
      if (lines[j].heading) break;
      seen++;
      if (isSalutation(texts[j], lines[j])) {
        found.push({ title: contentSpan(texts[i], i, facts), salutation: contentSpan(texts[j], j, lines[j]) });
        i = j;
        break;
      }
    }
  }
  return found;
}
