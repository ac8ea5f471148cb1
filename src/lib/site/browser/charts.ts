/**
 * The chart kinds a page can ask the browser to re-render (`data-chart-id` on a Chart card), each a
 * metric query plus the same pure chart function the page prerendered with.
 */
import { barChart, barTable } from '../../../components/charts/bars.ts';
import { trendChart, trendTable } from '../../../components/charts/trend.ts';
import { messagesFor, metricText } from '../../../i18n/index.ts';
import type { Locale, ValueUnit } from '../../../i18n/index.ts';
import type { Db } from '../../db/db.ts';
import type { MetricContext } from '../../metrics/context.ts';
import type { Dimension } from '../../metrics/filter.ts';
import { quarterOf, quarterRange, shiftQuarter } from '../../metrics/grain.ts';
import type { Grain } from '../../metrics/grain.ts';
import { getMetric } from '../../metrics/registry.ts';
import type { MetricRow } from '../../metrics/types.ts';
import { barsFromRows, trendFromRows } from '../chart-data.ts';
import type { Grain as ViewGrain } from '../url-state.ts';
import type { ViewQuery } from './view.ts';

/** Parameters of a chart card (`data-chart-params`, JSON). */
export interface ChartParams {
  metric: string;
  /** default time grain; the view's grain wins */
  grain?: ViewGrain;
  /** breakdown dimension (bars, or one line per group) */
  by?: Dimension;
  /**
   * 'trailing': the shown quarter and the three before it (the overview); 'through': everything up
   * to the end of the view's dates (drill-down trends); default: the view's dates
   */
  window?: 'trailing' | 'through' | 'range';
  /** week grain: drop the partial weeks at either end of the window */
  completeWeeks?: boolean;
  /** draw the metric's configured target */
  target?: boolean;
  /** counts from zero */
  zero?: boolean;
  /** drawing size and x tick count, when the card is not full width */
  width?: number;
  height?: number;
  maxTicks?: number;
}

/** Everything a chart kind needs to query and draw. */
export interface ChartRequest {
  params: ChartParams;
  view: ViewQuery;
  viewGrain?: ViewGrain;
  locale: Locale;
  /** accessible name: the card's heading */
  title: string;
}

/** One chart kind: query, then draw and tabulate the result. */
export interface ChartKind {
  query(db: Db, ctx: MetricContext, req: ChartRequest): Promise<MetricRow[]>;
  render(rows: MetricRow[], ctx: MetricContext, req: ChartRequest, document: Document): { chart: Element; table: Element; empty: boolean };
}

const addDays = (ymd: string, days: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);

/** The dates a trend covers: for 'trailing', the shown quarter and the three before it, as the overview prerenders. */
export function trendWindow(req: ChartRequest, ctx: MetricContext): { from?: string; to?: string } {
  const { from, to } = req.view.filter;
  if (req.params.window === 'through') return { to };
  if (req.params.window !== 'trailing' || !from) return { from, to };
  return { from: quarterRange(shiftQuarter(quarterOf(from, ctx.config), -3), ctx.config).from, to };
}

const unitOf = (id: string, ctx: MetricContext): ValueUnit => getMetric(id, ctx.config).unit;

const trend: ChartKind = {
  async query(db, ctx, req) {
    const grain: Grain = req.viewGrain ?? req.params.grain ?? 'week';
    const win = trendWindow(req, ctx);
    const rows = await getMetric(req.params.metric, ctx.config).run(db, ctx, { filter: { ...req.view.dims, ...win }, grain, by: req.params.by });
    // A three-day week at either end would read as a dip in volume.
    if (grain !== 'week' || !req.params.completeWeeks) return rows;
    return rows.filter((r) => (!win.from || r.bucket >= win.from) && (!win.to || addDays(r.bucket, 6) <= win.to));
  },
  render(rows, ctx, req, document) {
    const { metric, zero, width, height, maxTicks } = req.params;
    const grain = req.viewGrain ?? req.params.grain ?? 'week';
    const m = messagesFor(req.locale);
    const data = trendFromRows(rows);
    const yLabel = metricText(req.locale, metric).name;
    const opts = { document, locale: req.locale, unit: unitOf(metric, ctx), grain, yLabel, xLabel: m.grain[grain], ariaLabel: req.title, zero, interactive: true, width, height, maxTicks,
      target: req.params.target ? ctx.config.targets[metric] : undefined, minObservations: ctx.config.min_observations };
    return { chart: trendChart(data, opts), table: trendTable(data, opts), empty: data.every((d) => d.value == null) };
  },
};

const bars: ChartKind = {
  query(db, ctx, req) {
    return getMetric(req.params.metric, ctx.config).run(db, ctx, { filter: req.view.filter, grain: 'all', by: req.params.by ?? 'team' });
  },
  render(rows, ctx, req, document) {
    const { metric } = req.params;
    const data = barsFromRows(rows);
    const opts = { document, locale: req.locale, unit: unitOf(metric, ctx), valueLabel: metricText(req.locale, metric).name, ariaLabel: req.title, interactive: true,
      target: req.params.target ? ctx.config.targets[metric] : undefined, minObservations: ctx.config.min_observations };
    return { chart: barChart(data, opts), table: barTable(data, opts), empty: data.every((d) => d.value == null) };
  },
};

/** Chart kinds by `data-chart-id`. */
export const CHART_KINDS: Readonly<Record<string, ChartKind>> = { trend, bars };
