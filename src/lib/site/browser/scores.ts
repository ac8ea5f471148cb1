/**
 * Scorecard blocks (`data-score-block`, written by ScoreTable.astro, ScoreBreakdown.astro and the
 * agent page): read from the markup, recomputed for a view with the metric layer's `scorecards`
 * (the function `npm run report` prints) and redrawn with the same pure renderers the build used.
 *
 * - `table` (`data-kind`, `data-caption`, `data-rank-data`, `data-show-team`, `data-scope-team`):
 *   the cards of a kind for the view's filters (plus the scoped team: a team page's members).
 * - `breakdown` (`data-kind`, `data-name`): one card, ranked among every card of its kind under the
 *   view's other filters (the team or agent filter itself does not change a card's numbers).
 * - `agent-teams` (`data-name`): the agent's tickets per team, the volume metric by team.
 *
 * Scorecards are quarterly: a view with a date range shows the quarter its end date falls in.
 */
import { chartError } from '../../../components/charts/common.ts';
import { agentTeamsTable } from '../../../components/scorecards/agent-teams.ts';
import { missingNote } from '../../../components/scorecards/missing-note.ts';
import { scoreBreakdown } from '../../../components/scorecards/score-breakdown.ts';
import { scoreTable } from '../../../components/scorecards/score-table.ts';
import type { Locale } from '../../../i18n/index.ts';
import type { Db } from '../../db/db.ts';
import type { MetricContext } from '../../metrics/context.ts';
import type { MetricFilter } from '../../metrics/filter.ts';
import { quarterOf } from '../../metrics/grain.ts';
import { getMetric } from '../../metrics/registry.ts';
import { scorecards } from '../../metrics/scorecard/index.ts';
import type { QuarterScorecards, Scorecard, ScorecardKind } from '../../metrics/scorecard/index.ts';
import type { MetricRow } from '../../metrics/types.ts';
import { quarterText } from '../quarter-texts.ts';
import type { QuarterTextKey } from '../quarter-texts.ts';
import { componentColumns } from '../score-columns.ts';
import type { ViewState } from '../url-state.ts';
import { viewQuery } from './view.ts';
import type { ViewDefaults } from './view.ts';

/** One scorecard block to recompute. */
export type ScorePlan =
  | { el: Element; block: 'table'; kind: ScorecardKind; caption: QuarterTextKey; rankData: boolean; showTeam: boolean; scopeTeam?: string }
  | { el: Element; block: 'breakdown'; kind: ScorecardKind; name: string }
  | { el: Element; block: 'agent-teams'; name: string };

const kindOf = (el: Element): ScorecardKind => (el.getAttribute('data-kind') === 'agent' ? 'agent' : 'team');

/** The scorecard blocks of a page. */
export function planScores(doc: Document): ScorePlan[] {
  const out: ScorePlan[] = [];
  for (const el of doc.querySelectorAll('[data-score-block]')) {
    const block = el.getAttribute('data-score-block');
    const name = el.getAttribute('data-name') ?? '';
    if (block === 'table') {
      out.push({
        el, block, kind: kindOf(el), caption: (el.getAttribute('data-caption') ?? 'scorecard.teams') as QuarterTextKey,
        rankData: el.getAttribute('data-rank-data') !== 'false', showTeam: el.getAttribute('data-show-team') === 'true',
        scopeTeam: el.getAttribute('data-scope-team') || undefined,
      });
    } else if (block === 'breakdown' && name) out.push({ el, block, kind: kindOf(el), name });
    else if (block === 'agent-teams' && name) out.push({ el, block, name });
  }
  return out;
}

/** The quarter a view's scorecards show: its quarter, else the quarter of its end (or start) date, else the page's default. */
export function scoreQuarter(view: ViewState, defaults: ViewDefaults, ctx: MetricContext): string | undefined {
  const date = view.to ?? view.from;
  return view.quarter ?? (date ? quarterOf(date, ctx.config) : defaults.defaultQuarter);
}

/** What one block shows for a view. */
export type ScoreResult =
  | { block: 'table'; cards: Scorecard[] }
  | { block: 'breakdown'; card: Scorecard | undefined; rankedOf: number }
  | { block: 'agent-teams'; rows: { team: string; tickets: number }[] };

