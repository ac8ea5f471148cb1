/**
 * DOM signals the suite and the bench read from the site. They are the contract with the site code:
 * when the site names them differently, change them here (and only here).
 *
 * - FILTERS_READY: the filters bar is wired (filters-client.ts hides the no-JS "apply" button).
 * - DB_READY: DuckDB-WASM has loaded the data and filters re-query in the browser. Proposed contract:
 *   `<html data-db="ready">` (and `data-db="error"` when loading failed).
 * - VIEW_RENDERED: the page finished re-rendering for the current URL. Proposed contract:
 *   `<html data-view="<canonical query string>">`, set after every re-query + re-render.
 */
import type { Page } from 'playwright-core';

export const FILTERS_READY = '[data-filters] [data-apply][hidden]';
export const DB_READY = 'html[data-db="ready"]';
export const DB_FAILED = 'html[data-db="error"]';
export const VIEW_ATTRIBUTE = 'data-view';

/** Waits until the filters bar is wired; throws a message naming the page when it never is. */
export async function waitForFilters(page: Page, label: string): Promise<void> {
  await page.waitForSelector(FILTERS_READY, { state: 'attached', timeout: 30_000 }).catch(() => {
    throw new Error(`${label}: the filters bar never became interactive (no ${FILTERS_READY} within 30 s)`);
  });
}

/** Waits for DuckDB-WASM to be ready; throws a message saying the signal is missing or failed. */
export async function waitForDb(page: Page, label: string, timeout = 60_000): Promise<void> {
  const which = await Promise.race([
    page.waitForSelector(DB_READY, { state: 'attached', timeout }).then(() => 'ready'),
    page.waitForSelector(DB_FAILED, { state: 'attached', timeout }).then(() => 'error'),
  ]).catch(() => 'missing');
  if (which === 'error') throw new Error(`${label}: the site reports that DuckDB-WASM failed to load (${DB_FAILED})`);
  if (which === 'missing') {
    throw new Error(`${label}: the site exposes no "filters interactive" signal: expected <${DB_READY.replace(/^html/, 'html ')}> within ${timeout / 1000} s after load (contract in test/e2e/helpers/signals.ts); without it filtered values cannot be checked`);
  }
}

/** Waits until the page says it rendered the view its URL describes (see VIEW_ATTRIBUTE). */
export async function waitForView(page: Page, label: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((attr) => {
    const want = location.search.replace(/^\?/, '');
    return document.documentElement.getAttribute(attr) === want;
  }, VIEW_ATTRIBUTE, { timeout }).catch(async () => {
    const got = await page.evaluate((attr) => document.documentElement.getAttribute(attr), VIEW_ATTRIBUTE);
    throw new Error(`${label}: the page never said it rendered the current view: expected <html ${VIEW_ATTRIBUTE}="${new URL(page.url()).search.replace(/^\?/, '')}">, found ${got == null ? 'no such attribute' : `"${got}"`} (contract in test/e2e/helpers/signals.ts)`);
  });
}

/** Whether the page has anything the browser engine re-renders (the site's hydration contract). */
export function hydrates(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('[data-filters]') != null && document.querySelector('[data-kpi], [data-chart-id], [data-score-block]') != null);
}

/** Waits until a hydrating page has rendered its current URL's view in the browser (no-op for static pages). */
export async function settle(page: Page, label: string): Promise<void> {
  if (!(await hydrates(page))) return;
  await waitForDb(page, label);
  await waitForView(page, label);
}
