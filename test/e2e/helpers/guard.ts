/**
 * A browser context that blocks every request to another origin and records what a reader would
 * call a defect: console errors and warnings, uncaught exceptions, failed and 4xx/5xx requests.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { sharedBrowser, type Site } from './env.ts';

/** A context plus the problems recorded in it. */
export interface Guarded {
  context: BrowserContext;
  problems: string[];
  close(): Promise<void>;
}

/** Opens a fresh context on the shared browser, guarded for the given site's origin. */
export async function guardedContext(site: Site, opts: { javaScriptEnabled?: boolean } = {}): Promise<Guarded> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    // A reader far from the data's time zone exposes local-time leaks in the browser code.
    timezoneId: 'America/Los_Angeles',
    serviceWorkers: 'block',
  });
  const problems: string[] = [];
  const foreign = new Set<string>();
  await context.route((url) => url.origin !== site.origin, async (route) => {
    const url = route.request().url();
    foreign.add(url);
    problems.push(`request to another origin (blocked): ${url}`);
    await route.abort('blockedbyclient');
  });
  context.on('page', (page) => watch(page, problems, foreign));
  return { context, problems, close: () => context.close() };
}

function watch(page: Page, problems: string[], foreign: Set<string>): void {
  page.on('console', (msg) => {
    const type = msg.type();
    if (type !== 'error' && type !== 'warning') return;
    const loc = msg.location();
    problems.push(`console ${type}: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  const answered = new WeakSet<Request>();
  page.on('requestfailed', (req) => {
    if (foreign.has(req.url())) return;
    // Chromium reports a HEAD request as net::ERR_ABORTED after its 200 response (nothing to read).
    if (req.method() === 'HEAD' && answered.has(req)) return;
    problems.push(`request failed: ${req.method()} ${req.url()} — ${req.failure()?.errorText ?? 'unknown error'}`);
  });
  page.on('response', (res) => {
    if (res.status() < 400) answered.add(res.request());
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
}

/** Loads a URL and waits until the network has been quiet (DuckDB-WASM loads lazily after paint). */
export async function load(page: Page, url: string): Promise<void> {
  const res = await page.goto(url, { waitUntil: 'load' });
  if (!res || !res.ok()) throw new Error(`GET ${url} answered ${res?.status() ?? 'nothing'}`);
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
}
