/**
 * Build-time only: the scorecards of the default quarter (the data's latest), computed once with
 * the metric layer's `scorecards` — the very function `npm run report --quarter` prints.
 */
import { scorecards } from '../../lib/metrics/index.ts';
import type { QuarterScorecards } from '../../lib/metrics/index.ts';
import { componentColumns } from '../../lib/site/score-columns.ts';
import type { ComponentColumn } from '../../lib/site/score-columns.ts';
import { buildDataset, once } from './dataset.ts';

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

/** The default quarter's team and agent scorecards, computed once per build. */
export const scorecardsData = once(async (): Promise<ScorecardsData> => {
  const { db, ctx, quarter, previous, range } = await buildDataset();
  return {
    quarter, previous, ...range,
    cards: await scorecards(db, ctx, quarter),
    columns: componentColumns(ctx.config),
    minTickets: ctx.config.min_tickets_for_rank,
    minObservations: ctx.config.min_observations,
  };
});
