import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { shareRows } from './run.ts';
import { resolutionAttainmentSql } from './sla-resolution.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `complaint_timeliness` (投诉处理及时率) — complaints (category = complaint) resolved by their
 * deadline ÷ complaints whose deadline fell in the period; open and overdue as of the data's
 * as-of instant count as late. Deadline: the export's `sla_due_at`, else created +
 * config.sla.complaint_deadline_hours. Grain: the deadline, local clock. Unit: share;
 * `n` = decided complaints. Exclusions: complaints not yet due and still open; bad timestamps.
 */
export function complaintTimelinessSql(ctx: MetricContext, q: MetricQuery = {}): string {
  return resolutionAttainmentSql(ctx, q, true);
}

/** Runs `complaint_timeliness`. */
export function complaintTimeliness(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return shareRows(db, 'complaint_timeliness', complaintTimelinessSql(ctx, q));
}

/** Registry entry of `complaint_timeliness`. */
export const complaintTimelinessMetric: MetricDef = {
  id: 'complaint_timeliness',
  unit: 'share',
  labelKey: 'metric.complaint_timeliness',
  higherIsBetter: true,
  module: 'complaint-timeliness',
  run: complaintTimeliness,
};
