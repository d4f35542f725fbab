import * as l10n from '@vscode/l10n';
import { groupDigits } from './digits';

/** A length as authors read it: `1,234字` (or `1,234 characters` outside Chinese). */
export function formatLength(characters: number): string {
  return l10n.t('{0} characters', groupDigits(characters));
}

/** `formatLength` for many lengths at once: the message is looked up once, not once a symbol. */
export function lengthFormatter(): (characters: number) => string {
  const [before, after = ''] = l10n.t('{0} characters', '\u0000').split('\u0000');
  return (characters) => before + groupDigits(characters) + after;
}
