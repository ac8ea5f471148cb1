/**
 * Accessibility: axe-core finds no serious or critical violation on any page (both languages, base
 * `/`; the base path changes no markup), and Tab alone reaches every filter control and the
 * copy-link button.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { expectNone } from './helpers/assert.ts';
import { disconnect, e2e } from './helpers/env.ts';
import { guardedContext, load } from './helpers/guard.ts';
import { discoverPages } from './helpers/pages.ts';
import { axeViolations, describeViolation } from './helpers/axe.ts';
import { waitForFilters } from './helpers/signals.ts';

afterAll(disconnect);

const site = e2e().sites.find((s) => s.base === '/')!;
const pages = discoverPages(site);

describe('axe-core: no serious or critical violations', () => {
  for (const p of pages) {
    test.concurrent(p.label, async () => {
      const g = await guardedContext(site);
      try {
        const page = await g.context.newPage();
        await load(page, p.url);
        const found = await axeViolations(page);
        expectNone(found.map(describeViolation), `${p.label}: serious/critical accessibility violations`);
      } finally {
        await g.close();
      }
    });
  }
});

describe('keyboard: Tab reaches every filter and the copy-link button', () => {
  for (const p of pages.filter((x) => x.kind === 'overview' || x.kind === 'scorecards')) {
    test.concurrent(p.label, async () => {
      const g = await guardedContext(site);
      try {
        const page = await g.context.newPage();
        await load(page, p.url);
        await waitForFilters(page, p.label);
        // Every visible, enabled control of the filters bar, named by id, name or data attribute.
        const wanted = await page.$$eval('[data-filters] select, [data-filters] input, [data-filters] button, [data-copy-link]', (els) => [...new Set(els
          .filter((el) => (el as HTMLElement).getClientRects().length > 0 && !(el as HTMLButtonElement).disabled)
          .map((el) => el.id || el.getAttribute('name') || [...el.attributes].find((a) => a.name.startsWith('data-'))?.name || el.outerHTML.slice(0, 60)))]);
        expect(wanted, `${p.label}: no copy-link button ([data-copy-link]) in the filters bar`).toContain('data-copy-link');
        const reached = new Set<string>();
        await page.locator('body').click({ position: { x: 1, y: 1 } }).catch(() => undefined);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let i = 0; i < 120 && reached.size < wanted.length; i++) {
          await page.keyboard.press('Tab');
          const name = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return '';
            return el.id || el.getAttribute('name') || [...el.attributes].find((a) => a.name.startsWith('data-'))?.name || el.outerHTML.slice(0, 60);
          });
          if (wanted.includes(name)) reached.add(name);
        }
        expectNone(wanted.filter((w) => !reached.has(w)), `${p.label}: filter controls Tab never reaches`);
      } finally {
        await g.close();
      }
    });
  }
});
