/**
 * Re-query and re-render for one view: every tile (headline, previous quarter, quarterly sparkline)
 * and every chart of the page plan, through the same metric modules the build used.
 */
import type { Locale } from '../../../i18n/index.ts';
import type { Db } from '../../db/db.ts';
import type { MetricContext } from '../../metrics/context.ts';
import type { Dimension, MetricFilter } from '../../metrics/filter.ts';
import { shiftQuarter } from '../../metrics/grain.ts';
import type { Grain } from '../../metrics/grain.ts';
import { getMetric } from '../../metrics/registry.ts';
import { headline } from '../../metrics/run.ts';
import type { MetricRow } from '../../metrics/types.ts';
import type { ViewState } from '../url-state.ts';
import { CHART_KINDS } from './charts.ts';
import type { ChartRequest } from './charts.ts';
import type { ChartPlan, PagePlan, TilePlan } from './plan.ts';
import { renderAlerts, renderPeriod } from './page-head.ts';
import { cardTexts } from './period-text.ts';
import { renderCardView, renderChart, renderChartError, renderTile, renderTileError } from './render.ts';
import type { TileResult } from './render.ts';
import { renderQuarterTexts } from '../quarter-texts.ts';
import { renderScore, renderScoreError, scoreQuarter, scorecardRunner, scoreResult } from './scores.ts';
import { viewKey, viewQuery } from './view.ts';
import type { ViewDefaults } from './view.ts';

/**
 * Runs metrics on a `Db` by metric id. The page's `Db` answers repeated statements from memory
 * (`memoDb`), so moving between quarters re-runs only what changed.
 */
export function metricRunner(db: Db, ctx: MetricContext) {
  return (metric: string, filter: MetricFilter, grain: Grain, by?: Dimension): Promise<MetricRow[]> =>
    getMetric(metric, ctx.config).run(db, ctx, { filter, grain, by });
}

type Run = ReturnType<typeof metricRunner>;

/**
 * Metrics whose SQL buckets on the very column it filters the date range on (`keysSql` and
 * `ticketsWhere`/`surveysWhere`/`dateRangeSql` on one column), so a quarter's row of the quarterly
 * series is exactly the headline over that quarter's dates. Backlog (point in time) and 360 scores
 * are not among them. Checked against the direct query in test/lib/site/browser/runner.test.ts.
 */
export const QUARTER_ROW_IS_HEADLINE: ReadonlySet<string> = new Set([
  'csat', 'csat_mean', 'survey_response_rate', 'frt_median', 'frt_p90', 'frt_bh_median', 'frt_bh_p90',
  'resolution_median', 'resolution_p90', 'resolution_bh_median', 'resolution_bh_p90',
  'sla_frt_attainment', 'sla_resolution_attainment', 'complaint_timeliness', 'fcr', 'reopen_rate', 'volume',
]);

const rowOf = (rows: readonly MetricRow[], bucket: string): MetricRow => headline(rows.filter((r) => r.bucket === bucket));

/** A tile's numbers for a view: value and n, change against the previous quarter, sparkline by quarter. */
export async function tileResult(run: Run, ctx: MetricContext, tile: TilePlan, view: ViewState, defaults: ViewDefaults): Promise<TileResult> {
  const q = viewQuery(view, defaults, tile.scope);
  const series = run(tile.metric, q.dims, 'quarter');
  // One cached quarterly query serves the sparkline, the quarter and the one before it.
  const fromSeries = q.quarter !== undefined && QUARTER_ROW_IS_HEADLINE.has(tile.metric);
  const [now, before] = await Promise.all([
    fromSeries ? series.then((rows) => rowOf(rows, q.quarter!)) : run(tile.metric, q.filter, 'all').then(headline),
    !q.previous ? undefined : fromSeries ? series.then((rows) => rowOf(rows, shiftQuarter(q.quarter!, -1))) : run(tile.metric, q.previous, 'all').then(headline),
  ]);
  const rows = await series;
  return {
    value: now.value,
    n: now.n,
    unit: tile.unit ?? getMetric(tile.metric, ctx.config).unit,
    target: tile.target ?? ctx.config.targets[tile.metric],
    delta: now.value != null && before?.value != null ? now.value - before.value : null,
    spark: rows.map((r) => ({ date: r.bucket, value: r.value })),
  };
}

