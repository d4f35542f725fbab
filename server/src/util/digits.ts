/**
 * `1234567` as `1,234,567`, as lengths are shown everywhere (outline, hover, status bar).
 * (`toLocaleString` asks ICU, which is slow for a thousand symbols a keystroke.)
 */
export function groupDigits(value: number): string {
  const digits = String(Math.trunc(value));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0 && digits[i - 1] !== '-') grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}
