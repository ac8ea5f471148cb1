import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { GROUP_ORDER, shareRows } from './run.ts';
import { bucketed, keysSql, ticketsWhere } from './sources.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `survey_response_rate` — rated surveys ÷ resolved tickets, as a cohort: of the tickets resolved
 * in the period, the share with at least one rated survey (a ticket rated twice counts once, so the
 * rate never exceeds 1). Grain: ticket `resolved_local`. Unit: share; `n` = resolved tickets.
 * Team/agent: the ticket's. Exclusions: unresolved tickets; surveys without a known ticket.
 * "Rated" is the ticket's derived `rated` column (src/lib/schema/derived.ts), so no join at query time.
 */
export function surveyResponseRateSql(ctx: MetricContext, q: MetricQuery = {}): string {
  return bucketed(q, `SELECT ${keysSql(ctx, q, 't.resolved_local')},
  CAST(count(*) FILTER (WHERE t.rated) AS DOUBLE) AS numerator,
  CAST(count(*) AS DOUBLE) AS n
${ticketsWhere(q.filter, 't.resolved_local')} AND t.resolved_at IS NOT NULL
${GROUP_ORDER}`);
}

/** Runs `survey_response_rate`. */
export function surveyResponseRate(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return shareRows(db, 'survey_response_rate', surveyResponseRateSql(ctx, q));
}

/** Registry entry of `survey_response_rate`. */
export const surveyResponseRateMetric: MetricDef = {
  id: 'survey_response_rate',
  unit: 'share',
  labelKey: 'metric.survey_response_rate',
  higherIsBetter: true,
  module: 'survey-response-rate',
  run: surveyResponseRate,
};
