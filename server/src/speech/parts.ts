/**
 * The parts of a document found by their wording rather than by an ordinal: the title (over one to
 * three lines), the subtitle (`——在…上的讲话`), the salutation (`同志们：`, or a 公文's addressee
 * line), the closing (`同志们，…`), and the lines that start a further document of the file: a
 * document issued by a notice, an attachment (`附件1`), a later speech of a collection.
 */
import type { LineFacts } from './line';
import type { Span, Title } from './speech';
import { ADDRESS_TERMS, ATTACHMENT_WORDS, DOCUMENT_WORDS } from './words';

const SALUTATION_MAX = 20;
const ADDRESSEE_MAX = 80;
/** A title found by its wording may be this long; one found only by position, 40 (the contract). */
const TITLE_MAX = 80;
const SHORT_TITLE_MAX = 40;
/** A title set over several lines has at most this many. */
const TITLE_LINES = 3;
const SENTENCE_MARKS = /[。！？；]/;
const TRAILING_MARKS = '。！？；，、：:;,';

function content(text: string, facts: LineFacts): string {
  return text.slice(facts.contentStart, facts.contentEnd);
}

function contentSpan(text: string, line: number, facts: LineFacts): Span {
  return { line, start: facts.contentStart, end: facts.contentEnd, text: content(text, facts) };
}

function isBlank(facts: LineFacts): boolean {
  return facts.contentStart === facts.contentEnd;
}

/** A short line ending in `：` that addresses the audience (`同志们：`), or a 公文's addressee line. */
export function isSalutation(text: string, facts: LineFacts): boolean {
  const line = content(text, facts);
  const last = line[line.length - 1];
  if (line.length < 2 || (last !== '：' && last !== ':')) return false;
  const address = line.slice(0, -1);
  if (line.length <= SALUTATION_MAX && ADDRESS_TERMS.some((term) => address.includes(term))) return true;
  return isAddressee(address);
}

/**
 * The addressee line of a 公文 (主送机关): organs separated by `、` or `，`, or one starting with `各`
 * (`各省、自治区、直辖市人民政府，国务院各部委、各直属机构`), with no sentence in it.
 */
function isAddressee(address: string): boolean {
  if (address.length > ADDRESSEE_MAX || /[。！？；：:“”《》]/.test(address)) return false;
  const organs = address.split(/[、，,]/);
  if (address.startsWith('各')) return organs.every((organ) => organ.length <= 20);
  return organs.length >= 3 && organs.every((organ) => organ.length > 0 && organ.length <= 12);
}

/** A news agency's dateline before a title or a paragraph: `新华网北京11月15日电 `. */
const DATELINE = /^\S{2,14}?\d{1,2}月\d{1,2}日电[ \u3000]+/;

/** The title's wording without a news dateline before it and without letter-spacing. */
function titleWording(line: string): string {
  return line.replace(DATELINE, '').replace(/[ \u3000]+/g, '');
}

/** Whether a line reads as a title: it ends in a document word (`…的讲话`, `…的通知`) or reads `在…上的…`. */
export function readsAsTitle(line: string): boolean {
  if (line.length > TITLE_MAX || SENTENCE_MARKS.test(line) || TRAILING_MARKS.includes(line[line.length - 1])) return false;
  const wording = titleWording(line);
  return DOCUMENT_WORDS.some((word) => wording.endsWith(word)) || /^在.+上的./.test(wording);
}

/**
 * Lines that are never a title: a date (`（2024年2月26日）`, `2025.02.17`), a document number
 * (`国发〔2019〕4号`), a decree header (`…国务院令`, `第707号`), a site's banner (`来源：…`).
 */
