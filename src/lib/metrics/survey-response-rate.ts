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
 * (`IN` rather than a correlated `EXISTS`: DuckDB-WASM runs it about three times faster.)
 */
export function surveyResponseRateSql(ctx: MetricContext, q: MetricQuery = {}): string {
  return bucketed(q, `SELECT ${keysSql(ctx, q, 't.resolved_local')},
  CAST(count(*) FILTER (WHERE t.ticket_id IN (SELECT s.ticket_id FROM surveys s WHERE s.score IS NOT NULL)) AS DOUBLE) AS numerator,
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
