/**
 * Texts that name the period or the grain a card shows ("CSAT by channel, 2026-Q3"): the page writes
 * them as templates with `{period}` and `{grain}` (`data-text-template`), and the build and the
 * browser fill them for their view, so a heading never names a quarter the numbers are not about.
 */
import { createFormat, messagesFor } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/index.ts';
import type { Grain } from '../url-state.ts';
import type { ViewQuery } from './view.ts';

/** The attribute holding a text's template. */
export const TEXT_TEMPLATE = 'data-text-template';

/** How a view's period reads: its quarter, else its date range ('' for all dates). */
export function periodLabel(q: ViewQuery, locale: Locale): string {
  if (q.quarter) return q.quarter;
  const m = messagesFor(locale);
  const f = createFormat(locale);
  const { from, to } = q.filter;
  return from && to ? m.format.range(f.date(from), f.date(to)) : from ? `${f.date(from)} –` : to ? `– ${f.date(to)}` : '';
}

/** Whether a text is a template. */
export function isTemplate(text: string): boolean {
  return text.includes('{period}') || text.includes('{grain}');
}

/** Fills a template for a view and a grain (the grain's name in running text, e.g. "month" / "月"). */
export function fillText(template: string, q: ViewQuery, grain: Grain | undefined, locale: Locale): string {
  const grainName = grain ? messagesFor(locale).grain[grain].toLowerCase() : '';
  return template.replaceAll('{period}', periodLabel(q, locale)).replaceAll('{grain}', grainName);
}

/** The filled texts of a card for a view: its heading (the chart's accessible name) and its note. */
export function cardTexts(card: Element, q: ViewQuery, grain: Grain | undefined, locale: Locale): { title?: string; note?: string } {
  const fill = (el: Element | null) => {
    const t = el?.getAttribute(TEXT_TEMPLATE);
    return t ? fillText(t, q, grain, locale) : undefined;
  };
  return { title: fill(card.querySelector('h2, h3')), note: fill(card.querySelector('.chart-note')) };
}
