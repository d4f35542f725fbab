/**
 * Word's automatic numbering, computed as Word shows it: `numbering.xml`'s abstract numbers and
 * the lists (`w:num`) that use them with their overrides; each level's format, label text
 * (`%1、` `（%1）` `%1.%2`), start value and restart rule; lists that go on across other paragraphs;
 * a paragraph's list named by its own properties or by its style's.
 */
import { formatNumber } from './numberFormats';
import { child, elements, numberOf, valueOf, type XmlElement } from './xmlTree';

/** One level of a list: how its number is written. */
interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** Deeper levels restart after a level at or above this one (0: never); undefined: after any. */
  restart?: number;
  /** `w:isLgl`: the numbers of outer levels as decimal digits. */
  legal: boolean;
  /** What follows the label: a tab (the default), a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

interface List {
  abstractId: string;
  levels: Map<number, Level>;
  /** Levels whose start this list overrides: it counts on its own from there. */
  overridden: boolean;
}

/** The paragraph styles' lists, by style id: `numId` and level, following `w:basedOn`. */
interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

function readLevel(lvl: XmlElement): Level {
  const restart = numberOf(lvl, 'w:lvlRestart');
  const suffix = valueOf(lvl, 'w:suff');
  return {
    start: numberOf(lvl, 'w:start') ?? 0,
    numFmt: valueOf(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: valueOf(lvl, 'w:lvlText') ?? '',
    restart,
    legal: child(lvl, 'w:isLgl') !== undefined,
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
  };
}

function levelsOf(parent: XmlElement): Map<number, Level> {
  return new Map(elements(parent, 'w:lvl').map((lvl) => [Number(lvl.attributes['w:ilvl'] ?? 0), readLevel(lvl)]));
}

/** Counts the paragraphs of every list as the document goes, and writes their labels. */
export class Numbering {
  private readonly lists = new Map<string, List>();
  private readonly styles = new Map<string, StyleNumbering>();
  /** The counters of each list instance by level (a list with overrides counts apart from its abstract number's others). */
  private readonly counters = new Map<string, Map<number, number>>();

  constructor(numberingXml: XmlElement | undefined, stylesXml: XmlElement | undefined) {
    const abstracts = new Map(elements(numberingXml, 'w:abstractNum').map((abstract) => [abstract.attributes['w:abstractNumId'], abstract]));
    for (const num of elements(numberingXml, 'w:num')) this.readList(num, abstracts);
    for (const style of elements(stylesXml, 'w:style')) {
      const properties = child(style, 'w:pPr');
      const numPr = child(properties, 'w:numPr');
      this.styles.set(style.attributes['w:styleId'], {
        numId: valueOf(numPr, 'w:numId'), ilvl: numberOf(numPr, 'w:ilvl'), basedOn: valueOf(style, 'w:basedOn'),
      });
    }
  }

  private readList(num: XmlElement, abstracts: Map<string, XmlElement>): void {
    const abstractId = valueOf(num, 'w:abstractNumId') ?? '';
    let abstract = abstracts.get(abstractId);
    // An abstract number that only links to a numbering style takes that style's levels.
    const link = valueOf(abstract, 'w:numStyleLink');
    if (link !== undefined) abstract = [...abstracts.values()].find((other) => valueOf(other, 'w:styleLink') === link) ?? abstract;
    const levels = abstract ? levelsOf(abstract) : new Map<number, Level>();
    let overridden = false;
    for (const override of elements(num, 'w:lvlOverride')) {
      const ilvl = Number(override.attributes['w:ilvl'] ?? 0);
      const replaced = child(override, 'w:lvl');
      const level = replaced ? readLevel(replaced) : levels.get(ilvl);
      const start = numberOf(override, 'w:startOverride');
      if (!level) continue;
      levels.set(ilvl, start === undefined ? level : { ...level, start });
      if (start !== undefined || replaced) overridden = true;
    }
    this.lists.set(num.attributes['w:numId'], { abstractId, levels, overridden });
  }

  /** The list and level of a paragraph: its own `w:numPr`, else its style's (through `w:basedOn`). */
  listOf(paragraphProperties: XmlElement | undefined): { numId: string; ilvl: number } | undefined {
    const numPr = child(paragraphProperties, 'w:numPr');
    let numId = valueOf(numPr, 'w:numId');
    let ilvl = numberOf(numPr, 'w:ilvl');
    let styleId = valueOf(paragraphProperties, 'w:pStyle');
    for (let depth = 0; styleId !== undefined && depth < 20 && (numId === undefined || ilvl === undefined); depth++) {
      const style = this.styles.get(styleId);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      styleId = style.basedOn;
    }
    // numId 0 takes a paragraph out of the list its style puts it in.
    if (numId === undefined || numId === '0' || !this.lists.has(numId)) return undefined;
    return { numId, ilvl: Math.min(Math.max(ilvl ?? 0, 0), 8) };
  }

  /** Counts one more paragraph of list `numId` at `ilvl` and returns its label, with what follows it. */
  next(numId: string, ilvl: number): string {
    const list = this.lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level) return '';
    const key = list.overridden ? `num:${numId}` : `abstract:${list.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, counters = new Map());
    const current = counters.get(ilvl);
    counters.set(ilvl, current === undefined ? level.start : current + 1);
    for (const [deeper, deeperLevel] of list.levels) {
      if (deeper <= ilvl) continue;
      // lvlRestart names a 1-based level: the deeper level restarts after a level at or above it.
      const restart = deeperLevel.restart;
      if (restart === undefined || (restart > 0 && ilvl < restart)) counters.delete(deeper);
    }
    return this.label(list, level, counters);
  }

  private label(list: List, level: Level, counters: Map<number, number>): string {
    const text = level.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const outer = Number(digit) - 1;
      const outerLevel = list.levels.get(outer);
      const value = counters.get(outer) ?? outerLevel?.start ?? 1;
      return formatNumber(value, level.legal && outerLevel !== level ? 'decimal' : outerLevel?.numFmt ?? 'decimal');
    });
    const label = level.numFmt === 'bullet' ? bullet(text) : text;
    return label + separator(label, level.suffix);
  }
}

/** A bullet's character; one in a symbol font's private area is written as `•`. */
function bullet(text: string): string {
  return /^[\ue000-\uf8ff]*$/.test(text) ? '•' : text;
}

/**
 * What stands for the tab or space after a label in plain text: a label that ends in a mark
 * (`一、` `（一）` `1.`) needs nothing; one that ends in a digit gets a space (`1.1 `), in a Han
 * character a full-width space (`第一章　`), as the heading forms are written.
 */
function separator(label: string, suffix: Level['suffix']): string {
  if (suffix === 'nothing' || label === '') return '';
  const last = label[label.length - 1];
  if (/[0-9０-９a-zA-Z]/.test(last)) return ' ';
  if (/[\u4e00-\u9fff]/.test(last)) return '\u3000';
  return '';
}
