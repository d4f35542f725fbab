/**
 * The server's settings (`speech.*`), read from whatever the client sends: anything malformed falls
 * back to its default and is reported once, never thrown.
 */
import { defaultExportSettings, readExportSettings, type ExportSettings } from './features/docx/profiles';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES, SEVERITIES, type DiagnosticCode, type Severity } from './checks';
import type { NumberingStyle } from './speech/marks';
import type { Level3Separator } from './speech/ordinal';

/** One of the author's own phrases (`speech.snippets`): a label and a snippet body. */
export interface UserSnippet {
  label: string;
  body: string;
}

export interface Settings {
  diagnosticsEnabled: boolean;
  severity: Record<DiagnosticCode, Severity>;
  /** Words and phrases the text checks accept as written (`speech.diagnostics.allow`). */
  allowed: string[];
  /** At most this many diagnostics a file (`speech.diagnostics.maxProblems`). */
  maxProblems: number;
  level3Separator: Level3Separator;
  /** `speech.numbering.style`: forms checked against the document's house style, or the standard forms. */
  numberingStyle: NumberingStyle;
  /** Characters a minute, for speaking times. */
  speakingRate: number;
  snippets: UserSnippet[];
  /** `speech.export.*`: the Word layout and the figures that override it. */
  export: ExportSettings;
}

export const DEFAULT_SPEAKING_RATE = 200;
const SPEAKING_RATE_RANGE = [60, 600] as const;
const SNIPPETS_MAX = 200;
const SNIPPET_MAX_LENGTH = 10_000;
const ALLOWED_MAX = 1000;
export const DEFAULT_MAX_PROBLEMS = 500;
const MAX_PROBLEMS_RANGE = [1, 100_000] as const;
const ALLOWED_MAX_LENGTH = 100;

export function defaultSettings(): Settings {
  return { diagnosticsEnabled: true, severity: { ...DEFAULT_SEVERITY }, allowed: [], maxProblems: DEFAULT_MAX_PROBLEMS, level3Separator: '.', numberingStyle: 'consistent', speakingRate: DEFAULT_SPEAKING_RATE, snippets: [], export: defaultExportSettings() };
}

