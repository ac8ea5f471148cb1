/// <reference types="astro/client" />
/**
 * The lazily loaded half of the browser layer: reads the page plan, starts the engine with only the
 * columns the plan's queries name, renders the current view and then every `sp:viewchange`; while
 * the page sits idle after that, it warms the engine up (./warm-up.ts) and, for large tables, starts
 * a second engine that shares the statements of each view (`poolDb`).
 */
import { DEFAULT_LOCALE, toLocale } from '../../../i18n/locales.ts';
import type { Locale } from '../../../i18n/index.ts';
import { VIEW_CHANGE, currentView } from '../../../components/filters-client.ts';
import type { ViewState } from '../url-state.ts';
import { memoDb } from '../../db/memo-db.ts';
import type { Db } from '../../db/db.ts';
import { type PoolDb, poolDb } from '../../db/pool-db.ts';
import { bootWasm, loadContext, startEngine, startSpareEngine } from './engine.ts';
import type { Engine, WasmBoot } from './engine.ts';
import { planColumns, planPage, withKnownMetrics } from './plan.ts';
import { pageRenderer, viewQueries } from './runner.ts';
import { bindStatus } from './status.ts';
import type { Status } from './status.ts';
import { viewKey } from './view.ts';
import { warmUp, warmUpViews } from './warm-up.ts';
import { CHANNELS } from '../../config/types.ts';

/** The canonical query of the view every page is prerendered with: none. */
const PRERENDERED_VIEW = '';

const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/**
 * Hydrates the page: engine, first render of the URL's view, then one render per view change
 * (latest wins). `boot` is DuckDB-WASM already starting (./index.ts); without it, it starts here.
 */
export async function hydrate(doc: Document = document, status: Status = bindStatus(doc), boot?: WasmBoot): Promise<void> {
  let plan = planPage(doc);
  if (!doc.querySelector('[data-filters]') || (!plan.tiles.length && !plan.charts.length && !plan.scores.length)) {
    boot?.worker.terminate();
    return;
  }
  const root = doc.documentElement;
  const locale: Locale = toLocale(root.lang) ?? DEFAULT_LOCALE;
  status.set('loading');
  let ready: { render: ReturnType<typeof pageRenderer>; engines: PoolDb; queries: (db: Db) => ReturnType<typeof viewQueries>; spareFiles: Engine['spareFiles'] };
  try {
    const started = boot ?? bootWasm();
    const t0 = started.t0;
    root.dataset.engineStartMs = String(Math.round(t0));
    const needs = loadContext(import.meta.env.BASE_URL).then(async (ctx) => {
      plan = withKnownMetrics(plan, ctx);
      return { ctx, columns: await planColumns(plan, ctx) };
    });
    const engine = await startEngine(import.meta.env.BASE_URL, started, needs, (p) => status.progress(p));
    const { ctx } = engine;
    root.dataset.engineMs = String(Math.round(performance.now() - t0));
    for (const [phase, ms] of Object.entries(engine.phases)) root.setAttribute(`data-engine-${phase}-ms`, String(ms));
    const defaults = { ...plan.defaults, fiscalStartMonth: ctx.config.fiscal_year_start_month };
    const engines = poolDb(engine.db);
    const known = plan;
    ready = {
      render: pageRenderer(known, memoDb(engines), ctx, locale, doc, defaults, import.meta.env.BASE_URL),
      engines,
      queries: (db) => viewQueries(known, db, ctx, locale, defaults),
      spareFiles: engine.spareFiles,
    };
  } catch (error) {
    status.set('error', message(error));
    return;
  }

  let busy = false;
  let pending: ViewState | undefined;
  const drain = async () => {
    if (busy) return;
    busy = true;
    while (pending) {
      const view = pending;
      pending = undefined;
      const t = performance.now();
      try {
        const { queryMs, drawMs } = await ready.render(view);
        root.dataset.viewQueryMs = String(Math.round(queryMs));
        root.dataset.viewDrawMs = String(Math.round(drawMs));
      } catch (error) {
        status.set('error', message(error));
      }
      root.dataset.viewMs = String(Math.round(performance.now() - t));
      root.setAttribute('data-view-rendered', viewKey(view));
      root.setAttribute('data-view', viewKey(view));
    }
    busy = false;
  };
  const schedule = (view: ViewState) => {
    pending = view;
    void drain();
  };
  window.addEventListener(VIEW_CHANGE, (e) => schedule((e as CustomEvent<ViewState>).detail ?? currentView()));
  const first = currentView();
  // The build rendered this very view (no parameters) with the same SQL: nothing to re-query.
  if (viewKey(first) === PRERENDERED_VIEW) {
    root.setAttribute('data-view-rendered', PRERENDERED_VIEW);
    root.setAttribute('data-view', PRERENDERED_VIEW);
  } else {
    pending = first;
  }
  await drain();
  root.dataset.engineReadyAt = String(Math.round(performance.now()));
  if (root.dataset.engine === 'loading') status.set('ready');
  // Background work once interactive: warm the engine up, start a second one for large tables.
  const { engines, queries } = ready;
  const warm = (db: Db, stop: () => boolean) => warmUp((d, view) => queries(d)(view), warmUpViews(currentView(), CHANNELS), db, stop);
  // A second engine is warmed up before it joins, so no view ever waits on a cold one.
  const spare = async (files: NonNullable<Engine['spareFiles']>) => {
    root.dataset.engines = 'starting 2';
    try {
      const db = await startSpareEngine(files);
      await warm(db, () => false);
      engines.add(db);
    } catch {
      // the first engine carries on alone
    }
    root.dataset.engines = String(engines.size);
  };
  const w0 = performance.now();
  const second = ready.spareFiles && spare(ready.spareFiles);
  ready.spareFiles = undefined; // the copies are not held once handed over
  const warmed = await warm(engines, () => busy || pending !== undefined);
  root.dataset.warmUpMs = String(Math.round(performance.now() - w0));
  root.dataset.warmUp = busy || pending !== undefined ? `stopped after ${warmed}` : `done ${warmed}`;
  await second;
  root.dataset.settledMs = String(Math.round(performance.now() - w0));
}
