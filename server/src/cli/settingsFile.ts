/**
 * The `speech.*` keys of a settings file as VS Code writes it (.vscode/settings.json: JSON with
 * comments and trailing commas, flat dotted keys), turned into the section the client sends the
 * server, so that settings.ts reads them exactly as it reads the editor's. Pure: the caller reads
 * the file.
 */
import * as l10n from '@vscode/l10n';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface SettingsFile {
  /** The flat `speech.*` values, as written (`speech.diagnostics.severity` → its object). */
  values: Record<string, unknown>;
  /** Why the file could not be read as settings (its values are then all defaults). */
  problems: string[];
}

/** Reads a settings file's text; language-specific values (`"[speech]": {…}`) override the others. */
export function readSettingsFile(text: string): SettingsFile {
  const errors: ParseError[] = [];
  const parsed: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { line, character } = positionOf(text, errors[0].offset);
    return { values: {}, problems: [l10n.t('not valid JSON at {0}:{1} ({2}); the defaults are used', line + 1, character + 1, printParseErrorCode(errors[0].error))] };
  }
  if (!isObject(parsed)) return { values: {}, problems: [l10n.t('expected an object of settings; the defaults are used')] };
  const values: Record<string, unknown> = {};
  const language = parsed['[speech]'];
  for (const source of [parsed, isObject(language) ? language : {}]) {
    for (const [key, value] of Object.entries(source)) if (key.startsWith('speech.')) values[key] = value;
  }
  return { values, problems: [] };
}

/** The `speech` section from flat keys: `speech.numbering.style` → `{ numbering: { style } }`. */
export function speechSection(values: Record<string, unknown>): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const names = key.split('.').slice(1);
    let node = section;
    for (const name of names.slice(0, -1)) {
      if (!isObject(node[name])) node[name] = {};
      node = node[name] as Record<string, unknown>;
    }
    node[names[names.length - 1]] = value;
  }
  return section;
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  return { line, character: offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) - 1 };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
