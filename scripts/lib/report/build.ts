import type { Db } from '../../../src/lib/db/db.ts';
import { type MetricContext, type MetricFilter, type QuarterScorecards, type Scorecard, bucketSql, headline, metricDefs, quarterRange, scorecards } from '../../../src/lib/metrics/index.ts';
import type { ReportOptions } from './args.ts';

/** One scorecard as the report prints it (snake_case, unrounded). */
export interface ReportCard {
  team: string | null;
  agent: string | null;
  tickets: number;
  total: number | null;
  tier: string | null;
  tier_name: string | null;
  rank: number | null;
  ranked: boolean;
  previous: number | null;
  delta: number | null;
  missing: string[];
  components: Record<string, { metric: string; value: number | null; n: number; points: number | null; weight: number; effective_weight: number }>;
}

/** One reported period: the whole data, or a quarter with its scorecards. */
export interface ReportPeriod {
  period: string;
  from: string | null;
  to: string | null;
  /** metric id → value (shares 0–1, durations in minutes, counts, scores), null when nothing to measure */
  metrics: Record<string, number | null>;
  /** metric id → observations behind the value (the denominator of a share) */
  n: Record<string, number>;
  scorecards?: { teams: ReportCard[]; agents: ReportCard[] };
}

/** The whole report. */
export interface Report {
  as_of: string;
  as_of_local: string;
  timezone: string;
  filters: MetricFilter;
  periods: ReportPeriod[];
}

const card = (c: Scorecard): ReportCard => ({
  team: c.team,
  agent: c.agent,
  tickets: c.tickets,
  total: c.total,
  tier: c.tier?.id ?? null,
  tier_name: c.tier?.name['zh-CN'] ?? null,
  rank: c.rank,
  ranked: c.ranked,
  previous: c.previous,
  delta: c.delta,
  missing: c.missing,
  components: Object.fromEntries(c.components.map((x) => [x.id, { metric: x.metric, value: x.value, n: x.n, points: x.points, weight: x.weight, effective_weight: x.effectiveWeight }])),
});

async function headlines(db: Db, ctx: MetricContext, filter: MetricFilter): Promise<Pick<ReportPeriod, 'metrics' | 'n'>> {
  const metrics: Record<string, number | null> = {};
  const n: Record<string, number> = {};
  for (const m of metricDefs(ctx.config)) {
    const row = headline(await m.run(db, ctx, { filter, grain: 'all' }));
    metrics[m.id] = row.value;
    n[m.id] = row.n;
  }
  return { metrics, n };
}

/** Quarters that hold any ticket, survey or evaluation, in order. */
export async function quartersInData(db: Db, ctx: MetricContext): Promise<string[]> {
  const q = (col: string) => bucketSql('quarter', col, ctx.config);
  const rows = await db.query<{ k: string }>(
    `SELECT DISTINCT k FROM (SELECT ${q('created_local')} AS k FROM tickets UNION ALL SELECT ${q('submitted_local')} FROM surveys UNION ALL SELECT period FROM evaluations) WHERE k IS NOT NULL ORDER BY k`,
    'report quarters',
  );
  return rows.map((r) => r.k);
}

/** Every headline metric and the scorecards for the options: the whole period then each quarter, or one quarter. */
export async function buildReport(db: Db, ctx: MetricContext, options: ReportOptions): Promise<Report> {
  const filter: MetricFilter = { teams: options.teams, agents: options.agents, channels: options.channels };
  const periods: ReportPeriod[] = [];
  if (!options.quarter) periods.push({ period: 'all', from: null, to: null, ...(await headlines(db, ctx, filter)) });
  for (const quarter of options.quarter ? [options.quarter] : await quartersInData(db, ctx)) {
    const range = quarterRange(quarter, ctx.config);
    const cards: QuarterScorecards = await scorecards(db, ctx, quarter, filter);
    periods.push({ period: quarter, ...range, ...(await headlines(db, ctx, { ...filter, ...range })), scorecards: { teams: cards.teams.map(card), agents: cards.agents.map(card) } });
  }
  return { as_of: ctx.asOf.at, as_of_local: ctx.asOf.local, timezone: ctx.config.timezone, filters: filter, periods };
}
