/**
 * Numbers check: every `data-metric`/`data-value` on the overview, the scorecards and a team page
 * equals `npm run report -- --format json` for the same filters — in the default view and after
 * filters are applied through the UI (relative tolerance 1e-9).
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNone } from './helpers/assert.ts';
import { disconnect, e2e } from './helpers/env.ts';
import { guardedContext, load } from './helpers/guard.ts';
import { discoverPages, labelFor, pageUrl, type Lang } from './helpers/pages.ts';
import { numberMismatches, pageFilters, shownValues } from './helpers/numbers.ts';
import { hydrates, settle, waitForDb, waitForFilters, waitForView } from './helpers/signals.ts';

afterAll(disconnect);

const env = e2e();
const site = env.sites.find((s) => s.base === '/')!;
const teamPath = discoverPages(site).find((p) => p.kind === 'team')?.path;
const teamOf = (path: string) => path.split('/')[1];

/** The pages the numbers check covers; a team page that does not exist yet is a failure, not a skip. */
const TARGETS: { name: string; path: string | undefined; team?: string }[] = [
  { name: 'overview', path: '' },
  { name: 'scorecards', path: 'scorecards/' },
  { name: 'team page', path: teamPath, team: teamPath ? teamOf(teamPath) : undefined },
];

async function check(page: Page, label: string, team?: string): Promise<string[]> {
  const filters = await pageFilters(page, { team });
  if (typeof filters === 'string') return [`${label}: ${filters}`];
  return numberMismatches(env.root, label, await shownValues(page), filters);
}

/** Picks the first real option (not "all") of a filter select through the UI; returns its value. */
async function pickFirst(page: Page, selector: string, label: string): Promise<string> {
  const values = await page.$$eval(`${selector} option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  if (!values.length) throw new Error(`${label}: filter ${selector} has no options to choose from`);
  await page.selectOption(selector, values[0]!);
  return values[0]!;
}

describe('numbers on the page equal npm run report', () => {
  for (const t of TARGETS) {
    for (const lang of ['zh-CN', 'en'] as Lang[]) {
      test.concurrent(`${t.name} (${lang}), default view`, async () => {
        expect(t.path, `[base /] ${t.name} (${lang}): no /teams/<team>/ page in the build yet (issue 5: static drill-down pages)`).toBeDefined();
        const url = pageUrl(site, lang, t.path);
        const label = labelFor(site, url, lang);
        const g = await guardedContext(site);
        try {
          const page = await g.context.newPage();
          await load(page, url);
          expectNone(await check(page, label, t.team), `${label}: prerendered values differing from npm run report`);
          // The same numbers once DuckDB-WASM has re-run the metric SQL in the browser.
          if (await hydrates(page)) {
            await settle(page, label);
            expectNone(await check(page, `${label} (re-rendered in the browser)`, t.team), `${label}: browser-computed values differing from npm run report`);
          }
        } finally {
          await g.close();
        }
      });
    }

    test.concurrent(`${t.name} (zh-CN), after filters applied through the UI`, async () => {
      expect(t.path, `[base /] ${t.name}: no /teams/<team>/ page in the build yet (issue 5: static drill-down pages)`).toBeDefined();
      const url = pageUrl(site, 'zh-CN', t.path);
      const g = await guardedContext(site);
      try {
        const page = await g.context.newPage();
        await load(page, url);
        const label0 = labelFor(site, url, 'zh-CN');
        await waitForFilters(page, label0);
        await waitForDb(page, label0);
        if (t.name !== 'team page') await pickFirst(page, '#f-team', label0);
        await pickFirst(page, '#f-channel', label0);
        const label = labelFor(site, page.url(), 'zh-CN');
        await waitForView(page, label);
        expectNone(await check(page, label, t.team), `${label}: values differing from npm run report after filtering`);
      } finally {
        await g.close();
      }
    });
  }
});
