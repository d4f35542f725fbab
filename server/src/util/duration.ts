import * as l10n from '@vscode/l10n';

/**
 * Speaking time as authors say it: `约27分钟`, `约半分钟`, `约1.5分钟`, `约18小时8分` (`about 27 min`…);
 * nothing for no time at all. Shared by the status bar, the section list and the hover.
 * `approximate: false` drops the `约` (a difference from a target: `超出7分钟`).
 */
export function formatMinutes(minutes: number, approximate = true): string {
  if (!(minutes > 0)) return '';
  if (minutes >= 60) {
    const whole = Math.round(minutes);
    const hours = Math.floor(whole / 60);
    const rest = whole % 60;
    if (rest === 0) return approximate ? l10n.t('about {0} h', hours) : l10n.t('{0} h', hours);
    return approximate ? l10n.t('about {0} h {1} min', hours, rest) : l10n.t('{0} h {1} min', hours, rest);
  }
  if (minutes === 0.5) return approximate ? l10n.t('about half a minute') : l10n.t('half a minute');
  return approximate ? l10n.t('about {0} min', minutes) : l10n.t('{0} min', minutes);
}
