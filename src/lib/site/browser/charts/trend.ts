/**
 * `trend`: a metric over time, one line per breakdown group or per metric (`also`). Its window is the
 * view's dates, the trailing four quarters (the overview), or every date with the view's period shaded.
 */
import { trendChart, trendTable } from '../../../../components/charts/trend.ts';
import { messagesFor, metricText } from '../../../../i18n/index.ts';
import type { Config } from '../../../config/index.ts';
import type { MetricContext } from '../../../metrics/context.ts';
import { quarterOf, quarterRange, shiftQuarter } from '../../../metrics/grain.ts';
import type { Grain } from '../../../metrics/grain.ts';
import { getMetric } from '../../../metrics/registry.ts';
import type { MetricRow } from '../../../metrics/types.ts';
import { trendFromRows } from '../../chart-data.ts';
import type { Grain as ViewGrain } from '../../url-state.ts';
import { periodLabel } from '../period-text.ts';
import { defineKind } from './kind.ts';
import type { ChartRequest } from './kind.ts';

const DAY = 864e5;
const addDays = (ymd: string, days: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The trend's grain for a request: the view's, else the card's default, else week. */
export const trendGrain = (req: ChartRequest): ViewGrain => req.viewGrain ?? req.params.grain ?? 'week';

/** The dates a trend covers: for 'trailing', the shown quarter and the three before it, as the overview prerenders; for 'all', every date. */
export function trendWindow(req: ChartRequest, ctx: MetricContext): { from?: string; to?: string } {
  const { from, to } = req.view.filter;
  if (req.params.window === 'all') return {};
  if (req.params.window === 'through') return { to };
  if (req.params.window !== 'trailing' || !from) return { from, to };
  return { from: quarterRange(shiftQuarter(quarterOf(from, ctx.config), -3), ctx.config).from, to };
}

/** The first day of a bucket key (`2026-07-06`, `2026-07`, `2026-Q3`). */
function bucketStart(bucket: string, config: Config): string {
  if (/^\d{4}-Q[1-4]$/.test(bucket)) return quarterRange(bucket, config).from;
  return /^\d{4}-\d{2}$/.test(bucket) ? `${bucket}-01` : bucket;
}

/** The first day of the bucket a date falls in. */
function bucketOf(ymd: string, grain: ViewGrain, config: Config): string {
  if (grain === 'day') return ymd;
  if (grain === 'month') return `${ymd.slice(0, 7)}-01`;
  if (grain === 'quarter') return quarterRange(quarterOf(ymd, config), config).from;
  const isoDow = ((new Date(`${ymd}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return addDays(ymd, -((isoDow - config.week_start + 7) % 7));
}

const HALF_BUCKET_DAYS: Record<ViewGrain, number> = { day: 0.5, week: 3.5, month: 15, quarter: 45 };

/** The shaded period of an 'all' window: the view's buckets, from half a bucket before the first point to half a bucket after the last. */
function highlightOf(req: ChartRequest, ctx: MetricContext, grain: ViewGrain) {
  const { from, to } = req.view.filter;
  if (!from || !to) return undefined;
  const half = HALF_BUCKET_DAYS[grain] * DAY;
  return {
    from: new Date(Date.parse(bucketOf(from, grain, ctx.config)) - half),
    to: new Date(Date.parse(bucketOf(to, grain, ctx.config)) + half),
    label: periodLabel(req.view, req.locale),
  };
}

const metricsOf = (req: ChartRequest) => [req.params.metric, ...(req.params.also ?? [])];

/** Metric rows over the window; with `also`, each metric's rows carry the metric id as their group. */
export const trend = defineKind<MetricRow[]>({
  async query(db, ctx, req) {
    const grain: Grain = trendGrain(req);
    const win = trendWindow(req, ctx);
    const ids = metricsOf(req);
    const runs = await Promise.all(ids.map((id) => getMetric(id, ctx.config).run(db, ctx, { filter: { ...req.view.dims, ...win }, grain, by: ids.length > 1 ? undefined : req.params.by })));
    let rows = ids.length > 1 ? runs.flatMap((rs, i) => rs.map((r) => ({ ...r, group: ids[i]! }))) : runs[0]!;
    // Deadlines can fall after the data's end: a bucket starting after it would be a partial one.
    if (req.params.window === 'all') rows = rows.filter((r) => bucketStart(r.bucket, ctx.config) <= ctx.asOf.local.slice(0, 10));
    // A three-day week at either end would read as a dip in volume.
    if (grain !== 'week' || !req.params.completeWeeks) return rows;
    return rows.filter((r) => (!win.from || r.bucket >= win.from) && (!win.to || addDays(r.bucket, 6) <= win.to));
  },
  render(rows, ctx, req, document) {
    const { metric, zero, width, height, maxTicks } = req.params;
    const grain = trendGrain(req);
    const m = messagesFor(req.locale);
    const multi = metricsOf(req).length > 1;
    const data = trendFromRows(rows, multi ? (id) => metricText(req.locale, id).name : undefined);
    const opts = {
      document, locale: req.locale, unit: getMetric(metric, ctx.config).unit, grain, yLabel: req.params.valueLabel ?? metricText(req.locale, metric).name, xLabel: m.grain[grain],
      ariaLabel: req.title, zero, interactive: req.interactive ?? true, width, height, maxTicks,
      target: req.params.target ? ctx.config.targets[metric] : undefined, minObservations: ctx.config.min_observations,
      highlight: req.params.window === 'all' ? highlightOf(req, ctx, grain) : undefined,
    };
    return { chart: trendChart(data, opts), table: trendTable(data, opts), empty: data.every((d) => d.value == null) };
  },
});
