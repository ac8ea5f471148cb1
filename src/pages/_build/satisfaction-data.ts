/**
 * Build-time only: the satisfaction page's tiles for the default view (the data's latest quarter)
 * and the teams its filters offer. Its charts are prerendered through their chart kinds (Chart.astro).
 */
import { getMetric } from '../../lib/metrics/index.ts';
import type { TileData } from './overview-data.ts';
import { buildDataset, once } from './dataset.ts';
import { tilesBy } from './tiles.ts';

/** What the satisfaction page prerenders besides its chart cards. */
export interface SatisfactionData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  tiles: TileData[];
  /** teams with rated surveys in any period, for the team filter */
  teams: string[];
}

/** The satisfaction page's data, computed once per build. */
export const satisfactionData = once(async (): Promise<SatisfactionData> => {
  const { db, ctx, quarter, previous, range } = await buildDataset();
  const tiles = (await tilesBy([{ id: 'csat', noun: 'rated' }, { id: 'csat_mean', noun: 'rated' }, { id: 'survey_response_rate', noun: 'resolved' }])).get('') ?? [];
  const byTeam = await getMetric('csat', ctx.config).run(db, ctx, { by: 'team' });
  const teams = [...new Set(byTeam.flatMap((r) => (r.group ? [r.group] : [])))].sort();
  return { quarter, previous, ...range, tiles, teams };
});
