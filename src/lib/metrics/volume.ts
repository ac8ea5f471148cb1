import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { GROUP_ORDER, valueRows } from './run.ts';
import { bucketed, keysSql, ticketsWhere } from './sources.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `volume` — tickets created, by bucket and optionally by channel / category / team (or any
 * dimension via `by`). Grain: `created_local`. Unit: count; `n` = the same count. No exclusions.
 */
export function volumeSql(ctx: MetricContext, q: MetricQuery = {}): string {
  return bucketed(q, `SELECT ${keysSql(ctx, q, 't.created_local')}, CAST(count(*) AS DOUBLE) AS value, CAST(count(*) AS DOUBLE) AS n
${ticketsWhere(q.filter, 't.created_local')}
${GROUP_ORDER}`);
}

/** Runs `volume`. */
export function volume(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return valueRows(db, 'volume', volumeSql(ctx, q));
}

/** Registry entry of `volume`. */
export const volumeMetric: MetricDef = { id: 'volume', unit: 'count', labelKey: 'metric.volume', higherIsBetter: true, module: 'volume', run: volume };
