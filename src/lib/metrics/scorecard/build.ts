import { SCORECARD_COMPONENTS, type ScorecardComponentId, type Tier } from '../../config/index.ts';
import { type Db, runQuery } from '../../db/db.ts';
import type { MetricContext } from '../context.ts';
import { type Dimension, type MetricFilter, dateRangeSql } from '../filter.ts';
import { checkQuarter, quarterRange, shiftQuarter } from '../grain.ts';
import { getMetric } from '../registry.ts';
import { ticketsWhere } from '../sources.ts';
import { sqlString } from '../sql.ts';
import { type ComponentInput, type ComponentScore, competitionRanks, scoreComponents } from './score.ts';

/** Whom a scorecard is about. */
export type ScorecardKind = 'team' | 'agent';

/** One team's or agent's scorecard for one quarter. */
export interface Scorecard {
  kind: ScorecardKind;
  quarter: string;
  /** the team (for an agent: the team of most tickets in the quarter, see `agentTeams`) */
  team: string | null;
  agent: string | null;
  /** tickets created in the quarter (an agent's across all teams) */
  tickets: number;
  total: number | null;
  tier: Tier | null;
  /** competition rank among the ranked cards of the same kind, null when not ranked */
  rank: number | null;
  /** false for agents under config.min_tickets_for_rank tickets and for cards without a total */
  ranked: boolean;
  components: ComponentScore[];
  /** components left out for lack of data; their weight was shared pro rata */
  missing: ScorecardComponentId[];
  /** total of the previous quarter, and the change (null when either is missing) */
  previous: number | null;
  delta: number | null;
}

/** Team and agent scorecards of one quarter. */
export interface QuarterScorecards {
  quarter: string;
  teams: Scorecard[];
  agents: Scorecard[];
}

type Values = Map<string, Partial<Record<ScorecardComponentId, ComponentInput>>>;

async function componentValues(db: Db, ctx: MetricContext, filter: MetricFilter, by: Dimension): Promise<Values> {
  const out: Values = new Map();
  const { weights, components } = ctx.config.scorecard;
  for (const id of SCORECARD_COMPONENTS) {
    if (!(weights[id] > 0)) continue;
    const rows = await getMetric(components[id].metric, ctx.config).run(db, ctx, { filter, grain: 'all', by });
    for (const r of rows) {
      if (r.group === null) continue;
      const entry = out.get(r.group) ?? out.set(r.group, {}).get(r.group)!;
      entry[id] = { value: r.value, n: r.n };
    }
  }
  return out;
}

/**
 * The team each agent's card belongs to in a period: the team of most of the agent's tickets
 * created in it; a tie goes to the team of the agent's latest ticket, then to the first name in
 * code-point order. Agents without tickets take their evaluation team, else their survey team.
 */
export async function agentTeams(db: Db, filter: MetricFilter, period: string): Promise<Map<string, string | null>> {
  const sql = `WITH c AS (
  SELECT t.agent, t.team, count(*) AS k, max(t.created_local) AS last ${ticketsWhere(filter, 't.created_local')} AND t.agent IS NOT NULL GROUP BY 1, 2
)
SELECT agent, team, 1 AS source FROM (SELECT *, row_number() OVER (PARTITION BY agent ORDER BY k DESC, last DESC, team NULLS LAST) AS rn FROM c) WHERE rn = 1
UNION ALL
SELECT employee, min(team), 2 FROM evaluations WHERE period = ${sqlString(checkQuarter(period))} GROUP BY 1
UNION ALL
SELECT s.agent, min(s.team), 3 FROM surveys s WHERE ${dateRangeSql('s.submitted_local', filter)} AND s.agent IS NOT NULL GROUP BY 1
ORDER BY source`;
  const rows = await runQuery<{ agent: string; team: string | null }>(db, sql, 'scorecard agent teams');
  const out = new Map<string, string | null>();
  for (const r of rows) if (!out.has(r.agent)) out.set(r.agent, r.team);
  return out;
}

async function ticketCounts(db: Db, ctx: MetricContext, filter: MetricFilter, by: Dimension): Promise<Map<string, number>> {
  const rows = await getMetric('volume', ctx.config).run(db, ctx, { filter, grain: 'all', by });
  return new Map(rows.filter((r) => r.group !== null).map((r) => [r.group!, r.value ?? 0]));
}

/** Scores without previous-quarter deltas (used for both the quarter and the one before). */
async function quarterCards(db: Db, ctx: MetricContext, quarter: string, base: MetricFilter, kinds: readonly ScorecardKind[]): Promise<QuarterScorecards> {
  const filter = { ...base, ...quarterRange(quarter, ctx.config) };
  const build = async (kind: 'team' | 'agent'): Promise<Scorecard[]> => {
    const by: Dimension = kind;
    const [values, counts] = await Promise.all([componentValues(db, ctx, filter, by), ticketCounts(db, ctx, filter, by)]);
    const teams = kind === 'agent' ? await agentTeams(db, filter, quarter) : new Map<string, string | null>();
    const names = [...new Set([...counts.keys(), ...values.keys()])].sort();
    const cards = names.map((name): Scorecard => {
      const s = scoreComponents(values.get(name) ?? {}, ctx.config);
      const tickets = counts.get(name) ?? 0;
      const eligible = s.total !== null && (kind === 'team' || tickets >= ctx.config.min_tickets_for_rank);
      const team = kind === 'team' ? name : (teams.get(name) ?? null);
      return { kind, quarter, team, agent: kind === 'agent' ? name : null, tickets, ...s, rank: null, ranked: eligible, previous: null, delta: null };
    });
    competitionRanks(cards.map((c) => c.total), cards.map((c) => c.ranked)).forEach((r, i) => (cards[i].rank = r));
    return cards;
  };
  return { quarter, teams: kinds.includes('team') ? await build('team') : [], agents: kinds.includes('agent') ? await build('agent') : [] };
}

/**
 * Team and agent scorecards for a fiscal quarter (`2026-Q3`), with the change versus the
 * previous quarter. `filter` narrows the data (its dates are replaced by the quarter's).
 * Team cards use the team's tickets, surveys and evaluations; agent cards the agent's own,
 * whatever team they were in (see `agentTeams` for the team shown). `kinds` limits the work to
 * team or agent cards (the other list is then empty).
 */
export async function scorecards(db: Db, ctx: MetricContext, quarter: string, filter: MetricFilter = {}, kinds: readonly ScorecardKind[] = ['team', 'agent']): Promise<QuarterScorecards> {
  const base = { ...filter, from: undefined, to: undefined };
  const now = await quarterCards(db, ctx, quarter, base, kinds);
  const before = await quarterCards(db, ctx, shiftQuarter(quarter, -1), base, kinds);
  const link = (cards: Scorecard[], previous: Scorecard[]) => {
    const prev = new Map(previous.map((c) => [c.agent ?? c.team, c.total]));
    for (const c of cards) {
      c.previous = prev.get(c.agent ?? c.team) ?? null;
      c.delta = c.total !== null && c.previous !== null ? c.total - c.previous : null;
    }
  };
  link(now.teams, before.teams);
  link(now.agents, before.agents);
  return now;
}
