/** What global setup hands to every test file, and the shared browser connection. */
import { inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

/** One served build of the site. */
export interface Site {
  /** base path the build was made with: `/` or `/reports/` */
  base: string;
  outDir: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** origin + base */
  url: string;
}

/** The environment global setup provides. */
export interface E2eEnv {
  sites: Site[];
  wsEndpoint: string;
  root: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eEnv;
  }
}

/** The environment of this run. */
export function e2e(): E2eEnv {
  return inject('e2e');
}

let browser: Promise<Browser> | undefined;

/** The one Chromium every test file shares (a browser server started by global setup). */
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.connect(e2e().wsEndpoint);
  return browser;
}

/** Closes this file's connection to the shared browser (the server itself stays up). */
export async function disconnect(): Promise<void> {
  if (browser) await (await browser).close();
  browser = undefined;
}

/** Runs fn over items with at most `limit` at a time (pages in parallel browser contexts). */
export async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
