/**
 * A Word document as a speech (`speech/importDocx`): one paragraph a line, Word's automatic
 * numbering written out as Word shows it (numbering.ts), tracked changes as accepted, soft line
 * breaks joined, tables one cell a line, footnotes after the text. Headers, footers and comments
 * are left out and named in the warnings. What is not a .docx gets a message, never an exception.
 */
import * as l10n from '@vscode/l10n';
import { Numbering } from './numbering';
import { fromBase64, unzipParts } from './package';
import { child, elements, isOn, parseXml, type XmlElement, type XmlNode } from './xmlTree';

export interface ImportResult {
  text: string;
  warnings: string[];
}

/** A file that cannot be read: `message` says why and what to do. */
export class ImportError extends Error {}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b];

/** The bytes of a .docx as base64, read into a speech's text. */
export function importDocx(data: string): ImportResult {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(data);
  } catch {
    throw new ImportError(l10n.t('The data is not base64.'));
  }
  return importDocxBytes(bytes);
}

export function importDocxBytes(bytes: Uint8Array): ImportResult {
  const starts = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(OLE_SIGNATURE)) throw new ImportError(l10n.t('This is a Word 97–2003 (.doc) or WPS file. Open it in Word or WPS and save it as .docx first.'));
  if (!starts(ZIP_SIGNATURE)) throw new ImportError(l10n.t('This is not a Word document (.docx).'));
  let parts: Map<string, string>;
  try {
    parts = unzipParts(bytes, (path) => path.startsWith('word/') && path.endsWith('.xml'));
  } catch (error) {
    throw new ImportError(l10n.t('The .docx file is damaged: {0}', error instanceof Error ? error.message : String(error)));
  }
  const documentXml = parts.get('word/document.xml');
  if (documentXml === undefined) throw new ImportError(l10n.t('This .docx file has no document body (word/document.xml).'));
  const read = (path: string): XmlElement | undefined => {
    const xml = parts.get(path);
    if (xml === undefined) return undefined;
    try {
      return parseXml(xml);
    } catch (error) {
      throw new ImportError(l10n.t('The .docx file is damaged: {0} is not well-formed XML ({1}).', path, error instanceof Error ? error.message.slice(0, 120) : String(error)));
    }
  };
  const reader = new BodyReader(new Numbering(read('word/numbering.xml'), read('word/styles.xml')));
  const lines = reader.body(child(read('word/document.xml'), 'w:body'));
  const notes = footnotes(read('word/footnotes.xml'), reader.footnoteIds, (element) => reader.paragraphsText(element));
  return { text: [...lines, ...notes].join('\n'), warnings: leftOut(parts) };
}

/** Headers, footers and comments with text in them, named in the warnings. */
function leftOut(parts: Map<string, string>): string[] {
  const hasText = (path: RegExp) => [...parts].some(([name, xml]) => path.test(name) && /<w:t[ >][^<]*[^<\s]/.test(xml));
  const warnings: string[] = [];
  if (hasText(/^word\/header\d*\.xml$/)) warnings.push(l10n.t('The headers were left out.'));
  if (hasText(/^word\/footer\d*\.xml$/)) warnings.push(l10n.t('The footers were left out.'));
  if (hasText(/^word\/comments\.xml$/)) warnings.push(l10n.t('The comments were left out.'));
  return warnings;
}

/** The footnotes the text refers to, in the order of their references, each `[N] text`. */
function footnotes(xml: XmlElement | undefined, ids: string[], text: (element: XmlElement) => string): string[] {
  if (!xml || ids.length === 0) return [];
  const byId = new Map(elements(xml, 'w:footnote').map((note) => [note.attributes['w:id'], note]));
  return ids.flatMap((id, i) => {
    const note = byId.get(id);
    return note ? [`[${i + 1}] ${text(note).trim()}`] : [];
  });
}

/** Elements whose content is dropped: deleted text (tracked changes accepted) and what is not text. */
const DROPPED = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:commentReference', 'mc:Fallback']);

/** Reads the body in order, counting every list on the way. */
class BodyReader {
  /** The footnotes referred to, in order. */
  readonly footnoteIds: string[] = [];

  constructor(private readonly numbering: Numbering) {}

  /** Every line of a body or a cell: paragraphs, and tables one cell a line. */
  body(body: XmlElement | undefined): string[] {
    const lines: string[] = [];
    let pending = '';
    const visit = (element: XmlElement) => {
      for (const node of elements(element)) {
        if (node.name === 'w:p') {
          const text = pending + this.paragraph(node);
          // A deleted paragraph mark joins the paragraph to the next one (the change accepted).
          if (isOn(child(child(node, 'w:pPr'), 'w:rPr'), 'w:del')) pending = text;
          else { lines.push(text); pending = ''; }
        } else if (node.name === 'w:tbl') {
          for (const row of elements(node, 'w:tr')) for (const cell of elements(row, 'w:tc')) lines.push(...this.cell(cell));
        } else if (!DROPPED.has(node.name)) {
          visit(node);
        }
      }
    };
    visit(body ?? { name: '', attributes: {}, children: [] });
    if (pending !== '') lines.push(pending);
    return lines;
  }

  /** A cell's paragraphs on one line (a nested table's cells on lines of their own). */
  private cell(cell: XmlElement): string[] {
    const nested = elements(cell, 'w:tbl').length > 0;
    const lines = this.body(cell);
    return nested ? lines : [lines.filter((line) => line !== '').join(' ')];
  }

  /** A paragraph's label (when it is numbered) and text. */
  paragraph(paragraph: XmlElement): string {
    const list = this.numbering.listOf(child(paragraph, 'w:pPr'));
    const label = list ? this.numbering.next(list.numId, list.ilvl) : '';
    return label + this.text(paragraph);
  }

  /** The text of every paragraph in `element`, one after another. */
  paragraphsText(element: XmlElement): string {
    return elements(element, 'w:p').map((paragraph) => this.text(paragraph)).join('');
  }

  private text(element: XmlElement): string {
    let text = '';
    const visit = (node: XmlNode) => {
      if (typeof node === 'string') return;
      text += this.runContent(node) ?? '';
      if (!DROPPED.has(node.name) && !CONTENT.has(node.name)) node.children.forEach(visit);
    };
    element.children.forEach(visit);
    return text;
  }

  /** What one element inside a run writes; undefined for an element whose children are read instead. */
  private runContent(node: XmlElement): string | undefined {
    switch (node.name) {
      case 'w:t': return node.children.filter((piece): piece is string => typeof piece === 'string').join('');
      case 'w:tab': return '\t';
      case 'w:noBreakHyphen': return '-';
      case 'w:softHyphen': return '';
      case 'w:sym': return symbol(node.attributes['w:char']);
      case 'w:footnoteReference': {
        this.footnoteIds.push(node.attributes['w:id']);
        return `[${this.footnoteIds.length}]`;
      }
      default: return undefined;
    }
  }
}

/** Elements whose text `runContent` writes (their children are not read again). */
const CONTENT = new Set(['w:t', 'w:tab', 'w:noBreakHyphen', 'w:softHyphen', 'w:sym', 'w:footnoteReference']);

/** A `w:sym` character; one in a symbol font's private area (`F0xx`) as its ASCII look-alike. */
function symbol(code: string | undefined): string {
  const value = code ? parseInt(code, 16) : NaN;
  if (!Number.isFinite(value)) return '';
  return String.fromCharCode(value >= 0xf020 && value <= 0xf07e ? value - 0xf000 : value);
}
