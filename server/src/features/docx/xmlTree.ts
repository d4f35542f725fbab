/**
 * The XML parts of a .docx read into a light tree (saxes, a streaming parser that runs in Node
 * and in a browser): elements by their qualified name (`w:p`), attributes as written, text.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** The root element of `xml`; throws on XML that is not well formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '', attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    open[open.length - 1].children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => { open.pop(); });
  parser.on('text', (text) => { open[open.length - 1].children.push(text); });
  parser.on('cdata', (text) => { open[open.length - 1].children.push(text); });
  parser.write(xml).close();
  const element = root.children.find((node): node is XmlElement => typeof node !== 'string');
  if (!element) throw new Error('no root element');
  return element;
}

export function elements(parent: XmlElement | undefined, name?: string): XmlElement[] {
  if (!parent) return [];
  return parent.children.filter((node): node is XmlElement => typeof node !== 'string' && (name === undefined || node.name === name));
}

export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return parent?.children.find((node): node is XmlElement => typeof node !== 'string' && node.name === name);
}

/** The `w:val` of the child `name`, as Word writes most properties. */
export function valueOf(parent: XmlElement | undefined, name: string): string | undefined {
  return child(parent, name)?.attributes['w:val'];
}

/** A number attribute, or undefined when it is missing or not a whole number. */
export function numberOf(parent: XmlElement | undefined, name: string): number | undefined {
  const value = valueOf(parent, name);
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/** A switch property (`<w:b/>`, `<w:del w:val="0"/>`): on unless its value says off. */
export function isOn(parent: XmlElement | undefined, name: string): boolean {
  const element = child(parent, name);
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
