/**
 * Filtered views redraw every card: on /satisfaction and /response-times, after a channel and a team
 * are chosen through the filters bar, each chart, table and list card says it rendered the URL's view
 * (`data-rendered-view`), none shows an error card, none still names a template placeholder, and the
 * drawing changed from the prerendered one. A card the browser cannot re-render (a missing chart
 * kind, a card without `data-chart-id`) fails here instead of silently showing the default quarter.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNone } from './helpers/assert.ts';
import { disconnect, e2e } from './helpers/env.ts';
import { guardedContext, load } from './helpers/guard.ts';
import { type Lang, labelFor, pageUrl } from './helpers/pages.ts';
import { settle, waitForFilters } from './helpers/signals.ts';

afterAll(disconnect);

/** Every card of the main content: its kind, the view it says it shows, its error, heading and drawing. */
interface CardState {
  name: string;
  kind: string | null;
  view: string | null;
  error: string | null;
  heading: string;
  body: string;
}

function cards(page: Page): Promise<CardState[]> {
  return page.evaluate(() => [...document.querySelectorAll('main [data-chart-card], main [data-table-card], main [data-chart-id]')]
    .filter((el, i, all) => all.indexOf(el) === i)
    .map((el, i) => ({
      name: `#${i + 1} ${el.getAttribute('data-chart-id') ?? '(no data-chart-id)'} "${el.querySelector('h2, h3')?.textContent?.trim() ?? ''}"`,
      kind: el.getAttribute('data-chart-id'),
      view: el.getAttribute('data-rendered-view'),
      error: el.getAttribute('data-error') ?? (el.querySelector('.chart-error') ? 'error card' : null),
      heading: el.querySelector('h2, h3')?.textContent?.trim() ?? '',
      body: (el.querySelector('.chart-body')?.innerHTML ?? '').replace(/\bplot-(marker|clip|pattern)-\d+/g, ''),
    })));
}

/** Chooses a select's option by value (or, with a number, the i-th non-empty one) and waits for the page to render the new view. */
async function choose(page: Page, selector: string, which: string | number, label: string): Promise<string> {
  const values = await page.$$eval(`${selector} option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const v = typeof which === 'number' ? values[Math.min(which, values.length - 1)] : values.find((x) => x === which);
  if (!v) throw new Error(`${label}: filter ${selector} has no option ${which} (has ${values.join(', ') || 'none'}); it must be a <select> to choose from`);
  await page.selectOption(selector, v);
  await settle(page, label);
  return v;
}

// Both languages of both pages at the root build; one language each under /reports/ (links and data URLs there).
const PAGES: { path: string; lang: Lang; channel: string; everyBase?: boolean }[] = [
  { path: 'satisfaction/', lang: 'zh-CN', channel: 'phone', everyBase: true },
  { path: 'response-times/', lang: 'en', channel: 'chat', everyBase: true },
  { path: 'satisfaction/', lang: 'en', channel: 'email' },
  { path: 'response-times/', lang: 'zh-CN', channel: 'phone' },
];

for (const site of e2e().sites) {
  describe(`filtered views redraw every card at base ${site.base}`, () => {
    for (const p of PAGES.filter((x) => site.base === '/' || x.everyBase)) {
      const url = pageUrl(site, p.lang, p.path);
      test.concurrent(`${p.path} (${p.lang}): channel and team chosen in the UI`, async () => {
        const label = labelFor(site, url, p.lang);
        const g = await guardedContext(site);
        try {
          const page = await g.context.newPage();
          await load(page, url);
          await waitForFilters(page, label);
          await settle(page, label);
          const before = await cards(page);
          expect(before.length, `${label}: no chart cards in main`).toBeGreaterThan(3);

          await choose(page, '#f-channel', p.channel, label);
          const team = await choose(page, '#f-team', 0, label);
          const view = new URL(page.url()).search.replace(/^\?/, '');
          const where = labelFor(site, page.url(), p.lang);
          expect(new URL(page.url()).searchParams.getAll('team'), `${where}: team not in the URL`).toEqual([team]);

          const after = await cards(page);
          expect(after.map((c) => c.name.replace(/".*"/, '')), `${where}: the cards changed`).toEqual(before.map((c) => c.name.replace(/".*"/, '')));
          expectNone(after.filter((c) => !c.kind).map((c) => c.name), `${where}: cards the browser never re-renders (no data-chart-id)`);
          expectNone(after.filter((c) => c.view !== view).map((c) => `${c.name}: data-rendered-view=${JSON.stringify(c.view)}, URL view ${JSON.stringify(view)}`),
            `${where}: cards not rendered for the URL's view (a chart kind the browser lacks?)`);
          expectNone(after.filter((c) => c.error).map((c) => `${c.name}: ${c.error}`), `${where}: cards showing an error`);
          expectNone(after.filter((c) => /\{(period|grain)\}/.test(c.heading)).map((c) => c.name), `${where}: headings with an unfilled placeholder`);
          // A channel and a team cut every card's data: each drawing differs from the default view's
          // (the whole-period trends still shade the same quarter but show other values).
          expectNone(after.filter((c, i) => c.body === before[i]!.body).map((c) => c.name), `${where}: cards whose drawing did not change for a narrower view`);
          expectNone(g.problems, `${where}: console errors or failed requests while filtering`);
        } finally {
          await g.close();
        }
      });
    }
  });
}
