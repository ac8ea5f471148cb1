/**
 * Print: the overview, the scorecards and (when they exist) the quarterly review pages print to A4
 * PDF with a sane page count and their headings, KPI names and chart titles in the text.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { expectNone } from './helpers/assert.ts';
import { disconnect, e2e } from './helpers/env.ts';
import { guardedContext, load } from './helpers/guard.ts';
import { discoverPages } from './helpers/pages.ts';
import { containsLoosely, hasPoppler, readPdf } from './helpers/pdf.ts';

afterAll(disconnect);

const MAX_PAGES = 12;
const site = e2e().sites.find((s) => s.base === '/')!;
const pages = discoverPages(site, { sample: 1 }).filter((p) => p.kind === 'overview' || p.kind === 'scorecards' || p.kind === 'review');

describe('print to A4 PDF', () => {
  for (const p of pages) {
    test.concurrent(p.label, async () => {
      expect(hasPoppler(), 'print check needs pdftotext/pdfinfo: apt-get install -y poppler-utils').toBe(true);
      const g = await guardedContext(site);
      try {
        const page = await g.context.newPage();
        await load(page, p.url);
        await page.emulateMedia({ media: 'print' });
        // What must survive printing: the h1, section and chart headings, KPI names, table headers (a
        // table clipped at the right edge of the paper loses its last columns' headers).
        const expected = await page.$$eval('main h1, main h2:not(.visually-hidden), main h3, main th', (els) =>
          // innerText keeps the line breaks inside a header cell ("Satisfaction⏎30%"): each line is looked for on its own.
          [...new Set(els.filter((e) => (e as HTMLElement).getClientRects().length > 0)
            .flatMap((e) => (e as HTMLElement).innerText.split('\n').map((t) => t.trim()))
            .filter((t) => t.length > 1))].slice(0, 60));
        const { pages: count, text } = readPdf(await page.pdf({ format: 'A4', printBackground: true }));
        expect(count, `${p.label}: printed A4 page count`).toBeGreaterThanOrEqual(1);
        expect(count, `${p.label}: printed A4 page count`).toBeLessThanOrEqual(MAX_PAGES);
        expect(expected.length, `${p.label}: nothing to look for in the print (no headings in main)`).toBeGreaterThan(0);
        expectNone(expected.filter((t) => !containsLoosely(text, t)), `${p.label}: headings/labels missing from the PDF text`);
        expectNone(g.problems, `${p.label}: console errors or failed requests`);
      } finally {
        await g.close();
      }
    });
  }
});
