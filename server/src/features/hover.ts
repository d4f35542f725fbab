/**
 * Hover: on a heading, its path, its section's length and speaking time; on an announced count, what
 * it announces and the items it counted.
 */
import * as l10n from '@vscode/l10n';
import { MarkupKind, Range, type Hover } from 'vscode-languageserver-types';
import { headingAt } from '../speech/navigate';
import type { Heading, OrdinalList, Speech } from '../speech/speech';
import { formatMinutes } from '../util/duration';
import { formatLength } from '../util/format';
import { headingName, headingSpan } from '../speech/marks';
import { sectionFigures } from '../speech/figures';

/** An announcement's hover names at most this many of the items it counted. */
const HOVER_ITEMS_MAX = 30;
/** An ancestor's name in a path is cut to this many characters. */
const PATH_NAME_MAX = 16;

export function hover(speech: Speech, line: number, character: number, rate: number): Hover | null {
  const announcement = speech.announcements.find((a) => a.line === line && character >= a.count.start && character <= a.count.end);
  if (announcement) {
    const { count, list, first, counted } = announcement;
    const range = Range.create(line, count.start, line, count.end);
    const shown = list ? list.items.slice(first, first + HOVER_ITEMS_MAX).map((i) => itemLabel(list, i.ordinal.text)) : [];
    const value = counted === 0
      ? l10n.t('Announces “{0}”; no numbered list follows to count.', count.text)
      : counted === 1
        ? l10n.t('Announces “{0}”; {1} item follows: {2}', count.text, counted, shown.join(' '))
        : l10n.t('Announces “{0}”; {1} items follow: {2}', count.text, counted, shown.join(' ') + (counted > shown.length ? ' …' : ''));
    return { range, contents: { kind: MarkupKind.Markdown, value: escapeMarkdown(value) } };
  }

  const heading = headingAt(speech, line);
  const span = heading && headingSpan(heading);
  if (!heading || !span || character < span.start || character > span.end) return null;
  const figures = sectionFigures(speech, heading, rate);
  const path = ancestors(heading).map((h) => truncate(headingName(h))).concat(headingName(heading)).join(' › ');
  const time = figures.minutes > 0 ? l10n.t('{0} · {1} to speak', formatLength(figures.characters), formatMinutes(figures.minutes)) : formatLength(figures.characters);
  const value = `**${escapeMarkdown(path)}**\n\n${escapeMarkdown(time)}`;
  return { range: Range.create(line, span.start, line, span.end), contents: { kind: MarkupKind.Markdown, value } };
}

/** A series word without its comma (`第一`); a heading ordinal as written (`一、`). */
function itemLabel(list: OrdinalList, text: string): string {
  return list.kind === 'headings' ? text : text.replace(/[，,、]$/, '');
}

function ancestors(heading: Heading): Heading[] {
  const found: Heading[] = [];
  for (let section = heading.section.parent; section?.heading; section = section.parent) found.unshift(section.heading);
  return found;
}

function truncate(name: string): string {
  return name.length > PATH_NAME_MAX ? name.slice(0, PATH_NAME_MAX) + '…' : name;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
