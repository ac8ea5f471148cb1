/**
 * Build-time only: the response-times page's tiles for the default view (the data's latest quarter)
 * and the teams its filters offer. Its charts are prerendered through their chart kinds (Chart.astro).
 */
import { getMetric } from '../../lib/metrics/index.ts';
import type { TileData } from './overview-data.ts';
import { buildDataset, once } from './dataset.ts';
import { tilesBy } from './tiles.ts';

/** What the response-times page prerenders besides its chart cards. */
export interface ResponseTimesData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  tiles: TileData[];
  /** teams with tickets in any period, for the team filter */
  teams: string[];
}

/** The response-times page's data, computed once per build. */
export const responseTimesData = once(async (): Promise<ResponseTimesData> => {
  const { db, ctx, quarter, previous, range } = await buildDataset();
  const tiles = (await tilesBy([
    { id: 'frt_median', noun: 'tickets' }, { id: 'frt_p90', noun: 'tickets' }, { id: 'sla_frt_attainment', noun: 'due' },
    { id: 'resolution_median', noun: 'tickets' }, { id: 'resolution_p90', noun: 'tickets' }, { id: 'sla_resolution_attainment', noun: 'due' },
  ])).get('') ?? [];
  const byTeam = await getMetric('volume', ctx.config).run(db, ctx, { by: 'team' });
  const teams = [...new Set(byTeam.flatMap((r) => (r.group ? [r.group] : [])))].sort();
  return { quarter, previous, ...range, tiles, teams };
});
