/**
 * Build-time only: the overview's numbers for the default view (the data's latest quarter, all
 * teams and channels), computed with the metric layer on native DuckDB — the same definitions and
 * filters `npm run report --quarter` uses, so `data-value` equals the report.
 */
import path from 'node:path';
import { openDataset } from '../../../scripts/lib/db-native.ts';
import { getMetric, headline, quarterOf, quarterRange, shiftQuarter } from '../../lib/metrics/index.ts';
import type { MetricRow, MetricUnit } from '../../lib/metrics/index.ts';
import type { DenominatorKey } from '../../i18n/index.ts';

/** The KPIs on the overview, in display order, with the noun their denominator counts. */
export const OVERVIEW_KPIS: readonly { id: string; noun: DenominatorKey }[] = [
  { id: 'csat', noun: 'rated' },
  { id: 'sla_frt_attainment', noun: 'due' },
  { id: 'frt_median', noun: 'tickets' },
  { id: 'resolution_median', noun: 'tickets' },
  { id: 'complaint_timeliness', noun: 'complaints' },
  { id: 'fcr', noun: 'resolved' },
  { id: 'reopen_rate', noun: 'resolved' },
  { id: 'survey_response_rate', noun: 'resolved' },
];

/** One KPI tile's numbers. */
export interface TileData {
  id: string;
  unit: MetricUnit;
  higherIsBetter: boolean;
  value: number | null;
  n: number;
  noun: DenominatorKey;
  target?: number;
  /** change against the previous quarter; null when either quarter has no value */
  delta: number | null;
  /** the metric per quarter, for the sparkline */
  spark: { date: string; value: number | null }[];
}

/** Everything the overview prerenders. */
export interface OverviewData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  tiles: TileData[];
  volume: MetricRow[];
  backlog: MetricRow[];
  /** team and agent names in the data, for the filter lists */
  teams: string[];
  agents: string[];
}

const addDays = (ymd: string, days: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);

let cached: Promise<OverviewData> | undefined;

/** The overview data, computed once per build however many pages ask. */
export function overviewData(dir = path.join(process.cwd(), 'public', 'data')): Promise<OverviewData> {
  cached ??= load(dir);
  return cached;
}

async function load(dir: string): Promise<OverviewData> {
  const { db, ctx } = await openDataset(dir);
  try {
    const quarter = quarterOf(ctx.asOf.local.slice(0, 10), ctx.config);
    const previous = shiftQuarter(quarter, -1);
    const range = quarterRange(quarter, ctx.config);
    const prevRange = quarterRange(previous, ctx.config);
    const tiles: TileData[] = [];
    for (const { id, noun } of OVERVIEW_KPIS) {
      const def = getMetric(id, ctx.config);
      const now = headline(await def.run(db, ctx, { filter: range, grain: 'all' }));
      const before = headline(await def.run(db, ctx, { filter: prevRange, grain: 'all' }));
      const series = await def.run(db, ctx, { grain: 'quarter' });
      tiles.push({
        id, unit: def.unit, higherIsBetter: def.higherIsBetter, value: now.value, n: now.n, noun,
        target: ctx.config.targets[id],
        delta: now.value != null && before.value != null ? now.value - before.value : null,
        spark: series.map((r) => ({ date: r.bucket, value: r.value })),
      });
    }
    const trendFrom = quarterRange(shiftQuarter(quarter, -3), ctx.config).from;
    // Drop the partial weeks at either end: a three-day week would read as a dip in volume.
    const volume = (await getMetric('volume', ctx.config).run(db, ctx, { filter: { from: trendFrom, to: range.to }, grain: 'week' }))
      .filter((r) => r.bucket >= trendFrom && addDays(r.bucket, 6) <= range.to);
    const backlog = await getMetric('backlog', ctx.config).run(db, ctx, { filter: { from: trendFrom, to: range.to }, grain: 'week' });
    const names = async (col: 'team' | 'agent') =>
      (await db.query<{ v: string }>(`SELECT DISTINCT ${col} AS v FROM tickets WHERE ${col} IS NOT NULL ORDER BY 1`, `overview ${col} list`)).map((r) => r.v);
    return { quarter, previous, ...range, tiles, volume, backlog, teams: await names('team'), agents: await names('agent') };
  } finally {
    await db.close();
  }
}
