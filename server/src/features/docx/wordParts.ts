/**
 * The parts of an exported .docx besides its text: the styles of each role (Word's own heading
 * styles with their outline levels), the settings, the footers with the page number, and the
 * package's content types and relationships.
 */
import type { ExportProfile } from './profiles';
import { runProperties, runXml } from './runs';

/** One footer for every page, one for odd and one for even pages, or none. */
export type Footers = 'one' | 'oddEven' | 'none';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function PACKAGE_PARTS(footers: Footers): Record<string, string> {
  const footerCount = footers === 'none' ? 0 : footers === 'oddEven' ? 2 : 1;
  const footerNumbers = Array.from({ length: footerCount }, (_, i) => i + 1);
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + `<Override PartName="/word/document.xml" ContentType="${MAIN}.document.main+xml"/>`
      + `<Override PartName="/word/styles.xml" ContentType="${MAIN}.styles+xml"/>`
      + `<Override PartName="/word/settings.xml" ContentType="${MAIN}.settings+xml"/>`
      + footerNumbers.map((n) => `<Override PartName="/word/footer${n}.xml" ContentType="${MAIN}.footer+xml"/>`).join('')
      + '</Types>',
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Id="rIdStyles" Type="${RELATIONSHIP}/styles" Target="styles.xml"/>`
      + `<Relationship Id="rIdSettings" Type="${RELATIONSHIP}/settings" Target="settings.xml"/>`
      + footerNumbers.map((n) => `<Relationship Id="rIdFooter${n}" Type="${RELATIONSHIP}/footer" Target="footer${n}.xml"/>`).join('')
      + '</Relationships>',
  };
}

/** Two characters of the body size, in twips: the first-line indent. */
function indent(profile: ExportProfile): string {
  return `<w:ind w:firstLineChars="200" w:firstLine="${Math.round(profile.bodySize * 40)}"/>`;
}

const NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>';

function style(id: string, name: string, paragraph: string, run = ''): string {
  const based = id === 'Normal' ? '' : '<w:basedOn w:val="Normal"/><w:qFormat/>';
  return `<w:style w:type="paragraph" w:styleId="${id}"${id === 'Normal' ? ' w:default="1"' : ''}><w:name w:val="${name}"/>${based}`
    + `<w:pPr>${paragraph}</w:pPr>${run}</w:style>`;
}

export function stylesXml(profile: ExportProfile): string {
  const pitch = Math.round(profile.linePitch * 20);
  const keep = profile.keepParagraphsWhole ? '<w:keepLines/>' : '';
  // A GB/T 9704 page has 22 lines: no line is moved to the next page to avoid a widow.
  const widow = profile.keepParagraphsWhole ? '' : '<w:widowControl w:val="0"/>';
  const headings = Array.from({ length: 9 }, (_, i) => style(`Heading${i + 1}`, `heading ${i + 1}`,
    `<w:keepNext/>${keep}<w:outlineLvl w:val="${i}"/>`, runProperties(i === 0 ? 'heading1' : i === 1 ? 'heading2' : 'heading3', profile)));
  return `${XML}<w:styles ${W}><w:docDefaults><w:rPrDefault>${runProperties('body', profile).replace('</w:rPr>', '<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr>')}</w:rPrDefault>`
    + `<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="${pitch}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>`
    // The Normal style's size is the grid's character (LibreOffice reads it there, not from the defaults).
    + style('Normal', 'Normal', `${keep}${widow}${indent(profile)}<w:jc w:val="both"/>`, runProperties('body', profile))
    + style('Title', 'Title', `<w:keepNext/>${NO_INDENT}<w:jc w:val="center"/><w:outlineLvl w:val="9"/>`, runProperties('title', profile))
    + style('Subtitle', 'Subtitle', `<w:keepNext/>${NO_INDENT}<w:jc w:val="center"/>`, runProperties('subtitle', profile))
    + style('Salutation', 'Salutation', `<w:keepNext/>${NO_INDENT}<w:jc w:val="left"/>`)
    + headings.join('')
    + style('Footer', 'footer', `${NO_INDENT}<w:spacing w:line="240" w:lineRule="auto"/>`, runProperties('pageNumber', profile))
    + '</w:styles>';
}

export function settingsXml(evenAndOdd: boolean): string {
  return `${XML}<w:settings ${W}>${evenAndOdd ? '<w:evenAndOddHeaders/>' : ''}<w:defaultTabStop w:val="420"/>`
    + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    + '</w:settings>';
}

/** The page number `— N —` (4号 宋体, half-width digits), one character in from the side it sits on. */
export function footerXml(profile: ExportProfile, side: 'left' | 'right' | 'center'): string {
  const properties = runProperties('pageNumber', profile);
  const inset = Math.round(profile.pageNumberSize * 20);
  const indentation = side === 'right' ? `<w:ind w:right="${inset}"/>` : side === 'left' ? `<w:ind w:left="${inset}"/>` : '';
  const field = `<w:r>${properties}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${properties}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`
    + `<w:r>${properties}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${properties}<w:t>1</w:t></w:r><w:r>${properties}<w:fldChar w:fldCharType="end"/></w:r>`;
  return `${XML}<w:ftr ${W}><w:p><w:pPr><w:pStyle w:val="Footer"/>${indentation}<w:jc w:val="${side}"/></w:pPr>`
    + `${runXml('— ', properties)}${field}${runXml(' —', properties)}</w:p></w:ftr>`;
}


