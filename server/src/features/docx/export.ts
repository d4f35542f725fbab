/**
 * A speech as a Word document (`speech/exportDocx`), built from the speech model the outline uses:
 * its titles, subtitles, salutations and headings take their roles' fonts and Word's heading styles
 * (so Word's navigation pane shows the outline VS Code shows), every other line is a body paragraph.
 * Every line of the speech is one paragraph, every character in order. The parts are written as
 * WordprocessingML directly: a few hundred bytes of markup for every figure the profile sets, every
 * run with its fonts (`eastAsia` and `w:hint="eastAsia"`, no theme fonts).
 */
import type { Heading, Speech } from '../../speech/speech';
import { toBase64, zipParts } from './package';
import type { ExportProfile, FontRole } from './profiles';
import { runProperties, runXml } from './runs';
import { footerXml, settingsXml, stylesXml, PACKAGE_PARTS, type Footers } from './wordParts';

/** One run of text in one role's font. */
interface Run {
  text: string;
  role: FontRole;
}

/** A paragraph to write: its style, alignment and runs. */
export interface Block {
  style: 'Normal' | 'Title' | 'Subtitle' | 'Salutation' | `Heading${number}`;
  runs: Run[];
  pageBreakBefore?: boolean;
}

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

/** The .docx of `speech` laid out by `profile`, as base64. */
export function exportDocx(speech: Speech, profile: ExportProfile): string {
  return toBase64(exportDocxBytes(speech, profile));
}

export function exportDocxBytes(speech: Speech, profile: ExportProfile): Uint8Array {
  const blocks = speechBlocks(speech);
  const footers = footersOf(profile);
  const body = blocks.map((block) => paragraphXml(block, profile)).join('');
  return zipParts({
    ...PACKAGE_PARTS(footers),
    'word/document.xml': documentXml(body, profile, footers),
    'word/styles.xml': stylesXml(profile),
    'word/settings.xml': settingsXml(footers === 'oddEven'),
    ...(footers === 'none' ? {} : footers === 'oddEven'
      ? { 'word/footer1.xml': footerXml(profile, 'right'), 'word/footer2.xml': footerXml(profile, 'left') }
      : { 'word/footer1.xml': footerXml(profile, 'center') }),
  });
}

function footersOf(profile: ExportProfile): Footers {
  return profile.pageNumber === 'none' ? 'none' : profile.pageNumber === 'outside' ? 'oddEven' : 'one';
}

/** Every line of the speech as a paragraph, in order. */
export function speechBlocks(speech: Speech): Block[] {
  const headingAt = new Map<number, Heading>(speech.headings.map((heading) => [heading.line, heading]));
  const levelOf = outlineLevels(speech.headings);
  const roles = new Map<number, Block['style']>();
  speech.parts.forEach((part) => {
    if (part.title) for (let line = part.title.line; line <= part.title.lastLine; line++) roles.set(line, 'Title');
    if (part.subtitle) roles.set(part.subtitle.line, 'Subtitle');
    for (const line of bylineLines(speech, part.subtitle?.line ?? part.title?.lastLine, part.salutation?.line)) roles.set(line, 'Subtitle');
    if (part.salutation) roles.set(part.salutation.line, 'Salutation');
  });
  const partStarts = new Set(speech.parts.slice(1).filter((part) => part.kind !== 'issued').map((part) => part.root.startLine));
  return speech.texts.map((text, line) => {
    const heading = headingAt.get(line);
    const style = roles.get(line);
    const block: Block = heading && !style
      ? { style: `Heading${levelOf(heading)}`, runs: headingRuns(text, heading) }
      : { style: style ?? 'Normal', runs: [{ text, role: style === 'Title' ? 'title' : style === 'Subtitle' ? 'subtitle' : 'body' }] };
    if (partStarts.has(line)) block.pageBreakBefore = true;
    return block;
  });
}

/**
 * The speaker's and the date's lines under a title or subtitle (`（2024年3月1日）`, `张　三`):
 * short lines without a sentence in them, before the salutation.
 */
