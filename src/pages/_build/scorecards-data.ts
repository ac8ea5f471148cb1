/**
 * Build-time only: the scorecards of the default quarter (the data's latest), computed once with
 * the metric layer's `scorecards` — the very function `npm run report --quarter` prints.
 */
import { SCORECARD_COMPONENTS } from '../../lib/config/index.ts';
import type { ScorecardComponentId } from '../../lib/config/index.ts';
import { getMetric, scorecards } from '../../lib/metrics/index.ts';
import type { MetricUnit, QuarterScorecards } from '../../lib/metrics/index.ts';
import { buildDataset, once } from './dataset.ts';

/** A weighted component as the tables show it: id, metric, unit of the raw value and weight. */
export interface ComponentColumn {
  id: ScorecardComponentId;
  metric: string;
  unit: MetricUnit;
  weight: number;
}

/** Everything the scorecards page prerenders. */
export interface ScorecardsData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  cards: QuarterScorecards;
  columns: ComponentColumn[];
  minTickets: number;
  minObservations: number;
}

/** The components with a positive weight, in config order, with the unit of their metric. */
export async function componentColumns(): Promise<ComponentColumn[]> {
  const { ctx } = await buildDataset();
  const { weights, components } = ctx.config.scorecard;
  return SCORECARD_COMPONENTS.filter((id) => weights[id] > 0).map((id) => ({
    id, metric: components[id].metric, unit: getMetric(components[id].metric, ctx.config).unit, weight: weights[id],
  }));
}

/** The default quarter's team and agent scorecards, computed once per build. */
export const scorecardsData = once(async (): Promise<ScorecardsData> => {
  const { db, ctx, quarter, previous, range } = await buildDataset();
  return {
    quarter, previous, ...range,
    cards: await scorecards(db, ctx, quarter),
    columns: await componentColumns(),
    minTickets: ctx.config.min_tickets_for_rank,
    minObservations: ctx.config.min_observations,
  };
});