/** Runs `scorecards` once per distinct filter and kind list (a page's blocks often share one). */
export function scorecardRunner(db: Db, ctx: MetricContext) {
  const memo = new Map<string, Promise<QuarterScorecards>>();
  return (quarter: string, filter: MetricFilter, kind: ScorecardKind): Promise<QuarterScorecards> => {
    const key = JSON.stringify([quarter, kind, Object.entries(filter).sort()]);
    let hit = memo.get(key);
    if (!hit) {
      if (memo.size > 40) memo.clear();
      hit = scorecards(db, ctx, quarter, filter, [kind]);
      memo.set(key, hit);
      hit.catch(() => memo.delete(key));
    }
    return hit;
  };
}

type Cards = ReturnType<typeof scorecardRunner>;

/** Computes one block for a view in a quarter. */
export async function scoreResult(cards: Cards, db: Db, ctx: MetricContext, plan: ScorePlan, view: ViewState, defaults: ViewDefaults, quarter: string): Promise<ScoreResult> {
  const quarterView: ViewState = { ...view, quarter, from: undefined, to: undefined };
  if (plan.block === 'table') {
    const { dims } = viewQuery(quarterView, defaults, plan.scopeTeam ? { team: plan.scopeTeam } : {});
    const all = await cards(quarter, dims, plan.kind);
    return { block: 'table', cards: plan.kind === 'team' ? all.teams : all.agents };
  }
  if (plan.block === 'breakdown') {
    const { dims } = viewQuery(quarterView, defaults);
    const { teams: _t, agents: _a, ...others } = dims;
    const filter = plan.kind === 'team' ? { ...others, agents: dims.agents } : { ...others, teams: dims.teams };
    const all = await cards(quarter, filter, plan.kind);
    const list = plan.kind === 'team' ? all.teams : all.agents;
    return { block: 'breakdown', card: list.find((c) => (plan.kind === 'team' ? c.team : c.agent) === plan.name), rankedOf: list.filter((c) => c.rank != null).length };
  }
  const { filter } = viewQuery(quarterView, defaults, { agent: plan.name });
  const rows: MetricRow[] = await getMetric('volume', ctx.config).run(db, ctx, { filter, grain: 'all', by: 'team' });
  return { block: 'agent-teams', rows: rows.filter((r) => r.group != null && (r.value ?? 0) > 0).map((r) => ({ team: r.group!, tickets: r.value! })) };
}

/** Redraws a block with its result, in place. */
export function renderScore(plan: ScorePlan, r: ScoreResult, ctx: MetricContext, locale: Locale, doc: Document, base: string, quarter: string): void {
  const columns = componentColumns(ctx.config);
  const minTickets = ctx.config.min_tickets_for_rank;
  if (plan.block === 'table' && r.block === 'table') {
    const table = scoreTable(r.cards, { document: doc, locale, base, kind: plan.kind, columns, minTickets, caption: quarterText(plan.caption, locale, quarter), rankData: plan.rankData, showTeam: plan.showTeam });
    plan.el.querySelector('[data-score-slot="table"]')?.replaceChildren(table);
    plan.el.querySelector('[data-score-slot="note"]')?.replaceChildren(missingNote(r.cards, { document: doc, locale, minTickets }));
  } else if (plan.block === 'breakdown' && r.block === 'breakdown') {
    plan.el.replaceChildren(scoreBreakdown(r.card, { document: doc, locale, columns, rankedOf: r.rankedOf, minTickets }));
  } else if (plan.block === 'agent-teams' && r.block === 'agent-teams') {
    plan.el.replaceChildren(agentTeamsTable(r.rows, { document: doc, locale, base }));
  }
  plan.el.removeAttribute('data-error');
}

/** Shows the inline error card naming the scorecard in place of the block's numbers. */
export function renderScoreError(plan: ScorePlan, error: unknown, locale: Locale, doc: Document): void {
  const slot = plan.el.querySelector('[data-score-slot="table"]') ?? plan.el;
  slot.replaceChildren(chartError('scorecard', error, { document: doc, locale }));
  plan.el.querySelector('[data-score-slot="note"]')?.replaceChildren();
  plan.el.setAttribute('data-error', 'scorecard');
}