/**
 * Reads the `speech` section as the client sends it (`{ diagnostics: { enable, severity }, numbering:
 * { level3Separator } }`). Returns the settings and a line for every value that was ignored.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isObject(raw)) return { settings, problems: [`speech: expected an object, got ${describe(raw)}`] };

  const diagnostics = raw.diagnostics;
  if (isObject(diagnostics)) readDiagnostics(diagnostics, settings, problems);
  else if (diagnostics !== undefined) problems.push(`speech.diagnostics: expected an object, got ${describe(diagnostics)}`);

  const numbering = raw.numbering;
  if (isObject(numbering) && numbering.level3Separator !== undefined) {
    if (numbering.level3Separator === '.' || numbering.level3Separator === '．') settings.level3Separator = numbering.level3Separator;
    else problems.push(`speech.numbering.level3Separator: expected "." or "．", got ${describe(numbering.level3Separator)}`);
  }
  if (isObject(numbering) && numbering.style !== undefined) {
    if (numbering.style === 'consistent' || numbering.style === 'standard') settings.numberingStyle = numbering.style;
    else problems.push(`speech.numbering.style: expected "consistent" or "standard", got ${describe(numbering.style)}`);
  }

  const rate = raw.speakingRate;
  if (rate !== undefined) {
    if (typeof rate === 'number' && Number.isFinite(rate) && rate >= SPEAKING_RATE_RANGE[0] && rate <= SPEAKING_RATE_RANGE[1]) settings.speakingRate = rate;
    else problems.push(`speech.speakingRate: expected a number from ${SPEAKING_RATE_RANGE[0]} to ${SPEAKING_RATE_RANGE[1]}, got ${describe(rate)}`);
  }

  const snippets = raw.snippets;
  if (isObject(snippets)) {
    for (const [label, body] of Object.entries(snippets)) {
      if (settings.snippets.length >= SNIPPETS_MAX) { problems.push(`speech.snippets: only the first ${SNIPPETS_MAX} are used`); break; }
      if (typeof body !== 'string' || body.length === 0 || body.length > SNIPPET_MAX_LENGTH || label.trim() === '') {
        problems.push(`speech.snippets["${label.slice(0, 20)}"]: expected a non-empty text, got ${describe(body)}`);
      } else if (!isValidSnippet(body)) {
        problems.push(`speech.snippets["${label.slice(0, 20)}"]: a "\${" is not closed in ${describe(body)}`);
      } else {
        settings.snippets.push({ label, body });
      }
    }
  } else if (snippets !== undefined) {
    problems.push(`speech.snippets: expected an object of label → text, got ${describe(snippets)}`);
  }
  settings.export = readExportSettings(raw.export, problems);
  return { settings, problems };
}

/** `speech.diagnostics`: enable, each check's severity, the allowed words and the cap on problems. */
function readDiagnostics(diagnostics: Record<string, unknown>, settings: Settings, problems: string[]): void {
  if (typeof diagnostics.enable === 'boolean') settings.diagnosticsEnabled = diagnostics.enable;
  else if (diagnostics.enable !== undefined) problems.push(`speech.diagnostics.enable: expected true or false, got ${describe(diagnostics.enable)}`);
  const severity = diagnostics.severity;
  if (isObject(severity)) {
    for (const [code, value] of Object.entries(severity)) {
      if (!(DIAGNOSTIC_CODES as readonly string[]).includes(code)) {
        problems.push(`speech.diagnostics.severity: unknown code "${code}"`);
      } else if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) {
        settings.severity[code as DiagnosticCode] = value as Severity;
      } else {
        problems.push(`speech.diagnostics.severity.${code}: expected one of ${SEVERITIES.join(', ')}, got ${describe(value)}`);
      }
    }
  } else if (severity !== undefined) {
    problems.push(`speech.diagnostics.severity: expected an object, got ${describe(severity)}`);
  }
  readAllowed(diagnostics.allow, settings, problems);
  const max = diagnostics.maxProblems;
  if (typeof max === 'number' && Number.isInteger(max) && max >= MAX_PROBLEMS_RANGE[0] && max <= MAX_PROBLEMS_RANGE[1]) settings.maxProblems = max;
  else if (max !== undefined) problems.push(`speech.diagnostics.maxProblems: expected a whole number from ${MAX_PROBLEMS_RANGE[0]} to ${MAX_PROBLEMS_RANGE[1]}, got ${describe(max)}`);
}

/** `speech.diagnostics.allow`: a list of words, each at most 100 characters; the rest is reported. */
function readAllowed(allow: unknown, settings: Settings, problems: string[]): void {
  if (allow === undefined) return;
  if (!Array.isArray(allow)) {
    problems.push(`speech.diagnostics.allow: expected a list of words, got ${describe(allow)}`);
    return;
  }
  for (const word of allow) {
    if (settings.allowed.length >= ALLOWED_MAX) { problems.push(`speech.diagnostics.allow: only the first ${ALLOWED_MAX} are used`); break; }
    if (typeof word === 'string' && word.length > 0 && word.length <= ALLOWED_MAX_LENGTH) settings.allowed.push(word);
    else problems.push(`speech.diagnostics.allow: expected a word of 1 to ${ALLOWED_MAX_LENGTH} characters, got ${describe(word)}`);
  }
}

/** Whether every `${` of a snippet body is closed (VS Code would show a broken one as text). */
function isValidSnippet(body: string): boolean {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') { i++; continue; }
    if (body[i] === '$' && body[i + 1] === '{') { depth++; i++; } else if (body[i] === '}' && depth > 0) depth--;
  }
  return depth === 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? text.slice(0, 40) + '…' : text;
}
