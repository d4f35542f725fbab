/**
 * Every check the server reports, one row each: its code, its default severity, its messages and
 * fix titles, whether fix-all applies its fixes, and how the settings describe it. The manifest's
 * `speech.diagnostics.severity` schema is generated from this table (`npm run manifest`), so a new
 * check is one row here and one function that finds it. No Node API: the browser build shares it.
 */
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';

/** What a text check's message quotes: what was found and what to write instead. */
interface Found {
  found: string;
  write?: string;
}

/** Opening marks (`“`, `（`…): an unbalanced one is left open rather than closing nothing. */
const OPENING_MARKS = '“‘（《【';

/** How a check is reported; `off` is not computed at all. */
export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface CheckRow {
  /** The default of `speech.diagnostics.severity.<code>`. */
  severity: Exclude<Severity, 'off'>;
  /** Whether `source.fixAll.speech` applies its fixes (a text check's only where they are certain). */
  fixAll: boolean;
  /** The settings' description of the check: Chinese (package.nls.zh-cn.json), English (package.nls.json). */
  description: { zh: string; en: string };
  /** The diagnostic's message (an `l10n.t` key; its Chinese is in l10n/bundle.l10n.zh-cn.json). */
  message: (...args: any[]) => string;
  /** The titles of its quick fixes, where it has any. */
  fix?: Record<string, (...args: any[]) => string>;
}

/** What a renumbering diagnostic offers: the rest of the list, or this item alone. */
const renumberTitles = {
  rest: () => l10n.t('Renumber the rest of the list from this item'),
  one: (expected: string) => l10n.t('Renumber this item as “{0}”', expected),
};

/** A text check's quick fix, and its "every one in this file" fix where there is one. */
const writeAs = (write: string) => l10n.t('Write it as “{0}”', write);

