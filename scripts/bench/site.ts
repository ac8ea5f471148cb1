/**
 * Site benchmark for one ingested dataset: builds the site from that data into .cache/ (never dist/
 * or public/), serves it with `astro preview`, and measures in the system Chromium, cold:
 * time to the prerendered overview, bytes before first paint and in total, time to interactive
 * filters, re-query + re-render over 20 filter changes to views not shown before and back through them. Signals read from the DOM are those of
 * test/e2e/helpers/signals.ts.
 *
 * The build reads `public/data` under its working directory (src/pages/_build/load-manifest.ts uses
 * process.cwd()), so the bench builds from a site dir `.cache/bench-site-N/` whose `public/data`
 * holds the bench data, with an astro config that points `root` back at the project.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSite, previewSite } from '../../test/e2e/helpers/site-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/helpers/chromium.ts';
import { DB_READY, VIEW_ATTRIBUTE } from '../../test/e2e/helpers/signals.ts';

/** What the site bench measured (null when the site exposes no signal to measure it by). */
export interface SiteFigures {
  build_s: number;
  dist_mb: number;
  /** first contentful paint of the overview, cold (median of the cold loads), ms */
  prerendered_ms: number;
  bytes_before_paint: number;
  bytes_total: number;
  interactive_ms: number | null;
  /** filter changes to views not shown before: median and p90, ms */
  requery_median_ms: number | null;
  requery_p90_ms: number | null;
  /** filter changes back to views already shown (answered from memory): median, ms */
  revisit_median_ms: number | null;
  notes: string[];
}

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? dirSize(p) : s.size;
  }
  return total;
}

const READY_TIMEOUT_MS = 120_000;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)]! + (s[Math.ceil(i)]! - s[Math.floor(i)]!) * (i - Math.floor(i));
};

/** Records, inside the page, when the DB became ready and when each view finished rendering. */
const PROBE = `(() => {
  const w = window; w.__bench = { ready: null, views: [] };
  new MutationObserver(() => {
    const el = document.documentElement;
    if (w.__bench.ready == null && el.matches(${JSON.stringify(DB_READY)})) w.__bench.ready = performance.now();
    const v = el.getAttribute(${JSON.stringify(VIEW_ATTRIBUTE)});
    if (v != null) w.__bench.views.push({ v, t: performance.now() });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-db', ${JSON.stringify(VIEW_ATTRIBUTE)}] });
})();`;

interface ColdLoad { fcp: number; before: number; total: number; ready: number | null; engine: Record<string, number> }

/** The engine's timings, from the `data-engine-ms` (total) and `data-engine-<phase>-ms` attributes hydrate.ts sets on <html>. */
const ENGINE_PHASES = /^data-engine(?:-(.+))?-ms$/;

async function coldLoad(browser: Browser, url: string, readyTimeout: number): Promise<ColdLoad & { page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route((u) => !u.href.startsWith(new URL(url).origin), (r) => r.abort('blockedbyclient'));
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const done: { end: number; bytes: number }[] = [];
  page.on('requestfinished', (req) => {
    void req.sizes().then((s) => {
      const t = req.timing();
      done.push({ end: t.startTime + t.responseEnd, bytes: s.responseBodySize + s.responseHeadersSize });
    }).catch(() => undefined);
  });
  await page.goto(url, { waitUntil: 'load' });
  const ready = await page.waitForSelector(DB_READY, { state: 'attached', timeout: readyTimeout }).then(() => true, () => false);
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
  const t = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: (window as unknown as { __bench: { ready: number | null } }).__bench.ready,
    attrs: [...document.documentElement.attributes].map((a) => [a.name, a.value] as const),
  }));
  const engine = Object.fromEntries(t.attrs.flatMap(([name, value]) => {
    const m = ENGINE_PHASES.exec(name);
    const phase = m && (m[1] ?? 'total');
    return phase && value !== '' && !Number.isNaN(Number(value)) ? [[phase, Number(value)]] : [];
  }));
  const paintAt = t.origin + t.fcp;
  return {
    fcp: t.fcp,
    before: done.filter((d) => d.end <= paintAt).reduce((a, d) => a + d.bytes, 0),
    total: done.reduce((a, d) => a + d.bytes, 0),
    ready: ready ? t.ready : null,
    engine,
    page,
    close: () => context.close(),
  };
}

