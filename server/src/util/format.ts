import * as l10n from '@vscode/l10n';

/** `1234567` as `1,234,567`. (`toLocaleString` asks ICU, which is slow for a thousand symbols a keystroke.) */
export function groupDigits(value: number): string {
  const digits = String(Math.trunc(value));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0 && digits[i - 1] !== '-') grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

/** A length as authors read it: `1,234字` (or `1,234 characters` outside Chinese). */
export function formatLength(characters: number): string {
  return l10n.t('{0} characters', groupDigits(characters));
}

/** `formatLength` for many lengths at once: the message is looked up once, not once a symbol. */
export function lengthFormatter(): (characters: number) => string {
  const [before, after = ''] = l10n.t('{0} characters', '\u0000').split('\u0000');
  return (characters) => before + groupDigits(characters) + after;
}