export function isNeverTitle(line: string): boolean {
  return /^[（(]?[\d〇○零一二三四五六七八九十]{2,4}年[^，。]*[日月][）)]?$/.test(line)
    || /^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$/.test(line)
    || /[〔[]\d{4}[〕\]]\d+号$/.test(line) || /令$/.test(line) || /^第\d+号$/.test(line)
    || /来源[：:]|发表时间|^[（(]|^——/.test(line);
}

/** A line that may be one of several lines a title is set over: short, no sentence, not a date or banner. */
function isTitleLine(line: string): boolean {
  return line.length <= SHORT_TITLE_MAX && !SENTENCE_MARKS.test(line) && !/[，,：:]$/.test(line) && !isNeverTitle(line);
}

/** The title's lines joined: `国务院关于印发` + `国家职业教育改革实施方案的通知`. */
function titleOf(texts: readonly string[], lines: readonly LineFacts[], first: number, last: number): Title {
  const spans: Span[] = [];
  for (let i = first; i <= last; i++) if (!isBlank(lines[i])) spans.push(contentSpan(texts[i], i, lines[i]));
  const main = spans[0];
  const text = spans.map((s) => s.text.replace(DATELINE, '')).join('');
  const dateline = DATELINE.exec(main.text);
  const start = main.start + (dateline ? dateline[0].length : 0);
  return { line: main.line, start, end: main.end, text, lastLine: spans[spans.length - 1].line };
}

/** The first line in `from`…`to - 1` that is running text: a sentence that is not a salutation, a date or a note. */
export function firstBodyLine(texts: readonly string[], lines: readonly LineFacts[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const facts = lines[i];
    if (isBlank(facts) || !facts.sentence || facts.heading) continue;
    const line = content(texts[i], facts);
    if (isSalutation(texts[i], facts) || /^[（(—]/.test(line)) continue;
    return i;
  }
  return to;
}

/**
 * The title of the document whose head is `from`…`end - 1` (the lines above its salutation, first
 * heading or first paragraph): the block above a `——` subtitle; else the nearest line that reads as a
 * title, with the short lines it continues; else the short lines right above the salutation; else the
 * first line when it is short and is no date, number or banner.
 */
export function findTitle(
  texts: readonly string[], lines: readonly LineFacts[], from: number, end: number, salutation?: number,
): { title?: Title; subtitle?: Span } {
  const text = (i: number) => content(texts[i], lines[i]);
  for (let i = from; i < end; i++) {
    if (!isBlank(lines[i]) && text(i).startsWith('——') && i > from) {
      const block = blockAbove(texts, lines, from, i);
      if (block !== undefined) return { title: titleOf(texts, lines, block, lastNonBlankBefore(lines, i)), subtitle: contentSpan(texts[i], i, lines[i]) };
    }
  }
  for (let i = end - 1; i >= from; i--) {
    if (isBlank(lines[i]) || !readsAsTitle(text(i)) || lines[i].heading) continue;
    let first = i;
    while (first - 1 >= from && i - first + 1 < TITLE_LINES && !isBlank(lines[first - 1]) && isTitleLine(text(first - 1))
      && !readsAsTitle(text(first - 1)) && !lines[first - 1].heading) first--;
    const last = i + 1 < end && /^[（(]\d{4}\s*[-—–~～至]\s*\d{4}年?[）)]$/.test(text(i + 1)) ? i + 1 : i;
    return { title: titleOf(texts, lines, first, last) };
  }
  if (salutation !== undefined) {
    const block = blockAbove(texts, lines, from, salutation);
    if (block !== undefined) return { title: titleOf(texts, lines, block, salutation - 1) };
  }
  const first = firstNonBlank(lines, from, end);
  if (first === undefined) return {};
  const line = text(first);
  if (lines[first].heading || lines[first].sentence || !isTitleLine(line) || TRAILING_MARKS.includes(line[line.length - 1])) return {};
  return { title: titleOf(texts, lines, first, first) };
}

/** The first line of the block of one to three title lines right above `below` (blank lines skipped first). */
function blockAbove(texts: readonly string[], lines: readonly LineFacts[], from: number, below: number): number | undefined {
  const last = lastNonBlankBefore(lines, below);
  if (last < from || !isTitleLine(content(texts[last], lines[last])) || lines[last].heading) return undefined;
  let first = last;
  while (first - 1 >= from && last - first + 1 < TITLE_LINES && !isBlank(lines[first - 1])
    && isTitleLine(content(texts[first - 1], lines[first - 1])) && !lines[first - 1].heading) first--;
  return first;
}

function lastNonBlankBefore(lines: readonly LineFacts[], line: number): number {
  let i = line - 1;
  while (i >= 0 && isBlank(lines[i])) i--;
  return i;
}

function firstNonBlank(lines: readonly LineFacts[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (!isBlank(lines[i])) return i;
  return undefined;
}

/**
 * The first salutation in `from`…`before - 1`; past the first running text (`firstText`) only one
 * that addresses the audience (`同志们：`), not an addressee line.
 */
export function findSalutation(texts: readonly string[], lines: readonly LineFacts[], from: number, before: number, firstText = before): Span | undefined {
  for (let i = from; i < before; i++) {
    if (isBlank(lines[i]) || !isSalutation(texts[i], lines[i])) continue;
    if (i < firstText || addressesAudience(content(texts[i], lines[i]))) return contentSpan(texts[i], i, lines[i]);
  }
  return undefined;
}

function addressesAudience(line: string): boolean {
  return line.length <= SALUTATION_MAX && ADDRESS_TERMS.some((term) => line.includes(term));
}

/** A paragraph that opens by addressing the audience: `同志们，反腐倡廉没有休止符…`. */
export function isClosing(text: string, facts: LineFacts): boolean {
  const line = content(text, facts);
  const comma = line.search(/[，,]/);
  if (comma < 2 || comma > SALUTATION_MAX) return false;
  const address = line.slice(0, comma);
  return /[们]$|^各位/.test(address) && ADDRESS_TERMS.some((term) => address.includes(term));
}

/** `附件`, `附件1`, `附件：`, `附：`, `附2：` and what follows on the line (an attachment's title), or undefined. */
const ATTACHMENT = new RegExp(`^(?:${ATTACHMENT_WORDS.join('|')})(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})?(?:[：:][ \\u3000]*)?`);

/** An attachment's first line: its mark, and the title after it when on the same line. */
export function readAttachment(line: string): { mark: string; rest: string } | undefined {
  const match = ATTACHMENT.exec(line);
  if (!match) return undefined;
  const rest = line.slice(match[0].length);
  if (rest.length > 0 && (!/[：:][ \u3000]*$/.test(match[0]) || /^[0-9０-９]/.test(rest) || SENTENCE_MARKS.test(rest) || rest.length > SHORT_TITLE_MAX)) return undefined;
  if (rest.length === 0 && match[0].length === 1) return undefined;
  return { mark: match[0], rest };
}

/** `附件：1.工作方案`: the note that lists a 公文's attachments; the column of its first number. */
export function attachmentNoteStart(line: string): number | undefined {
  const match = /^附件[：:][ \u3000]*(?=[0-9０-９]{1,2}[.．、])/.exec(line);
  return match ? match[0].length : undefined;
}

/**
 * What a line may be by its wording alone: a title, a salutation, a closing, an attachment, or none.
 * Typing that does not change this (nor the line's ordinals and counts) cannot move a document's parts.
 */
export function lineRole(text: string, facts: LineFacts): 'title' | 'salutation' | 'closing' | 'attachment' | undefined {
  if (isBlank(facts)) return undefined;
  const line = content(text, facts);
  if (readAttachment(line) || attachmentNoteStart(line) !== undefined) return 'attachment';
  if (isSalutation(text, facts)) return 'salutation';
  if (isClosing(text, facts)) return 'closing';
  return readsAsTitle(line) ? 'title' : undefined;
}

/** How many non-blank lines may stand between a later speech's title and its salutation (a date). */
const TITLE_TO_SALUTATION = 3;

/**
 * The later speeches of a file: after the first heading, a line that reads as a title followed within
 * three non-blank lines (a date, a speaker) by a salutation, with no heading between.
 */
export function findLaterSpeeches(texts: readonly string[], lines: readonly LineFacts[], firstHeading: number): number[] {
  const found: number[] = [];
  if (firstHeading < 0) return found;
  for (let i = firstHeading + 1; i < lines.length; i++) {
    const facts = lines[i];
    if (facts.heading || facts.contentEnd - facts.contentStart > TITLE_MAX || lineRole(texts[i], facts) !== 'title') continue;
    for (let j = i + 1, seen = 0; j < lines.length && seen < TITLE_TO_SALUTATION; j++) {
      if (isBlank(lines[j])) continue;
      if (lines[j].heading) break;
      seen++;
      if (isSalutation(texts[j], lines[j]) && ADDRESS_TERMS.some((t) => texts[j].includes(t))) {
        found.push(i);
        i = j;
        break;
      }
    }
  }
  return found;
}

/**
 * Documents issued inside the head of the file (a plan issued by a notice, rules by a decree): after
 * the first paragraph and before the first heading, a line that reads as a title starts one.
 */
export function findIssuedDocuments(texts: readonly string[], lines: readonly LineFacts[], firstBody: number, firstHeading: number): number[] {
  const found: number[] = [];
  for (let i = firstBody + 1; i < firstHeading; i++) {
    if (isBlank(lines[i]) || lines[i].sentence || lines[i].heading) continue;
    const line = content(texts[i], lines[i]);
    if (line.length <= SHORT_TITLE_MAX && readsAsTitle(line) && !isNeverTitle(line)) {
      found.push(i);
      break;
    }
  }
  return found;
}