/**
 * A walk of filter changes through the UI in which every step reaches a view not seen before,
 * alternating the channel and the quarter select: `steps` pairs (select, value).
 */
export function freshWalk(channels: readonly string[], quarters: readonly string[], start: { channel: string; quarter: string }, steps: number): { select: string; value: string }[] {
  const seen = new Set([`${start.quarter}|${start.channel}`]);
  const at = { ...start };
  const walk: { select: string; value: string }[] = [];
  for (let i = 0; walk.length < steps && i < steps * 4; i++) {
    const byChannel = walk.length % 2 === 0;
    const options = byChannel ? channels : quarters;
    const next = options.find((v) => !seen.has(byChannel ? `${at.quarter}|${v}` : `${v}|${at.channel}`));
    if (next === undefined) break;
    if (byChannel) at.channel = next;
    else at.quarter = next;
    seen.add(`${at.quarter}|${at.channel}`);
    walk.push({ select: byChannel ? '#f-channel' : '#f-quarter', value: next });
  }
  return walk;
}

/** Chooses `value` in `select` and returns the ms from the change to the page's "view rendered" signal. */
async function timeChange(page: Page, select: string, value: string): Promise<number> {
  const t0 = await page.evaluate(() => performance.now());
  await page.selectOption(select, value);
  const want = new URL(page.url()).search.replace(/^\?/, '');
  await page.waitForFunction(([attr, v]) => document.documentElement.getAttribute(attr!) === v, [VIEW_ATTRIBUTE, want], { timeout: 60_000 });
  const t1 = await page.evaluate((v) => {
    const views = (window as unknown as { __bench: { views: { v: string; t: number }[] } }).__bench.views;
    return views.filter((x) => x.v === v).pop()?.t ?? performance.now();
  }, want);
  return t1 - t0;
}

/**
 * Filter changes through the UI: `changes` that each reach a view the page has not shown before
 * (every query runs in DuckDB-WASM), then the walk undone step by step back to its second view,
 * through views already shown (answered from memory).
 */
async function requery(page: Page, changes = 20): Promise<{ fresh: number[]; revisit: number[]; byChannel: number[]; byQuarter: number[] }> {
  const values = (sel: string) => page.$$eval(`${sel} option`, (os) => os.map((o) => (o as HTMLOptionElement).value));
  const current = (sel: string) => page.$eval(sel, (el) => (el as HTMLSelectElement).value);
  const start = { channel: await current('#f-channel'), quarter: await current('#f-quarter') };
  const walk = freshWalk(await values('#f-channel'), (await values('#f-quarter')).filter(Boolean), start, changes);
  const fresh: number[] = [];
  const undo: { select: string; value: string }[] = [];
  for (const step of walk) {
    undo.push({ select: step.select, value: await current(step.select) });
    fresh.push(await timeChange(page, step.select, step.value));
  }
  const revisit: number[] = [];
  for (const step of undo.slice(1).reverse()) revisit.push(await timeChange(page, step.select, step.value));
  const by = (select: string) => fresh.filter((_, i) => walk[i]!.select === select);
  return { fresh, revisit, byChannel: by('#f-channel'), byQuarter: by('#f-quarter') };
}