function bylineLines(speech: Speech, after: number | undefined, salutation: number | undefined): number[] {
  if (after === undefined || salutation === undefined) return [];
  const lines: number[] = [];
  for (let line = after + 1; line < salutation; line++) {
    const text = speech.texts[line].trim();
    if (text === '' || text.length > 24 || /[。！？；：，]/.test(text)) return [];
    lines.push(line);
  }
  return lines;
}

/** Word's heading level of each heading: the place of its rank among the file's ranks (1 for the outermost). */
function outlineLevels(headings: readonly Heading[]): (heading: Heading) => number {
  const ranks = [...new Set(headings.map((heading) => heading.rank))].sort((a, b) => a - b);
  const level = new Map(ranks.map((rank, i) => [rank, Math.min(i + 1, 9)]));
  return (heading) => level.get(heading.rank) ?? 1;
}

/** The font of a heading: parts, chapters, articles and level 1 黑体, level 2 楷体, deeper 仿宋; decimals by depth. */
export function headingRole(heading: Heading): FontRole {
  const ordinal = heading.ordinal;
  if (ordinal?.kind === 'decimal') return ordinal.depth === 1 ? 'heading1' : ordinal.depth === 2 ? 'heading2' : 'heading3';
  if (heading.level !== undefined) return heading.level === 1 ? 'heading1' : heading.level === 2 ? 'heading2' : heading.level === 3 ? 'heading3' : 'heading4';
  return 'heading1';
}

/** A run-in heading keeps its font for its ordinal and text only; the rest of its line is body. */
function headingRuns(text: string, heading: Heading): Run[] {
  const end = Math.max(heading.text.end, heading.ordinal?.end ?? 0);
  const endsHeading = /^[。：:！？；]/.test(text.slice(end)) ? end + 1 : end;
  const runs: Run[] = [{ text: text.slice(0, endsHeading), role: headingRole(heading) }];
  if (endsHeading < text.length) runs.push({ text: text.slice(endsHeading), role: 'body' });
  return runs;
}

function paragraphXml(block: Block, profile: ExportProfile): string {
  const breakBefore = block.pageBreakBefore ? '<w:pageBreakBefore/>' : '';
  const properties = `<w:pPr><w:pStyle w:val="${block.style}"/>${breakBefore}</w:pPr>`;
  return `<w:p>${properties}${block.runs.map((run) => runXml(run.text, runProperties(run.role, profile))).join('')}</w:p>`;
}

function documentXml(body: string, profile: ExportProfile, footers: Footers): string {
  const { page } = profile;
  const references = footers === 'none' ? '' : footers === 'oddEven'
    ? '<w:footerReference w:type="default" r:id="rIdFooter1"/><w:footerReference w:type="even" r:id="rIdFooter2"/>'
    : '<w:footerReference w:type="default" r:id="rIdFooter1"/>';
  const pitch = Math.round(profile.linePitch * 20);
  // A grid of lines only: LibreOffice gives a character wider than a grid cell two cells, so the
  // 28 characters of a line come from the runs' spacing (runs.ts), which Word and LibreOffice both honour.
  const grid = `<w:docGrid w:type="lines" w:linePitch="${pitch}"/>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
    + body
    + `<w:sectPr>${references}<w:pgSz w:w="${twips(page.width)}" w:h="${twips(page.height)}"/>`
    + `<w:pgMar w:top="${twips(page.top)}" w:right="${twips(page.right)}" w:bottom="${twips(page.bottom)}" w:left="${twips(page.left)}" `
    + `w:header="${twips(15)}" w:footer="${twips(FOOTER_DISTANCE)}" w:gutter="0"/>${grid}</w:sectPr></w:body></w:document>`;
}

/**
 * The footer's distance from the page's edge: the page number's line starts 7 mm under the 版心
 * (35 mm of bottom margin, 7 mm down, a 4号 line).
 */
const FOOTER_DISTANCE = 22;
