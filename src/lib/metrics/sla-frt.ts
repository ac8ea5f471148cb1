import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { dateRangeSql } from './filter.ts';
import { GROUP_ORDER, shareRows } from './run.ts';
import { asOfAtSql, frtTargetSql } from './sla-targets.ts';
import { bucketed, keysSql, ticketsWhere } from './sources.ts';
import { plusMinutes } from './sql.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `sla_frt_attainment` — first responses within target ÷ first responses due in the period.
 * Target: config.sla.first_response_minutes[channel][priority], calendar minutes; a response
 * exactly on the target is within it (`frt_min <= target`). A ticket is due at created + target;
 * it counts once it is decided: answered, or unanswered with its deadline strictly before the
 * data's as-of instant (manifest data_as_of, never the wall clock) — then it is breached.
 * Grain: the deadline on the local clock (created_local + target). Unit: share; `n` = decided tickets.
 * Exclusions: deadlines after the as-of instant, even when already answered (a trailing period of
 * early answers alone would look perfect); negative response times (bad data).
 */
export function slaFrtAttainmentSql(ctx: MetricContext, q: MetricQuery = {}): string {
  const target = frtTargetSql(ctx.config);
  return bucketed(q, `WITH d AS (
  SELECT t.*, ${target} AS target_min, ${plusMinutes('t.created_local', target)} AS due_local, ${plusMinutes('t.created_at', target)} AS due_at
  ${ticketsWhere({ ...q.filter, from: undefined, to: undefined }, null)}
)
SELECT ${keysSql(ctx, q, 't.due_local')},
  CAST(count(*) FILTER (WHERE t.frt_min IS NOT NULL AND t.frt_min <= t.target_min) AS DOUBLE) AS numerator,
  CAST(count(*) AS DOUBLE) AS n
FROM d t
WHERE ${dateRangeSql('t.due_local', q.filter ?? {})}
  AND ((t.frt_min IS NOT NULL AND t.frt_min >= 0 AND t.due_at <= ${asOfAtSql(ctx)}) OR (t.frt_min IS NULL AND t.due_at < ${asOfAtSql(ctx)}))
${GROUP_ORDER}`);
}

/** Runs `sla_frt_attainment`. */
export function slaFrtAttainment(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return shareRows(db, 'sla_frt_attainment', slaFrtAttainmentSql(ctx, q));
}

/** Registry entry of `sla_frt_attainment`. */
export const slaFrtAttainmentMetric: MetricDef = {
  id: 'sla_frt_attainment',
  unit: 'share',
  labelKey: 'metric.sla_frt_attainment',
  higherIsBetter: true,
  module: 'sla-frt',
  run: slaFrtAttainment,
};
