/**
 * Build-time only: what the satisfaction and response-times pages prerender besides their chart
 * cards (which go through their chart kinds, see Chart.astro): the default quarter's tiles and the
 * teams their filters offer.
 */
import { getMetric } from '../../lib/metrics/index.ts';
import { buildDataset, once } from './dataset.ts';
import { tilesBy } from './tiles.ts';
import type { TileData, TileSpec } from './tiles.ts';

/** A page of tiles and chart cards. */
export interface TilePageData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  tiles: TileData[];
  /** teams with a value of the page's team metric in any period, for the team filter */
  teams: string[];
}

/** The page's tiles (no breakdown) and the teams `teamMetric` has a value for. */
async function tilePage(specs: readonly TileSpec[], teamMetric: string): Promise<TilePageData> {
  const { db, ctx, quarter, previous, range } = await buildDataset();
  const tiles = (await tilesBy(specs)).get('') ?? [];
  const byTeam = await getMetric(teamMetric, ctx.config).run(db, ctx, { by: 'team' });
  const teams = [...new Set(byTeam.flatMap((r) => (r.group ? [r.group] : [])))].sort();
  return { quarter, previous, ...range, tiles, teams };
}

/** The satisfaction page: CSAT, mean score and response rate; teams with rated surveys. */
export const satisfactionData = once(() => tilePage([{ id: 'csat', noun: 'rated' }, { id: 'csat_mean', noun: 'rated' }, { id: 'survey_response_rate', noun: 'resolved' }], 'csat'));

/** The response-times page: first response and resolution, median, p90 and SLA; teams with tickets. */
export const responseTimesData = once(() => tilePage([
  { id: 'frt_median', noun: 'tickets' }, { id: 'frt_p90', noun: 'tickets' }, { id: 'sla_frt_attainment', noun: 'due' },
  { id: 'resolution_median', noun: 'tickets' }, { id: 'resolution_p90', noun: 'tickets' }, { id: 'sla_resolution_attainment', noun: 'due' },
], 'volume'));
