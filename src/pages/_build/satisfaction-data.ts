/**
 * Build-time only: the satisfaction page's numbers for the default view (the data's latest
 * quarter; trends over the whole period), computed once per build with the metric layer.
 */
import { getMetric } from '../../lib/metrics/index.ts';
import type { MetricRow } from '../../lib/metrics/index.ts';
import { SCALE_RANGE } from '../../lib/schema/vocab.ts';
import type { TileData } from './overview-data.ts';
import { buildDataset, once } from './dataset.ts';
import { tilesBy } from './tiles.ts';
import { type CommentRow, type MethodRow, type ScoreCountRow, methodSplit, recentComments, scoreCounts } from '../../lib/metrics/survey-views.ts';

/** Everything the satisfaction page prerenders. */
export interface SatisfactionData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  tiles: TileData[];
  /** csat per month over the whole period */
  trend: MetricRow[];
  responseRate: MetricRow[];
  byChannel: MetricRow[];
  byTeam: MetricRow[];
  scores: ScoreCountRow[];
  /** every score of the configured scale, and the lowest that counts as satisfied */
  scale: { scores: number[]; satisfiedFrom: number };
  methods: MethodRow[];
  comments: CommentRow[];
  csatTarget?: number;
}

/** The satisfaction page's data, computed once per build. */
export const satisfactionData = once(async (): Promise<SatisfactionData> => {
  const { db, ctx, quarter, previous, range } = await buildDataset();
  const run = (id: string, q: Parameters<ReturnType<typeof getMetric>['run']>[2]) => getMetric(id, ctx.config).run(db, ctx, q);
  const tiles = (await tilesBy([{ id: 'csat', noun: 'rated' }, { id: 'csat_mean', noun: 'rated' }, { id: 'survey_response_rate', noun: 'resolved' }])).get('') ?? [];
  const scores = await scoreCounts(db, range);
  const [lo, hi] = SCALE_RANGE[ctx.config.survey_scale];
  const satisfiedFrom = Math.min(...scores.filter((s) => s.satisfied).map((s) => s.score), hi);
  return {
    quarter, previous, ...range, tiles,
    trend: await run('csat', { grain: 'month' }),
    responseRate: await run('survey_response_rate', { grain: 'month' }),
    byChannel: await run('csat', { filter: range, by: 'channel' }),
    byTeam: await run('csat', { filter: range, by: 'team' }),
    scores,
    scale: { scores: Array.from({ length: hi - lo + 1 }, (_, i) => lo + i), satisfiedFrom },
    methods: await methodSplit(db, range),
    comments: await recentComments(db, range, 20),
    csatTarget: ctx.config.targets.csat,
  };
});
