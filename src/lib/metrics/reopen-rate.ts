import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { GROUP_ORDER, shareRows } from './run.ts';
import { bucketed, keysSql, ticketsWhere } from './sources.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `reopen_rate` — resolved tickets reopened at least once ÷ resolved tickets with a known reopen
 * count. Grain: `resolved_local`. Unit: share (lower is better); `n` = resolved tickets with a
 * known reopen count. Exclusions: unresolved tickets; `reopened` null (unknown, not "zero").
 */
export function reopenRateSql(ctx: MetricContext, q: MetricQuery = {}): string {
  return bucketed(q, `SELECT ${keysSql(ctx, q, 't.resolved_local')},
  CAST(count(*) FILTER (WHERE t.reopened >= 1) AS DOUBLE) AS numerator,
  CAST(count(*) AS DOUBLE) AS n
${ticketsWhere(q.filter, 't.resolved_local')} AND t.resolved_at IS NOT NULL AND t.reopened IS NOT NULL
${GROUP_ORDER}`);
}

/** Runs `reopen_rate`. */
export function reopenRate(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return shareRows(db, 'reopen_rate', reopenRateSql(ctx, q));
}

/** Registry entry of `reopen_rate`. */
export const reopenRateMetric: MetricDef = { id: 'reopen_rate', unit: 'share', labelKey: 'metric.reopen_rate', higherIsBetter: false, module: 'reopen-rate', run: reopenRate };
