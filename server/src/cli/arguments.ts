/**
 * The command line's arguments: `speech-check [options] paths…`. Pure (no Node API), so the tests
 * read it directly; a mistake is a message for the user, never an exception.
 */
import * as l10n from '@vscode/l10n';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailLevel = 'error' | 'warning' | 'information' | 'hint';

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
  /** Apply fix-all in place. */
  fix: boolean;
  /** Print the 提纲 of each file instead of its problems. */
  outline: boolean;
  /** Write each file's Word document beside it. */
  exportDocx: boolean;
  /** The least severity that makes the exit status 1. */
  failLevel: FailLevel;
  /** `zh-cn`, `en`…: the messages' language; from `LANG` when not given. */
  locale?: string;
  /** A settings file (`speech.*` keys, as in .vscode/settings.json) over the folder's own. */
  config?: string;
  help: boolean;
  version: boolean;
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
export const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'information', 'hint'];
const FLAGS = { '--fix': 'fix', '--outline': 'outline', '--export-docx': 'exportDocx', '--help': 'help', '-h': 'help', '--version': 'version' } as const;
const VALUED = ['--format', '--fail-level', '--locale', '--config'] as const;
type Valued = typeof VALUED[number];

/** The options, or the first mistake in them. */
export function parseArguments(argv: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = { paths: [], format: 'text', fix: false, outline: false, exportDocx: false, failLevel: 'warning', help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--') { options.paths.push(...argv.slice(i + 1)); break; }
    if (argument in FLAGS) { options[FLAGS[argument as keyof typeof FLAGS]] = true; continue; }
    const [name, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    if ((VALUED as readonly string[]).includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { error: l10n.t('{0} needs a value', name) };
      const error = setValue(options, name as Valued, value);
      if (error) return { error };
      continue;
    }
    if (argument.startsWith('-') && argument !== '-') return { error: l10n.t('Unknown option {0}', argument) };
    options.paths.push(argument);
  }
  if (options.paths.length === 0 && !options.help && !options.version) return { error: l10n.t('Name the files or folders to check') };
  if (options.fix && options.outline) return { error: l10n.t('--fix and --outline cannot be used together') };
  return options;
}

function setValue(options: CliOptions, name: Valued, value: string): string | undefined {
  if (name === '--format') {
    if (!(FORMATS as readonly string[]).includes(value)) return l10n.t('--format must be one of {0}; got “{1}”', FORMATS.join(', '), value);
    options.format = value as OutputFormat;
  } else if (name === '--fail-level') {
    if (!(FAIL_LEVELS as readonly string[]).includes(value)) return l10n.t('--fail-level must be one of {0}; got “{1}”', FAIL_LEVELS.join(', '), value);
    options.failLevel = value as FailLevel;
  } else if (name === '--locale') {
    options.locale = value;
  } else {
    options.config = value;
  }
  return undefined;
}

/** Whether the messages are to be Chinese: `--locale`, else the environment's `LC_ALL`, `LC_MESSAGES`, `LANG`. */
export function wantsChinese(argv: readonly string[], environment: Record<string, string | undefined>): boolean {
  const index = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const given = index < 0 ? undefined : argv[index].includes('=') ? argv[index].slice('--locale='.length) : argv[index + 1];
  const locale = given ?? (environment.LC_ALL || environment.LC_MESSAGES || environment.LANG || '');
  return locale.toLowerCase().replace('_', '-').startsWith('zh');
}

export function usage(): string {
  return [
    l10n.t('Usage: speech-check [options] <files or folders…>'),
    '',
    l10n.t('Checks speeches (*.speech, *.speech.txt in folders, and any file named) with the rules of the VS Code extension.'),
    '',
    l10n.t('Options:'),
    `  --format text|json|sarif  ${l10n.t('how problems are printed (default: text)')}`,
    `  --fix                     ${l10n.t('apply every numbering fix and every certain text fix in place')}`,
    `  --outline                 ${l10n.t('print the outline (提纲) of each file')}`,
    `  --export-docx             ${l10n.t('write each file’s Word document beside it')}`,
    `  --fail-level LEVEL        ${l10n.t('exit with 1 for problems at or above error|warning|information|hint (default: warning)')}`,
    `  --config FILE             ${l10n.t('settings (speech.* keys, as in .vscode/settings.json) over each folder’s own')}`,
    `  --locale zh-cn|en         ${l10n.t('the messages’ language (default: from LANG)')}`,
    `  --help, --version`,
    '',
    l10n.t('Exit status: 0 nothing at or above the fail level, 1 problems found, 2 a usage error or an unreadable file.'),
  ].join('\n');
}
