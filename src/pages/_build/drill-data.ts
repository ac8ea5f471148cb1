/**
 * Build-time only: the data of every team and agent drill-down page for the default quarter,
 * computed in one pass of grouped queries (one per metric, not one per person) and memoised.
 */
import { getMetric, scorecards } from '../../lib/metrics/index.ts';
import type { MetricRow, Scorecard } from '../../lib/metrics/index.ts';
import type { EntityKind } from '../../lib/site/entity-paths.ts';
import { buildDataset, once } from './dataset.ts';
import { scorecardsData } from './scorecards-data.ts';
import type { ComponentColumn } from '../../lib/site/score-columns.ts';
import { tilesBy } from './tiles.ts';
import type { TileData } from './tiles.ts';
import type { TileSpec } from './tiles.ts';

/** The KPI tiles of a drill-down page. */
export const DRILL_TILES: readonly TileSpec[] = [
  { id: 'csat', noun: 'rated' },
  { id: 'sla_frt_attainment', noun: 'due' },
  { id: 'frt_median', noun: 'tickets' },
  { id: 'resolution_median', noun: 'tickets' },
  { id: 'complaint_timeliness', noun: 'complaints' },
  { id: 'fcr', noun: 'resolved' },
  { id: 'reopen_rate', noun: 'resolved' },
  { id: 'volume', noun: 'tickets' },
];

/** One team's or agent's page. */
export interface EntityData {
  kind: EntityKind;
  name: string;
  tiles: TileData[];
  trends: { csat: MetricRow[]; frt: MetricRow[]; volume: MetricRow[] };
  card?: Scorecard;
  /** ranked cards of the same kind, for "#3 of 48" */
  rankedOf: number;
  /** agent: tickets per team in the quarter, most first */
  teams: { team: string; tickets: number }[];
  /** team: agent scorecards computed on this team's data (what `npm run report --team` prints) */
  members: Scorecard[];
}

/** Every drill-down page's data plus what the pages share. */
export interface DrillData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  columns: ComponentColumn[];
  minTickets: number;
  teams: Map<string, EntityData>;
  agents: Map<string, EntityData>;
}

/** Every team and agent name in the data (tickets, surveys, evaluations), sorted. */
export const entityNames = once(async (): Promise<{ teams: string[]; agents: string[] }> => {
  const { db } = await buildDataset();
  const names = async (sql: string) => (await db.query<{ v: string }>(`SELECT DISTINCT v FROM (${sql}) WHERE v IS NOT NULL AND trim(v) <> '' ORDER BY 1`, 'drill-down names')).map((r) => r.v);
  return {
    teams: await names('SELECT team AS v FROM tickets UNION ALL SELECT team FROM surveys UNION ALL SELECT team FROM evaluations'),
    agents: await names('SELECT agent AS v FROM tickets UNION ALL SELECT agent FROM surveys UNION ALL SELECT employee FROM evaluations'),
  };
});

const groupBy = (rows: MetricRow[]) => {
  const out = new Map<string, MetricRow[]>();
  for (const r of rows) if (r.group != null) (out.get(r.group) ?? out.set(r.group, []).get(r.group)!).push(r);
  return out;
};

/** The drill-down pages' data, computed once per build. */
export const drillData = once(async (): Promise<DrillData> => {
  const { db, ctx, quarter, previous, range } = await buildDataset();
  const sc = await scorecardsData();
  const { teams, agents } = await entityNames();
  const build = async (kind: EntityKind, names: string[], cards: Scorecard[]): Promise<Map<string, EntityData>> => {
    const tiles = await tilesBy(DRILL_TILES, kind);
    const trend = async (id: string) => groupBy((await getMetric(id, ctx.config).run(db, ctx, { grain: 'month', by: kind })).filter((r) => r.bucket <= range.to));
    const [csat, frt, volume] = [await trend('csat'), await trend('frt_median'), await trend('volume')];
    const ranked = cards.filter((c) => c.rank != null).length;
    return new Map(names.map((name) => [name, {
      kind, name, tiles: tiles.get(name) ?? [], rankedOf: ranked, teams: [], members: [],
      trends: { csat: csat.get(name) ?? [], frt: frt.get(name) ?? [], volume: volume.get(name) ?? [] },
      card: cards.find((c) => (kind === 'team' ? c.team : c.agent) === name),
    } satisfies EntityData]));
  };
  const teamPages = await build('team', teams, sc.cards.teams);
  const agentPages = await build('agent', agents, sc.cards.agents);
  for (const [name, page] of teamPages) page.members = (await scorecards(db, ctx, quarter, { teams: [name] })).agents;
  // Who each agent worked for: the volume metric by team, filtered to the agent (what the page re-runs in the browser).
  for (const [name, page] of agentPages) {
    const rows = await getMetric('volume', ctx.config).run(db, ctx, { filter: { ...range, agents: [name] }, grain: 'all', by: 'team' });
    page.teams = rows.filter((r) => r.group != null && (r.value ?? 0) > 0).map((r) => ({ team: r.group!, tickets: r.value! }));
  }
  return { quarter, previous, ...range, columns: sc.columns, minTickets: sc.minTickets, teams: teamPages, agents: agentPages };
});