/** The chart request of a chart card for a view. */
export function chartRequest(chart: ChartPlan, view: ViewState, defaults: ViewDefaults, locale: Locale): ChartRequest {
  const q = viewQuery(view, defaults, chart.scope);
  return { params: chart.params, view: q, viewGrain: view.grain, locale, title: cardTexts(chart.el, q, view.grain ?? chart.params.grain, locale).title ?? chart.title };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

/**
 * Everything a page's blocks need from the engine for a view, each block settled on its own; no
 * DOM is written. The renderer draws from it; the warm-up runs it for views nobody asked for yet.
 */
export function viewQueries(plan: PagePlan, db: Db, ctx: MetricContext, locale: Locale, defaults: ViewDefaults) {
  const run = metricRunner(db, ctx);
  const cards = scorecardRunner(db, ctx);
  return async (view: ViewState) => {
    // Every block's statements are sent at once, so engines in a pool (poolDb) share them out.
    const tiles = Promise.all(plan.tiles.map((t) => settle(tileResult(run, ctx, t, view, defaults))));
    const charts = Promise.all(plan.charts.map((c) => {
      const req = chartRequest(c, view, defaults, locale);
      return settle(CHART_KINDS[c.kind]!.query(db, ctx, req).then((rows) => ({ rows, req })));
    }));
    const quarter = plan.scores.length ? scoreQuarter(view, defaults, ctx) : undefined;
    const scores = Promise.all(plan.scores.map((sc) => (quarter ? settle(scoreResult(cards, db, ctx, sc, view, defaults, quarter)) : undefined)));
    return { tiles: await tiles, charts: await charts, quarter, scores: await scores };
  };
}

/** Re-renders a page for views; each call queries everything first, then writes the DOM in one go (timings returned). */
export function pageRenderer(plan: PagePlan, db: Db, ctx: MetricContext, locale: Locale, doc: Document, defaults: ViewDefaults, base = '/') {
  const query = viewQueries(plan, db, ctx, locale, defaults);
  return async (view: ViewState): Promise<{ queryMs: number; drawMs: number }> => {
    const t0 = performance.now();
    const { tiles, charts, quarter, scores } = await query(view);
    const t1 = performance.now();
    plan.tiles.forEach((tile, i) => {
      const r = tiles[i]!;
      if (r.ok) renderTile(tile, r.value, locale, doc);
      else renderTileError(tile, r.error, locale);
    });
    // A page of scorecards alone names the quarter they are from; elsewhere the period is the view's.
    const onlyScores = quarter && !plan.tiles.length && !plan.charts.length;
    renderPeriod(doc, viewQuery(onlyScores ? { ...view, quarter, from: undefined, to: undefined } : view, defaults), locale);
    if (quarter) renderQuarterTexts(doc, locale, quarter);
    plan.scores.forEach((sc, i) => {
      const r = scores[i];
      if (!r) return;
      try {
        if (!r.ok) throw r.error;
        renderScore(sc, r.value, ctx, locale, doc, base, quarter!);
      } catch (error) {
        renderScoreError(sc, error, locale, doc);
      }
    });
    renderAlerts(doc, plan.tiles.flatMap((tile, i) => { const r = tiles[i]!; return r.ok ? [{ tile, result: r.value }] : []; }), locale);
    plan.charts.forEach((chart, i) => {
      const r = charts[i]!;
      try {
        if (!r.ok) throw r.error;
        const out = CHART_KINDS[chart.kind]!.render(r.value.rows, ctx, r.value.req, doc);
        renderChart(chart.el, out.chart, out.table, out.empty, out.note);
      } catch (error) {
        renderChartError(chart.el, chart.params.metric, error, locale, doc);
      }
      renderCardView(chart.el, chartRequest(chart, view, defaults, locale), viewKey(view));
    });
    return { queryMs: t1 - t0, drawMs: performance.now() - t1 };
  };
}
