/** What the main content of a page must hold, read from the DOM as plain data for assertions. */
import type { Page } from 'playwright-core';
import type { PageKind } from './pages.ts';

/** Page kinds that must show at least one prerendered chart, and those that must show a table. */
export const NEEDS_CHART: readonly PageKind[] = ['overview', 'satisfaction', 'response-times', 'team', 'agent'];
export const NEEDS_TABLE: readonly PageKind[] = ['scorecards', 'team', 'agent', 'data', 'review'];

/** A summary of a page's main content. */
export interface ContentSummary {
  lang: string;
  mains: number;
  h1: string;
  svgs: number;
  tables: number;
  /** data-metric (or title) of every chart card without an SVG */
  chartsWithoutSvg: string[];
  /** data-metric (or text) of every inline chart error card */
  errorCards: string[];
  /** data-metric of every value whose browser query failed (the re-render left its reason in a title) */
  failedValues: string[];
}

/** Reads the content summary of the page as it is now. */
export function summarize(page: Page): Promise<ContentSummary> {
  return page.evaluate(() => {
    const main = document.querySelector('main, [role="main"]');
    const cardName = (el: Element) => {
      const card = el.closest('[data-chart-card]');
      return card?.getAttribute('data-metric') || card?.querySelector('h3')?.textContent?.trim() || el.textContent?.trim().slice(0, 80) || '?';
    };
    return {
      lang: document.documentElement.lang,
      mains: document.querySelectorAll('main, [role="main"]').length,
      h1: main?.querySelector('h1')?.textContent?.trim() ?? '',
      svgs: main ? [...main.querySelectorAll('svg')].filter((s) => !s.closest('.kpi-spark') && s.getAttribute('aria-hidden') !== 'true').length : 0,
      tables: main?.querySelectorAll('table').length ?? 0,
      chartsWithoutSvg: [...document.querySelectorAll('[data-chart-card]')].filter((c) => !c.querySelector('svg')).map(cardName),
      errorCards: [...document.querySelectorAll('.chart-error')].map((el) => `${el.getAttribute('data-metric') || cardName(el)}: ${el.querySelector('p')?.textContent?.trim() ?? ''}`),
      failedValues: [...document.querySelectorAll('.kpi-value[data-value=""][title]')].map((el) => `${el.getAttribute('data-metric')}: ${el.getAttribute('title')}`),
    };
  });
}
