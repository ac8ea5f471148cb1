/**
 * Browser entry (the one `<script>` hook in Base.astro). Right after the first contentful paint (or
 * the `load` event, whichever comes first) it imports ./hydrate.ts, which starts DuckDB-WASM in a
 * Web Worker (booted from the small ./engine.ts chunk alongside), attaches the build's
 * `data/<table>.duckdb.gz.bin` for each table the page's queries name, and re-renders the page in
 * place for the URL's view and after every `sp:viewchange`. Nothing heavy is fetched before first
 * paint.
 *
 * Page contract — a page hydrates when its markup carries these (KpiTile.astro and Chart.astro
 * write them; a page only passes props):
 *
 * - Filters bar (`Base filters`): `[data-filters]` with `data-default-quarter` — the quarter the
 *   page prerendered when the URL names no dates. Pages without it are left static.
 * - KPI tile: `<article data-kpi="<metric id>" data-unit data-noun data-target
 *   data-lower-is-better data-min-observations>` holding `.kpi-value[data-metric][data-value]`,
 *   `.kpi-badge`, `.kpi-denominator`, `.kpi-delta`, `.kpi-spark`. The tile is recomputed for the
 *   view: value (headline over the view's period), Δ vs the previous quarter (quarter views only),
 *   denominator, sparkline by quarter with the view's dimension filters.
 * - Chart card: `<section data-chart-id="<kind>" data-chart-params='{"metric":…}'>` with
 *   `.chart-body` and `.chart-table .table-scroll` (Chart.astro's `chart={{ kind, params }}` prop;
 *   a kind that draws a table, such as `comments`, has no `.chart-table`). Kinds are registered in
 *   ./charts.ts and live in ./charts/; params are `ChartParams`. The build prerenders the card
 *   through the same kind. A heading or `.chart-note` with `data-text-template` ("… {period}",
 *   "by {grain}") is refilled for each view; after every render the card carries
 *   `data-rendered-view="<canonical query>"`, and `data-error="<metric>"` or `data-empty`.
 * - Drill-down scope: `data-team` / `data-agent` on the value element, the card or any ancestor
 *   adds that team/agent to the view's filter (as `npm run report --team` would).
 *
 * Signals: `<html data-engine="loading|ready|error">` (also `data-db`), and after every re-render
 * `<html data-view-rendered="<canonical query>">` (also `data-view`), `data-view-ms`, `data-engine-ms`.
 * Once the background work after hydration is over (warm-up, and for large tables a second
 * engine): `data-warm-up="done N|stopped after N"`, `data-engines`, `data-settled-ms`.
 */

/** Schedules hydration after first paint; idempotent. */
export function startHydration(): void {
  const root = document.documentElement;
  if (root.dataset.hydration) return;
  root.dataset.hydration = 'scheduled';
  // The small engine chunk is fetched now, so the wasm boot can start the moment the page has painted.
  const engine = hydrates(document) ? import('./engine.ts') : undefined;
  const go = () => {
    root.dataset.hydration = 'started';
    // The wasm compile is the engine's longest step: start it from the small engine chunk while
    // the rendering code (Plot, the metric modules) loads.
    const boot = engine ? engine.then((m) => m.bootWasm()) : Promise.resolve(undefined);
    Promise.all([import('./hydrate.ts'), boot]).then(([m, b]) => m.hydrate(document, undefined, b)).catch(() => {
      root.dataset.engine = 'error';
      root.dataset.db = 'error';
    });
  };
  // As soon as the page has painted (the engine's wasm compile is the longest step, so start it
  // early), or at the `load` event where paint timing is not reported; whichever comes first.
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    setTimeout(go, 0);
  };
  afterFirstPaint(once);
  if (document.readyState === 'complete') once();
  else window.addEventListener('load', once, { once: true });
}

/** Whether the page has a filters bar and something the engine re-renders (hydrate.ts decides for good). */
function hydrates(doc: Document): boolean {
  return doc.querySelector('[data-filters]') != null && doc.querySelector('[data-kpi], [data-chart-id], [data-score-block]') != null;
}

/** Calls `fn` once the first contentful paint has happened (at once if it already has). */
function afterFirstPaint(fn: () => void): void {
  if (!('PerformanceObserver' in window) || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
    observer.disconnect();
    fn();
  });
  observer.observe({ type: 'paint', buffered: true });
}