export const CHECKS = {
  'numbering.start': {
    severity: 'warning', fixAll: true,
    description: { zh: '一组序号不从“一”开始（如首项为“二、”）。', en: 'A list whose first item is not one (二、 first).' },
    message: (first: string, found: string) => l10n.t('Numbering should start at “{0}”; found “{1}”', first, found),
    fix: renumberTitles,
  },
  'numbering.skip': {
    severity: 'warning', fixAll: true,
    description: { zh: '序号跳号（如“一、”之后是“三、”）。', en: 'A number skipped (三、 after 一、).' },
    message: (previous: string, expected: string, found: string) => l10n.t('Numbering skips: the previous item is “{0}”, so this should be “{1}”; found “{2}”', previous, expected, found),
    fix: renumberTitles,
  },
  'numbering.duplicate': {
    severity: 'warning', fixAll: true,
    description: { zh: '序号重复（如两个“二、”）。', en: 'A number repeated (二、 twice).' },
    message: (number: string) => l10n.t('Duplicate number: “{0}” appears twice', number),
    fix: renumberTitles,
  },
  'numbering.order': {
    severity: 'warning', fixAll: true,
    description: { zh: '序号倒序（后一项小于前一项）。', en: 'A number lower than the one before it.' },
    message: (found: string, previous: string) => l10n.t('Numbers out of order: “{0}” comes after “{1}”', found, previous),
    fix: renumberTitles,
  },
  'numbering.style': {
    severity: 'warning', fixAll: true,
    description: {
      zh: '序号写法与本文同类序号的惯用写法不一致（如本文多写“（一）”，此处为“(一)”）；speech.numbering.style 为 "standard" 时按标准写法检查。',
      en: 'An ordinal written unlike the other ordinals of its kind in the document ((一) where the document writes （一）); with speech.numbering.style "standard", unlike the standard form.',
    },
    message: (kind: string, wanted: string, found: string, standard: boolean) => standard
      ? l10n.t('Write a {0} ordinal as “{1}”, not “{2}”', kind, wanted, found)
      : l10n.t('This document writes {0} ordinals as “{1}”; found “{2}”', kind, wanted, found),
    fix: { one: writeAs, all: () => l10n.t('Fix every ordinal form in this file') },
  },
  'numbering.mixedSeries': {
    severity: 'warning', fixAll: true,
    description: { zh: '同一组列举混用（如“一是…二要…”）。', en: 'A series that mixes its words (一是…二要…).' },
    message: (first: string, other: string, found: string, write: string) => l10n.t('This series mixes “{0}” and “{1}”: write “{2}” as “{3}”', first, other, found, write),
    fix: { one: (write: string) => l10n.t('Use the first item’s word: “{0}”', write) },
  },
  'numbering.levelSkip': {
    severity: 'hint', fixAll: false,
    description: { zh: '标题跳级（如“1.”直接出现在“一、”之下）。', en: 'A heading that skips a level (1. directly under 一、).' },
    message: (heading: string, parent: string, missing: string) => l10n.t('“{0}” stands directly under “{1}”: the level of “{2}” is missing', heading, parent, missing),
  },
  'count.mismatch': {
    // Fix-all leaves counts alone: the items may be what is wrong.
    severity: 'warning', fixAll: false,
    description: { zh: '前文所说数目与其后实际项数不符（如“我讲三点意见”后有四项）。', en: 'An announced count that differs from the items that follow (我讲三点意见 followed by four).' },
    message: (announced: string, counted: number, countText: string) => counted === 1
      ? l10n.t('The text announces “{0}”, but {1} item follows', announced, counted, countText)
      : l10n.t('The text announces “{0}”, but {1} items follow', announced, counted, countText),
    fix: { one: (count: string) => l10n.t('Change the announced number to “{0}”', count) },
  },
  'text.placeholder': {
    severity: 'information', fixAll: false,
    description: { zh: '模板中未填写的占位符（如 XX市、X届X次、某某、【待补】、＿＿）。', en: 'An unfilled template placeholder (XX市, X届X次, 某某, 【待补】, ＿＿).' },
    message: ({ found }: Found) => l10n.t('Unfilled placeholder “{0}”: replace it with the actual name, number or text', found),
    fix: { one: writeAs },
  },
  'text.halfwidthPunctuation': {
    severity: 'warning', fixAll: true,
    description: { zh: '中文旁使用了半角标点（如“领域,紧盯”应为“领域，紧盯”）。', en: 'ASCII punctuation next to Chinese (领域,紧盯 instead of 领域，紧盯).' },
    message: ({ found, write = '' }: Found) => l10n.t('Half-width “{0}” in Chinese text: write “{1}”', found, write),
    fix: { one: writeAs, all: () => l10n.t('Use full-width punctuation in Chinese text throughout this file') },
  },
  'text.cjkSpace': {
    severity: 'warning', fixAll: false,
    description: { zh: '汉字之间、数字与单位之间有多余空格（如“三点 意见”“2019 年”）。', en: 'A space between Chinese characters, or between a number and its unit (三点 意见, 2019 年).' },
    message: ({ found }: Found) => {
      const around = Array.from(found);
      return l10n.t('Stray space between “{0}” and “{1}”: remove it', around[0], around[around.length - 1]);
    },
    fix: { one: () => l10n.t('Remove the space'), all: () => l10n.t('Remove every such space in this file') },
  },
  'text.variantGlyph': {
    severity: 'warning', fixAll: true,
    description: { zh: '误输入的形近生僻字（如“突岀”“釆取”）。', en: 'A rare look-alike character typed by mistake (突岀, 釆取).' },
    // Both characters look alike in most fonts: the code point and the kinship tell them apart.
    message: ({ found, write = '' }: Found) => l10n.t('“{0}” (U+{1}, a rare variant of “{2}”): write “{2}”', found, found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'), write),
    fix: { one: writeAs, all: () => l10n.t('Replace every rare look-alike in this file') },
  },
  'text.repeatedPunctuation': {
    severity: 'warning', fixAll: true,
    description: { zh: '标点重复（如“。。”“，，”“、、”）。', en: 'A punctuation mark typed twice (。。, ，，, 、、).' },
    message: ({ found, write = '' }: Found) => write === '……'
      ? l10n.t('Repeated “{0}”: write “……” for an ellipsis, or a single “。”', found)
      : l10n.t('Repeated “{0}”: write one “{1}”', found, write),
    fix: { one: writeAs },
  },
  'text.unbalancedPair': {
    severity: 'warning', fixAll: false,
    description: { zh: '引号、括号、书名号在本段内不配对（如“四个意识）。', en: 'A quotation mark or bracket not closed within its paragraph (“四个意识).' },
    message: (finding: Found) => OPENING_MARKS.includes(finding.found)
      ? l10n.t('{0} is not closed in this paragraph: add {1} where it ends', finding.found, finding.write ?? '')
      : l10n.t('{0} closes nothing in this paragraph: add {1} where it begins, or delete it', finding.found, finding.write ?? ''),
    fix: { one: writeAs },
  },
  'text.trailingSpace': {
    severity: 'information', fixAll: true,
    description: { zh: '行末多余的空白（含全角空格）。', en: 'Whitespace at the end of a line, U+3000 included.' },
    message: () => l10n.t('Whitespace at the end of the line: remove it'),
    fix: { one: () => l10n.t('Remove the trailing whitespace'), all: () => l10n.t('Remove trailing whitespace from every line') },
  },
} as const satisfies Record<string, CheckRow>;

export type DiagnosticCode = keyof typeof CHECKS;
export const DIAGNOSTIC_CODES = Object.keys(CHECKS) as DiagnosticCode[];
export const DEFAULT_SEVERITY = Object.fromEntries(DIAGNOSTIC_CODES.map((code) => [code, CHECKS[code].severity])) as Record<DiagnosticCode, Severity>;

const LSP_SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity `code` is reported with under `settings`; undefined when it is `off`, and so not computed. */
export function severityOf(code: DiagnosticCode, settings: { severity: Record<DiagnosticCode, Severity> }): DiagnosticSeverity | undefined {
  const severity = settings.severity[code];
  return severity === 'off' ? undefined : LSP_SEVERITY[severity];
}

/** The severity of each code under the settings in force; undefined for `off`. */
export type SeverityOf = (code: DiagnosticCode) => DiagnosticSeverity | undefined;

/** The one place a check's diagnostic is made. */
export function speechDiagnostic(code: DiagnosticCode, severity: DiagnosticSeverity, range: Range, message: string, data: unknown): Diagnostic {
  return { range, message, code, source: '讲话稿', severity, data };
}
