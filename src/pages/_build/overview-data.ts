/**
 * Build-time only: the overview's tiles for the default view (the data's latest quarter, all teams
 * and channels) and the names its filters offer, on the build's shared dataset — the same
 * definitions and filters `npm run report --quarter` uses, so `data-value` equals the report.
 * Its trend cards are prerendered through their chart kinds (Chart.astro).
 */
import type { DenominatorKey } from '../../i18n/index.ts';
import { buildDataset, once } from './dataset.ts';
import { tilesBy } from './tiles.ts';
import type { TileData } from './tiles.ts';

/** The KPIs on the overview, in display order, with the noun their denominator counts. */
export const OVERVIEW_KPIS: readonly { id: string; noun: DenominatorKey }[] = [
  { id: 'csat', noun: 'rated' },
  { id: 'sla_frt_attainment', noun: 'due' },
  { id: 'frt_median', noun: 'tickets' },
  { id: 'resolution_median', noun: 'tickets' },
  { id: 'complaint_timeliness', noun: 'complaints' },
  { id: 'fcr', noun: 'resolved' },
  { id: 'reopen_rate', noun: 'resolved' },
  { id: 'survey_response_rate', noun: 'resolved' },
];

/** Everything the overview prerenders besides its chart cards. */
export interface OverviewData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  tiles: TileData[];
  /** team and agent names in the tickets, for the filter lists */
  teams: string[];
  agents: string[];
}

/** The overview data, computed once per build however many pages ask. */
export const overviewData = once(async (): Promise<OverviewData> => {
  const { db, quarter, previous, range } = await buildDataset();
  const tiles = (await tilesBy(OVERVIEW_KPIS)).get('') ?? [];
  const names = async (col: 'team' | 'agent') =>
    (await db.query<{ v: string }>(`SELECT DISTINCT ${col} AS v FROM tickets WHERE ${col} IS NOT NULL ORDER BY 1`, `overview ${col} list`)).map((r) => r.v);
  return { quarter, previous, ...range, tiles, teams: await names('team'), agents: await names('agent') };
});
