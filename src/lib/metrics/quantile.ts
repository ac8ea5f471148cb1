import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { GROUP_ORDER, valueRows } from './run.ts';
import { bucketed, keysSql, ticketsWhere } from './sources.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/** A duration column of `tickets` and the local date column that puts a ticket in a period. */
export interface DurationSpec {
  /** precomputed minutes: frt_min, frt_bh_min, resolution_min, resolution_bh_min */
  column: 'frt_min' | 'frt_bh_min' | 'resolution_min' | 'resolution_bh_min';
  /** local column the bucket and the date range use */
  dateColumn: 't.created_local' | 't.resolved_local';
}

/**
 * SQL for a continuous quantile (`quantile_cont`, linear interpolation) of a duration in minutes.
 * Exclusions: null durations (no response / not resolved) and negative ones (bad data: a
 * response or resolution stamped before creation), which are left out, never clamped to 0.
 */
export function durationQuantileSql(ctx: MetricContext, q: MetricQuery, spec: DurationSpec, p: number): string {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`invalid quantile: ${p}`);
  return bucketed(q, `SELECT ${keysSql(ctx, q, spec.dateColumn)},
  quantile_cont(t.${spec.column}, ${p}) AS value, CAST(count(*) AS DOUBLE) AS n
${ticketsWhere(q.filter, spec.dateColumn)} AND t.${spec.column} IS NOT NULL AND t.${spec.column} >= 0
${GROUP_ORDER}`);
}

/** A registry entry for a duration quantile metric. */
export function durationMetric(id: string, module: string, spec: DurationSpec, p: number): MetricDef {
  const run = (db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> => valueRows(db, id, durationQuantileSql(ctx, q, spec, p));
  return { id, unit: 'minutes', labelKey: `metric.${id}`, higherIsBetter: false, module, run };
}
