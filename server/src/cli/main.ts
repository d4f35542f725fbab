/**
 * The command-line host: `speech-check [options] paths…` (dist/cli.js, package.json's `bin`). It
 * reads files and settings and prints; the checks, fixes and outline are the server's own features
 * (speechFile.ts), so the command line and the editor never disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as l10n from '@vscode/l10n';
import zhCn from '../../../l10n/bundle.l10n.zh-cn.json';
import { version } from '../../../package.json';
import { parseArguments, usage, wantsChinese, type CliOptions } from './arguments';
import { docxPath, exportWord } from './exportDocx';
import { collectSpeeches, describeError, FolderSettings, readSpeech, type SpeechPath } from './files';
import { fails, jsonReport, sarifReport, textReport, type FileProblems } from './report';
import { readSettingsFile } from './settingsFile';
import { checkSpeech, fixSpeech, speechOutline } from './speechFile';

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text.endsWith('\n') ? text : text + '\n');

/** Exit status: 0 nothing at or above the fail level, 1 something, 2 a usage error or an unreadable file. */
async function main(argv: string[]): Promise<number> {
  const chinese = wantsChinese(argv, process.env);
  if (chinese) l10n.config({ contents: zhCn });
  const options = parseArguments(argv);
  if ('error' in options) {
    err(`speech-check: ${options.error}\n${l10n.t('Run speech-check --help to see the options.')}`);
    return 2;
  }
  if (options.help) return out(usage() + '\n'), 0;
  if (options.version) return out(version + '\n'), 0;
  const config = options.config === undefined ? {} : readConfig(options.config);
  if (config === undefined) return 2;
  const { speeches, unreadable } = collectSpeeches(options.paths);
  for (const { path, message } of unreadable) err(`${path}: ${message}`);
  const settings = new FolderSettings(config, (source, problem) => err(`${source}: ${problem}`));
  const run = await runAll(speeches, settings, options);
  if (options.outline || options.exportDocx) return unreadable.length + run.unreadable > 0 ? 2 : 0;
  if (options.format === 'json') out(jsonReport(run.results));
  else if (options.format === 'sarif') out(sarifReport(run.results, { version, chinese }, pathToFileURL(process.cwd() + sep).href));
  else out(textReport(run.results, run.results.length));
  if (unreadable.length + run.unreadable > 0) return 2;
  return run.results.some((r) => r.diagnostics.some((d) => fails(d, options.failLevel))) ? 1 : 0;
}

/** The `speech.*` values of `--config FILE`; undefined (and said) when the file cannot be read. */
function readConfig(path: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    err(`speech-check: --config ${path}: ${describeError(error)}`);
    return undefined;
  }
  const read = readSettingsFile(text);
  for (const problem of read.problems) err(`${path}: ${problem}`);
  return read.values;
}

/** Checks (or fixes, outlines, exports) every speech in turn; a file that cannot be read is named and skipped. */
async function runAll(
  speeches: readonly SpeechPath[], settings: FolderSettings, options: CliOptions,
): Promise<{ results: FileProblems[]; unreadable: number }> {
  const results: FileProblems[] = [];
  let unreadable = 0;
  const progress = progressLine(speeches.length);
  for (const [index, speech] of speeches.entries()) {
    progress(index);
    const read = readSpeech(speech.path);
    if ('error' in read) {
      progress.clear();
      err(`${speech.path}: ${read.error}`);
      unreadable++;
      continue;
    }
    const done = await runOne(speech, read, settings.of(speech), options, progress.clear);
    if (done === 'unwritable') unreadable++;
    else if (done) results.push(done);
  }
  progress.clear();
  return { results, unreadable };
}

async function runOne(
  speech: SpeechPath, read: { text: string; bom: string }, fileSettings: ReturnType<FolderSettings['of']>, options: CliOptions, clear: () => void,
): Promise<FileProblems | 'unwritable' | undefined> {
  const uri = pathToFileURL(resolve(speech.path)).href;
  if (options.outline) {
    clear();
    out(`${speech.path}\n${speechOutline(uri, read.text).map((line) => `  ${line}`).join('\n')}\n\n`);
    return undefined;
  }
  if (options.exportDocx) {
    const target = docxPath(speech.path);
    return write(target, exportWord(uri, read.text, fileSettings), clear) ? (say(l10n.t('{0}: written {1}', speech.path, target), options, clear), undefined) : 'unwritable';
  }
  let text = read.text;
  if (options.fix) {
    const fixed = fixSpeech(uri, text, fileSettings);
    if (fixed.edits.length > 0) {
      if (!write(speech.path, read.bom + fixed.text, clear)) return 'unwritable';
      say(l10n.t('{0}: {1} fixes applied', speech.path, fixed.edits.length), options, clear);
      text = fixed.text;
    }
  }
  return { file: speech.path, uri: sarifUri(speech.path), diagnostics: checkSpeech(uri, text, fileSettings) };
}

function write(path: string, content: string | Uint8Array, clear: () => void): boolean {
  try {
    writeFileSync(path, content);
    return true;
  } catch (error) {
    clear();
    err(`${path}: ${describeError(error)}`);
    return false;
  }
}

/** What was changed: on standard output with the text report, else on standard error (which keeps JSON and SARIF clean). */
function say(line: string, options: CliOptions, clear: () => void): void {
  clear();
  if (options.format === 'text' && !options.outline) out(line + '\n');
  else err(line);
}

/** A path relative to the working folder, as a URI reference; a file outside it, by its absolute `file:` URI. */
function sarifUri(path: string): string {
  const rest = relative(process.cwd(), resolve(path));
  if (rest.startsWith('..') || isAbsolute(rest)) return pathToFileURL(resolve(path)).href;
  return rest.split(sep).map(encodeURIComponent).join('/');
}

/** `Checking 120/1000…` on a terminal's standard error, at most ten times a second; nothing elsewhere. */
function progressLine(total: number): ((index: number) => void) & { clear: () => void } {
  let shownAt = 0;
  let shown = false;
  const show = (index: number) => {
    if (!process.stderr.isTTY || total < 2 || Date.now() - shownAt < 100) return;
    shownAt = Date.now();
    shown = true;
    process.stderr.write(`\r${l10n.t('Checking {0}/{1}…', index + 1, total)}\x1b[K`);
  };
  return Object.assign(show, { clear: () => { if (shown) process.stderr.write('\r\x1b[K'); shown = false; } });
}

// A reader that stops early (`speech-check … | head`) ends the output, not with an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => { if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw error; });

main(process.argv.slice(2)).then((status) => { process.exitCode = status; }, (error: unknown) => {
  err(`speech-check: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 2;
});
