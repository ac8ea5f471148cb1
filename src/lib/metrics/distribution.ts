import { type Db, runQuery } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import type { Dimension, MetricFilter } from './filter.ts';
import { DURATION_SPECS, type DurationMeasure } from './durations.ts';
import { keysSql, ticketsWhere } from './sources.ts';

/** Log-spaced bin edges in minutes (1-2-5 per decade, 1 minute to 10 weeks); a last open bin holds the rest. */
export const BIN_EDGES: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];

/** One histogram bin: [lo, hi) minutes (hi null: open-ended), its count and share of the group. */
export interface DistributionBin {
  lo: number;
  hi: number | null;
  count: number;
  share: number;
}

/** One ECDF point: the share of observations at or below `minutes`. */
export interface EcdfPoint {
  minutes: number;
  share: number;
}

/** The distribution of one group (null without a breakdown). */
export interface Distribution {
  group: string | null;
  n: number;
  bins: DistributionBin[];
  ecdf: EcdfPoint[];
}

/** Options of `responseTimeDistribution`. */
export interface DistributionQuery {
  filter?: MetricFilter;
  by?: Dimension;
  /** which duration (default first response, calendar minutes) */
  measure?: DurationMeasure;
  /** at most this many ECDF points per group, the last one always kept (default 200) */
  maxPoints?: number;
}

const binCase = (x: string) => `CASE ${BIN_EDGES.map((e, i) => `WHEN ${x} < ${e} THEN ${i}`).join(' ')} ELSE ${BIN_EDGES.length} END`;

/**
 * SQL for the histogram: `group, bin, count` over one duration. Bins are [0,1), [1,2), [2,5) … minutes.
 * Grain: the whole filtered period (the duration's date column: created for first response,
 * resolved for resolution). Exclusions as the quantile metrics: null and negative durations.
 */
export function distributionBinsSql(ctx: MetricContext, q: DistributionQuery = {}): string {
  const spec = DURATION_SPECS[q.measure ?? 'frt'];
  const x = `t.${spec.column}`;
  return `SELECT ${keysSql(ctx, { by: q.by }, spec.dateColumn)}, ${binCase(x)} AS bin, CAST(count(*) AS DOUBLE) AS count
${ticketsWhere(q.filter, spec.dateColumn)} AND ${x} IS NOT NULL AND ${x} >= 0
GROUP BY 1, 2, 3 ORDER BY 2 NULLS FIRST, 3`;
}

/** SQL for ECDF points `group, minutes, cum, total`, thinned to at most `maxPoints` per group. */
export function distributionEcdfSql(ctx: MetricContext, q: DistributionQuery = {}): string {
  const spec = DURATION_SPECS[q.measure ?? 'frt'];
  const x = `t.${spec.column}`;
  const max = Math.max(2, Math.floor(q.maxPoints ?? 200));
  return `WITH c AS (
  SELECT ${keysSql(ctx, { by: q.by }, spec.dateColumn)}, ${x} AS minutes, count(*) AS k
  ${ticketsWhere(q.filter, spec.dateColumn)} AND ${x} IS NOT NULL AND ${x} >= 0
  GROUP BY 1, 2, 3
), e AS (
  SELECT "group", minutes, sum(k) OVER (PARTITION BY "group" ORDER BY minutes) AS cum, sum(k) OVER (PARTITION BY "group") AS total,
    row_number() OVER (PARTITION BY "group" ORDER BY minutes) AS rn, count(*) OVER (PARTITION BY "group") AS m
  FROM c
)
SELECT "group", minutes, CAST(cum AS DOUBLE) AS cum, CAST(total AS DOUBLE) AS total FROM e
WHERE m <= ${max} OR rn = m OR (rn * ${max}) // m <> ((rn - 1) * ${max}) // m
ORDER BY 1 NULLS FIRST, 2`;
}

/** The response-time distribution per group: log-spaced histogram bins and ECDF points. */
export async function responseTimeDistribution(db: Db, ctx: MetricContext, q: DistributionQuery = {}): Promise<Distribution[]> {
  const bins = await runQuery<{ group: string | null; bin: number; count: number }>(db, distributionBinsSql(ctx, q), 'response_time_distribution');
  const points = await runQuery<{ group: string | null; minutes: number; cum: number; total: number }>(db, distributionEcdfSql(ctx, q), 'response_time_ecdf');
  const out = new Map<string | null, Distribution>();
  const get = (g: string | null) => out.get(g) ?? out.set(g, { group: g, n: 0, bins: [], ecdf: [] }).get(g)!;
  for (const b of bins) get(b.group).n += b.count;
  for (const d of out.values()) {
    const counts = bins.filter((b) => b.group === d.group);
    const last = Math.max(...counts.map((b) => b.bin));
    for (let i = 0; i <= last; i++) {
      const count = counts.find((b) => b.bin === i)?.count ?? 0;
      d.bins.push({ lo: i === 0 ? 0 : BIN_EDGES[i - 1], hi: BIN_EDGES[i] ?? null, count, share: count / d.n });
    }
  }
  for (const p of points) get(p.group).ecdf.push({ minutes: p.minutes, share: p.cum / p.total });
  return [...out.values()];
}
