import * as l10n from '@vscode/l10n';

/** A length as authors read it: `1,234字` (or `1,234 characters` outside Chinese). */
export function formatLength(characters: number): string {
  return l10n.t('{0} characters', characters.toLocaleString('en-US'));
}
