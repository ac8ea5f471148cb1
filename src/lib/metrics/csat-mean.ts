import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { GROUP_ORDER, valueRows } from './run.ts';
import { bucketed, keysSql, surveysWhere } from './sources.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `csat_mean` — mean survey score on the configured scale (config.survey_scale; 1–5 by default).
 * Grain: survey `submitted_local`. Unit: score on the survey scale; `n` = rated surveys.
 * Exclusions: unanswered surveys (score null). Team/agent: the survey's.
 */
export function csatMeanSql(ctx: MetricContext, q: MetricQuery = {}): string {
  return bucketed(q, `SELECT ${keysSql(ctx, q, 's.submitted_local', true)},
  avg(CAST(s.score AS DOUBLE)) AS value, CAST(count(*) AS DOUBLE) AS n
${surveysWhere(q.filter)} AND s.score IS NOT NULL
${GROUP_ORDER}`);
}

/** Runs `csat_mean`. */
export function csatMean(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return valueRows(db, 'csat_mean', csatMeanSql(ctx, q));
}

/** Registry entry of `csat_mean`. */
export const csatMeanMetric: MetricDef = { id: 'csat_mean', unit: 'score', labelKey: 'metric.csat_mean', higherIsBetter: true, module: 'csat-mean', run: csatMean };
