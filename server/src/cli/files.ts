/**
 * The command line's side of the file system: the speeches named or found in folders, their text
 * (UTF-8 only: anything else is named and left alone, never rewritten), and the settings of the
 * folder each lives in, read as VS Code reads them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as l10n from '@vscode/l10n';
import { readSettings, type Settings } from '../settings';
import { readSettingsFile, speechSection } from './settingsFile';

/** A speech to check: its path as shown, and the folder it was found in (where its settings stop). */
export interface SpeechPath {
  path: string;
  root: string;
}

export interface Unreadable {
  path: string;
  message: string;
}

const SPEECH_FILE = /\.speech(\.txt)?$/i;

/** The files named, and the `*.speech`, `*.speech.txt` in the folders named (not in hidden folders or node_modules). */
export function collectSpeeches(paths: readonly string[]): { speeches: SpeechPath[]; unreadable: Unreadable[] } {
  const speeches: SpeechPath[] = [];
  const unreadable: Unreadable[] = [];
  const walk = (folder: string, root: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      unreadable.push({ path: folder, message: describeError(error) });
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(path, root);
      else if ((entry.isFile() || entry.isSymbolicLink()) && SPEECH_FILE.test(entry.name)) speeches.push({ path, root });
    }
  };
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) unreadable.push({ path, message: l10n.t('no such file or folder') });
    else if (stat.isDirectory()) walk(path, path);
    else speeches.push({ path, root: dirname(path) });
  }
  return { speeches, unreadable };
}

/** A speech's text without its byte-order mark (kept to be written back), or why it cannot be read. */
export function readSpeech(path: string): { text: string; bom: string } | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: describeError(error) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? { text: text.slice(1), bom: '\uFEFF' } : { text, bom: '' };
  } catch {
    return { error: l10n.t('not UTF-8 text; it was not checked') };
  }
}

/**
 * Each speech's settings: the nearest `.vscode/settings.json` in its folder or the folders above it,
 * up to the folder it was found in (or the working folder, when that is above), under the values of
 * `--config`. A file's malformed values are reported once, by `report`.
 */
export class FolderSettings {
  private readonly files = new Map<string, Record<string, unknown>>();
  private readonly merged = new Map<string, Settings>();

  constructor(private readonly config: Record<string, unknown>, private readonly report: (source: string, problem: string) => void) {}

  of(speech: SpeechPath): Settings {
    const file = this.settingsFileOf(speech);
    let settings = this.merged.get(file ?? '');
    if (!settings) {
      settings = readSettings(speechSection({ ...(file ? this.values(file) : {}), ...this.config })).settings;
      this.merged.set(file ?? '', settings);
    }
    return settings;
  }

  private settingsFileOf(speech: SpeechPath): string | undefined {
    const stop = resolve(isInside(process.cwd(), resolve(speech.root)) ? process.cwd() : speech.root);
    for (let folder = resolve(dirname(speech.path)); ; folder = dirname(folder)) {
      const candidate = join(folder, '.vscode', 'settings.json');
      if (this.files.has(candidate) || statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
      if (folder === stop || dirname(folder) === folder) return undefined;
    }
  }

  private values(file: string): Record<string, unknown> {
    let values = this.files.get(file);
    if (values) return values;
    const shown = relative(process.cwd(), file) || file;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      this.report(shown, describeError(error));
    }
    const read = readSettingsFile(text || '{}');
    for (const problem of read.problems) this.report(shown, problem);
    for (const problem of readSettings(speechSection(read.values)).problems) this.report(shown, problem);
    values = read.values;
    this.files.set(file, values);
    return values;
  }
}

function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !rest.startsWith(sep) && !/^[a-z]:/i.test(rest));
}

export function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return l10n.t('permission denied');
  if (code === 'ENOENT') return l10n.t('no such file or folder');
  if (code === 'EISDIR') return l10n.t('a folder, not a file');
  return error instanceof Error ? error.message : String(error);
}
