import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { GROUP_ORDER, shareRows } from './run.ts';
import { bucketed, keysSql, surveysWhere } from './sources.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `csat` — share of rated surveys that are satisfied (the top two of 5, the top of 3, "good",
 * or 9–10 of 10, precomputed at ingest as `satisfied`), over rated surveys.
 * Grain: survey `submitted_local` (local wall clock). Unit: share 0–1; `n` = rated surveys.
 * Exclusions: offered-but-unanswered surveys (score null). Team/agent: the survey's.
 */
export function csatSql(ctx: MetricContext, q: MetricQuery = {}): string {
  return bucketed(q, `SELECT ${keysSql(ctx, q, 's.submitted_local', true)},
  CAST(count(*) FILTER (WHERE s.satisfied) AS DOUBLE) AS numerator, CAST(count(*) AS DOUBLE) AS n
${surveysWhere(q.filter)} AND s.score IS NOT NULL AND s.satisfied IS NOT NULL
${GROUP_ORDER}`);
}

/** Runs `csat`. */
export function csat(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return shareRows(db, 'csat', csatSql(ctx, q));
}

/** Registry entry of `csat`. */
export const csatMetric: MetricDef = { id: 'csat', unit: 'share', labelKey: 'metric.csat', higherIsBetter: true, module: 'csat', run: csat };
