/**
 * URL state: filters set through the UI land in the URL; that URL opened in a fresh context shows
 * the same filters and values; back/forward restore earlier views; an invalid parameter shows the
 * visible notice instead of breaking the page.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNone } from './helpers/assert.ts';
import { disconnect, e2e } from './helpers/env.ts';
import { guardedContext, load } from './helpers/guard.ts';
import { labelFor, pageUrl } from './helpers/pages.ts';
import { shownValues } from './helpers/numbers.ts';
import { settle, waitForFilters } from './helpers/signals.ts';

afterAll(disconnect);

const CONTROLS = ['#f-quarter', '#f-from', '#f-to', '#f-team', '#f-agent', '#f-channel', '#f-priority', '#f-category', '#f-grain'];

/** The value of every filter control, by selector ('∅' when the page lacks it). */
function controls(page: Page): Promise<Record<string, string>> {
  return page.evaluate((sels) => Object.fromEntries(sels.map((s) => [s, (document.querySelector(s) as HTMLInputElement | null)?.value ?? '∅'])), CONTROLS);
}

/** Selects the option at index i among a select's non-empty options; returns its value. */
async function pick(page: Page, selector: string, i: number, label: string): Promise<string> {
  const values = await page.$$eval(`${selector} option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const v = values[Math.min(i, values.length - 1)];
  if (!v) throw new Error(`${label}: filter ${selector} has no option to choose`);
  await page.selectOption(selector, v);
  return v;
}

/** Values shown on the page, keyed by metric (and team/agent), after the network has settled. */
async function values(page: Page, label: string): Promise<Record<string, string>> {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await settle(page, label);
  return Object.fromEntries((await shownValues(page)).map((v) => [`${v.metric}${v.team ? `@${v.team}` : ''}${v.agent ? `@@${v.agent}` : ''}`, v.value]));
}

for (const site of e2e().sites) {
  describe(`URL state at base ${site.base}`, () => {
    const url = pageUrl(site, 'zh-CN');

    test.concurrent('filters set through the UI reopen the same view from the copied URL', async () => {
      const label = labelFor(site, url, 'zh-CN');
      const a = await guardedContext(site);
      const b = await guardedContext(site);
      try {
        const page = await a.context.newPage();
        await load(page, url);
        await waitForFilters(page, label);
        const team = await pick(page, '#f-team', 1, label);
        const channel = await pick(page, '#f-channel', 2, label);
        await pick(page, '#f-quarter', 1, label);
        const link = page.url();
        const q = new URL(link).searchParams;
        expect(q.getAll('team'), `${labelFor(site, link, 'zh-CN')}: team chosen in the UI is not in the URL`).toContain(team);
        expect(q.getAll('channel').join(','), `${labelFor(site, link, 'zh-CN')}: channel chosen in the UI is not in the URL`).toContain(channel);
        const before = { controls: await controls(page), values: await values(page, labelFor(site, page.url(), 'zh-CN')) };

        const fresh = await b.context.newPage();
        await load(fresh, link);
        await waitForFilters(fresh, labelFor(site, link, 'zh-CN'));
        const after = { controls: await controls(fresh), values: await values(fresh, labelFor(site, link, 'zh-CN')) };
        expect(after.controls, `${labelFor(site, link, 'zh-CN')}: filter controls in a fresh browser differ from the view that made the link`).toEqual(before.controls);
        expect(after.values, `${labelFor(site, link, 'zh-CN')}: data-value of metrics in a fresh browser differ from the view that made the link`).toEqual(before.values);
        expectNone([...a.problems, ...b.problems], `${label}: console errors or failed requests while filtering`);
      } finally {
        await a.close();
        await b.close();
      }
    });

    test.concurrent('back and forward restore the earlier views', async () => {
      const label = labelFor(site, url, 'zh-CN');
      const g = await guardedContext(site);
      try {
        const page = await g.context.newPage();
        await load(page, url);
        await waitForFilters(page, label);
        const views: { url: string; controls: Record<string, string> }[] = [{ url: page.url(), controls: await controls(page) }];
        await pick(page, '#f-team', 0, label);
        views.push({ url: page.url(), controls: await controls(page) });
        await pick(page, '#f-channel', 0, label);
        views.push({ url: page.url(), controls: await controls(page) });
        expect(new Set(views.map((v) => v.url)).size, `${label}: choosing filters did not change the URL: ${views.map((v) => v.url).join(' → ')}`).toBe(3);

        for (const [step, want] of [['back', 1], ['back', 0], ['forward', 1]] as const) {
          if (step === 'back') await page.goBack(); else await page.goForward();
          await page.waitForFunction((u) => location.href === u, views[want]!.url, { timeout: 10_000 }).catch(() => undefined);
          expect(page.url(), `${label}: after ${step} the URL is not view #${want}`).toBe(views[want]!.url);
          expect(await controls(page), `${labelFor(site, page.url(), 'zh-CN')}: after ${step}, filter controls do not show view #${want}`).toEqual(views[want]!.controls);
        }
        expectNone(g.problems, `${label}: console errors or failed requests during back/forward`);
      } finally {
        await g.close();
      }
    });

    for (const lang of ['zh-CN', 'en'] as const) {
      test.concurrent(`an invalid parameter shows the notice (${lang})`, async () => {
        const bad = `${pageUrl(site, lang)}?quarter=2026-Q9&bogus=1&channel=telepathy`;
        const label = labelFor(site, bad, lang);
        const g = await guardedContext(site);
        try {
          const page = await g.context.newPage();
          await load(page, bad);
          await waitForFilters(page, label);
          const notice = page.locator('[data-notices]');
          expect(await notice.isVisible(), `${label}: no visible notice for the ignored parameters`).toBe(true);
          const text = (await notice.textContent()) ?? '';
          for (const p of ['quarter', 'bogus', 'channel']) expect(text, `${label}: the notice does not name the ignored parameter "${p}"`).toContain(p);
          expect(await page.locator('main h1').count(), `${label}: the page lost its main content`).toBe(1);
          expectNone(g.problems, `${label}: console errors or failed requests on an invalid URL`);
        } finally {
          await g.close();
        }
      });
    }
  });
}
