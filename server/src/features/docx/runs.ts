/** The runs of an exported .docx: every run carries its role's font on every script and its size. */
import { escapeXml } from './package';
import type { ExportProfile, FontRole } from './profiles';

function fontSize(role: FontRole, profile: ExportProfile): number {
  return role === 'title' ? profile.titleSize : role === 'pageNumber' ? profile.pageNumberSize : profile.bodySize;
}

/** A run's properties: its font on every script, East Asian first, and its size in half-points. */
export function runProperties(role: FontRole, profile: ExportProfile): string {
  const font = escapeXml(profile.fonts[role]);
  const size = Math.round(fontSize(role, profile) * 2);
  const spacing = role === 'pageNumber' ? 0 : characterSpacing(profile);
  return `<w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}" w:hint="eastAsia"/>`
    + `${spacing === 0 ? '' : `<w:spacing w:val="${spacing}"/>`}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
}

/** A run's text: tabs as Word's tabs, spaces kept. */
export function runXml(text: string, properties: string): string {
  return text.split('\t').map((piece, i) => (i > 0 ? `<w:r>${properties}<w:tab/></w:r>` : '')
    + (piece === '' ? '' : `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(piece)}</w:t></w:r>`)).join('');
}

/**
 * The spacing (twips, negative: closer) that sets `charactersPerLine` body characters on the
 * 版心's width: 28 of 3号 need 15.79 pt each of the 156 mm.
 */
export function characterSpacing(profile: ExportProfile): number {
  if (!profile.charactersPerLine) return 0;
  const { page } = profile;
  const width = (page.width - page.left - page.right) * 72 / 25.4;
  return Math.min(0, Math.floor((width / profile.charactersPerLine - profile.bodySize) * 20));
}