/** Builds the site from `dataDir` (an ingest's output) and measures it; `label` names the cache dirs. */
export async function benchSite(o: { root: string; dataDir: string; label: string; coldLoads?: number; log?: (s: string) => void }): Promise<SiteFigures> {
  const log = o.log ?? (() => undefined);
  const notes: string[] = [];
  const siteDir = resolve(o.root, '.cache', `bench-site-${o.label}`);
  const outDir = join(siteDir, 'dist');
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'public'), { recursive: true });
  cpSync(resolve(o.root, 'public'), join(siteDir, 'public'), { recursive: true, filter: (src) => !src.includes(`${join('public', 'data')}`) });
  cpSync(resolve(o.root, o.dataDir), join(siteDir, 'public', 'data'), { recursive: true });
  const configFile = join(siteDir, 'astro.config.mjs');
  // astro resolves --config relative to --root.
  const config = relative(resolve(o.root), configFile);
  writeFileSync(configFile, `import project from ${JSON.stringify(resolve(o.root, 'astro.config.mjs'))};\nexport default { ...project, root: ${JSON.stringify(o.root)}, publicDir: ${JSON.stringify(join(siteDir, 'public'))} };\n`);

  log(`building the site from ${o.dataDir} into ${outDir}`);
  const t0 = performance.now();
  await buildSite({ root: resolve(o.root), base: '/', outDir, cwd: siteDir, config });
  const build_s = (performance.now() - t0) / 1000;
  const dist_mb = dirSize(outDir) / 1e6;

  const preview = await previewSite({ root: resolve(o.root), base: '/', outDir, cwd: siteDir, config });
  try {
    const loads: ColdLoad[] = [];
    let requeryTimes: Awaited<ReturnType<typeof requery>> | null = null;
    for (let i = 0; i < (o.coldLoads ?? 3); i++) {
      log(`cold load ${i + 1}`);
      // A browser of its own per load: nothing cached, and no earlier page still being torn down.
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
      const l = await coldLoad(browser, `${preview.origin}/`, READY_TIMEOUT_MS);
      loads.push(l);
      if (l.ready != null && !requeryTimes) {
        try {
          // A reader looks at the page before filtering: the walk starts once the page has settled
          // (engine warmed up, and for large tables a second engine started and warmed up).
          const settled = await l.page.waitForSelector('html[data-settled-ms]', { state: 'attached', timeout: 60_000 }).then(() => l.page.evaluate(() => ({ ...document.documentElement.dataset })), () => undefined);
          notes.push(settled
            ? `the filter walk starts once the page has settled, ${settled.settledMs} ms after interactive (warm-up ${settled.warmUp} in ${settled.warmUpMs} ms; engines: ${settled.engines ?? '1'})`
            : 'the filter walk starts without the page having settled (no data-settled-ms within 60 s)');
          requeryTimes = await requery(l.page);
          const ms = (xs: number[]) => (xs.length ? `${Math.round(quantile(xs, 0.5))} ms` : 'n/a');
          notes.push(`new views: channel changed (every tile re-queried) median ${ms(requeryTimes.byChannel)}, quarter changed (sparklines from memory) median ${ms(requeryTimes.byQuarter)}`);
        } catch (e) { notes.push(`re-query not measured: no <html ${VIEW_ATTRIBUTE}> signal after a filter change (${(e as Error).message.split('\n')[0]})`); }
      }
      await l.close();
      await browser.close();
      if (l.ready == null) notes.push(`cold load ${i + 1}: filters not interactive (no ${DB_READY}) within ${READY_TIMEOUT_MS / 1000} s`);
    }
    const ready = loads.filter((l) => l.ready != null);
    const med = (f: (l: ColdLoad) => number) => quantile(loads.map(f), 0.5);
    const phases = [...new Set(ready.flatMap((l) => Object.keys(l.engine)))];
    if (phases.length) notes.push(`engine timings, median of ${ready.length} cold loads (start: hydration start after navigation; total: engine ready after hydration start; other phases: after the engine's start), ms: ${phases.map((p) => `${p} ${Math.round(quantile(ready.filter((l) => p in l.engine).map((l) => l.engine[p]!), 0.5))}`).join(', ')}`);
    return {
      build_s, dist_mb,
      prerendered_ms: med((l) => l.fcp),
      bytes_before_paint: med((l) => l.before),
      bytes_total: med((l) => l.total),
      interactive_ms: ready.length ? quantile(ready.map((l) => l.ready!), 0.5) : null,
      requery_median_ms: requeryTimes?.fresh.length ? quantile(requeryTimes.fresh, 0.5) : null,
      requery_p90_ms: requeryTimes?.fresh.length ? quantile(requeryTimes.fresh, 0.9) : null,
      revisit_median_ms: requeryTimes?.revisit.length ? quantile(requeryTimes.revisit, 0.5) : null,
      notes: [...new Set(notes)],
    };
  } finally {
    await preview.stop();
  }
}
