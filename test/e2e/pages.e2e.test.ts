/**
 * Every page of both builds (`/` and `/reports/`), in both languages: no console error or warning,
 * no failed request, nothing fetched from another origin, a main landmark with an h1. At the root
 * build also: with JavaScript off, the prerendered charts (SVG) and tables are there; with it on,
 * the view the browser renders for another quarter shows no error card and no value it failed to
 * compute (neither depends on the base path, which the other checks cover).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { expectNone } from './helpers/assert.ts';
import { disconnect, e2e } from './helpers/env.ts';
import { guardedContext, load } from './helpers/guard.ts';
import { discoverPages } from './helpers/pages.ts';
import { NEEDS_CHART, NEEDS_TABLE, summarize } from './helpers/content.ts';
import { hydrates, settle } from './helpers/signals.ts';
import type { Page } from 'playwright-core';

/**
 * A URL without parameters shows the prerendered view as it is (the browser does not query it
 * again), so the browser's own rendering is checked on another quarter chosen in the filters bar.
 */
async function renderAnotherQuarter(page: Page, label: string): Promise<void> {
  if (!(await hydrates(page))) return;
  const { options, current } = await page.$eval('#f-quarter', (el) => ({ options: [...(el as HTMLSelectElement).options].map((o) => o.value).filter(Boolean), current: (el as HTMLSelectElement).value }));
  const other = options.find((o) => o !== current);
  if (!other) throw new Error(`${label}: the quarter filter offers no other quarter (has ${options.join(', ') || 'none'})`);
  await page.selectOption('#f-quarter', other);
  await settle(page, `${label} → quarter ${other}`);
}

afterAll(disconnect);

for (const site of e2e().sites) {
  describe(`site at base ${site.base}`, () => {
    const pages = discoverPages(site);
    test('the build has the main pages in both languages', () => {
      const have = new Set(pages.map((p) => `${p.kind}:${p.lang}`));
      const missing = ['overview', 'satisfaction', 'response-times', 'scorecards', 'data']
        .flatMap((k) => (['zh-CN', 'en'] as const).map((l) => `${k}:${l}`))
        .filter((k) => !have.has(k));
      expectNone(missing, `[base ${site.base}] pages missing from ${site.outDir}`);
    });

    for (const p of pages) {
      test.concurrent(`${p.label}: loads clean, main content present`, async () => {
        const g = await guardedContext(site);
        try {
          const page = await g.context.newPage();
          await load(page, p.url);
          const s = await summarize(page);
          expect(s.lang, `${p.label}: <html lang>`).toBe(p.lang);
          expect(s.mains, `${p.label}: number of main landmarks`).toBe(1);
          expect(s.h1, `${p.label}: the main landmark has no h1 with text`).not.toBe('');
          // Once DuckDB-WASM has rendered a view of its own, nothing may show an error card.
          await settle(page, p.label);
          // The browser's rendering does not depend on the base path: checked once, at the root build.
          if (site.base === '/') await renderAnotherQuarter(page, p.label);
          const after = await summarize(page);
          expectNone(after.errorCards, `${p.label}: error cards after the browser re-rendered the view (by metric)`);
          expectNone(after.failedValues, `${p.label}: values the browser could not compute (by metric)`);
          expectNone(g.problems, `${p.label}: console errors/warnings, failed or foreign requests`);
        } finally {
          await g.close();
        }
      });

      // The same HTML with other URLs under a base path: the prerendered content is checked at the root build.
      if (site.base === '/') {
        test.concurrent(`${p.label}: with JavaScript off, prerendered charts and tables are there`, async () => {
          const g = await guardedContext(site, { javaScriptEnabled: false });
          try {
            const page = await g.context.newPage();
            await load(page, p.url);
            const s = await summarize(page);
            expect(s.h1, `${p.label} (no JS): h1 in main`).not.toBe('');
            expectNone(s.errorCards, `${p.label} (no JS): charts showing an error card (by metric)`);
            expectNone(s.chartsWithoutSvg, `${p.label} (no JS): chart cards without a prerendered SVG (by metric)`);
            if (NEEDS_CHART.includes(p.kind)) expect(s.svgs, `${p.label} (no JS): no prerendered chart (svg) in main`).toBeGreaterThan(0);
            if (NEEDS_TABLE.includes(p.kind)) expect(s.tables, `${p.label} (no JS): no prerendered table in main`).toBeGreaterThan(0);
            expectNone(g.problems, `${p.label} (no JS): failed or foreign requests`);
          } finally {
            await g.close();
          }
        });
      }
    }
  });
}
