import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { GROUP_ORDER, shareRows } from './run.ts';
import { bucketed, keysSql, ticketsWhere } from './sources.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `fcr` (first-contact resolution) — resolved tickets with exactly one customer contact
 * (`contacts = 1`) and never reopened ÷ resolved tickets with a known contact count.
 * A null `reopened` counts as never reopened. Grain: `resolved_local`. Unit: share;
 * `n` = resolved tickets with a known contact count. Exclusions: unresolved tickets; contacts null.
 */
export function fcrSql(ctx: MetricContext, q: MetricQuery = {}): string {
  return bucketed(q, `SELECT ${keysSql(ctx, q, 't.resolved_local')},
  CAST(count(*) FILTER (WHERE t.contacts = 1 AND coalesce(t.reopened, 0) = 0) AS DOUBLE) AS numerator,
  CAST(count(*) AS DOUBLE) AS n
${ticketsWhere(q.filter, 't.resolved_local')} AND t.resolved_at IS NOT NULL AND t.contacts IS NOT NULL
${GROUP_ORDER}`);
}

/** Runs `fcr`. */
export function fcr(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return shareRows(db, 'fcr', fcrSql(ctx, q));
}

/** Registry entry of `fcr`. */
export const fcrMetric: MetricDef = { id: 'fcr', unit: 'share', labelKey: 'metric.fcr', higherIsBetter: true, module: 'fcr', run: fcr };
