import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { dateRangeSql } from './filter.ts';
import { GROUP_ORDER, shareRows } from './run.ts';
import { asOfAtSql, resolutionDueSql } from './sla-targets.ts';
import { bucketed, keysSql, ticketsWhere } from './sources.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * SQL shared by `sla_resolution_attainment` and `complaint_timeliness`: tickets resolved by their
 * deadline ÷ tickets whose deadline falls in the period and is decided (resolved, or still open
 * with the deadline strictly before the data's as-of instant: late). Resolved exactly at the
 * deadline is on time. Grain: the deadline on the local clock. Exclusions: deadlines after the
 * as-of instant, even when already met (a trailing period of early resolutions alone would look
 * perfect); resolutions stamped before creation (bad data).
 */
export function resolutionAttainmentSql(ctx: MetricContext, q: MetricQuery, complaintsOnly: boolean): string {
  const due = resolutionDueSql(ctx.config);
  const category = complaintsOnly ? `AND t.category = 'complaint'` : '';
  return bucketed(q, `WITH d AS (
  SELECT t.*, ${due.local} AS due_local, ${due.at} AS due_at
  ${ticketsWhere({ ...q.filter, from: undefined, to: undefined }, null)} ${category}
)
SELECT ${keysSql(ctx, q, 't.due_local')},
  CAST(count(*) FILTER (WHERE t.resolved_at IS NOT NULL AND t.resolved_at <= t.due_at) AS DOUBLE) AS numerator,
  CAST(count(*) AS DOUBLE) AS n
FROM d t
WHERE ${dateRangeSql('t.due_local', q.filter ?? {})}
  AND ((t.resolved_at IS NOT NULL AND t.resolved_at >= t.created_at AND t.due_at <= ${asOfAtSql(ctx)}) OR (t.resolved_at IS NULL AND t.due_at < ${asOfAtSql(ctx)}))
${GROUP_ORDER}`);
}

/**
 * `sla_resolution_attainment` — tickets resolved by their deadline (the export's `sla_due_at`, else
 * config.sla.resolution_hours by channel × priority; complaints config.sla.complaint_deadline_hours)
 * ÷ tickets whose deadline fell in the period; open and overdue (as of data_as_of) count as late.
 * Unit: share; `n` = decided tickets. See `resolutionAttainmentSql` for grain and exclusions.
 */
export function slaResolutionAttainment(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return shareRows(db, 'sla_resolution_attainment', resolutionAttainmentSql(ctx, q, false));
}

/** Registry entry of `sla_resolution_attainment`. */
export const slaResolutionAttainmentMetric: MetricDef = {
  id: 'sla_resolution_attainment',
  unit: 'share',
  labelKey: 'metric.sla_resolution_attainment',
  higherIsBetter: true,
  module: 'sla-resolution',
  run: slaResolutionAttainment,
};
