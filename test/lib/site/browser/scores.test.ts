import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NativeDb } from '../../../../scripts/lib/db-native.ts';
import { getMetric, scorecards } from '../../../../src/lib/metrics/index.ts';
import type { Scorecard } from '../../../../src/lib/metrics/index.ts';
import { planColumns, planPage } from '../../../../src/lib/site/browser/plan.ts';
import { pageRenderer } from '../../../../src/lib/site/browser/runner.ts';
import { scoreQuarter } from '../../../../src/lib/site/browser/scores.ts';
import { parseViewState } from '../../../../src/lib/site/url-state.ts';
import { type OpenFixture, openColumns, openFixture } from '../../metrics/fixture.ts';

/** Markup as ScoreTable.astro, ScoreBreakdown.astro and EntityPage.astro write it (the blocks only, empty). */
function page(quarter: string, blocks: string, period = ''): Document {
  const html = `<!doctype html><html lang="en"><body><section data-filters data-default-quarter="${quarter}"></section>
    <p data-period="${quarter}" ${period}>${quarter}</p><h2 data-quarter-text="drill.scorecard">Scorecard ${quarter}</h2>${blocks}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}
const table = (kind: string, extra = '') => `<div data-score-block="table" data-kind="${kind}" data-caption="scorecard.${kind}s" data-rank-data="true" data-show-team="${kind === 'agent'}" ${extra}>
  <div data-score-slot="table"></div><div data-score-slot="note"></div></div>`;

/** Every data-metric cell of a block, keyed "who|metric". */
function cells(root: Element, attr: 'data-team' | 'data-agent'): Map<string, string> {
  return new Map([...root.querySelectorAll(`[data-metric][${attr}]`)].map((e) => [`${e.getAttribute(attr)}|${e.getAttribute('data-metric')}`, e.getAttribute('data-value')!]));
}

/** The same cells from the report's cards (what npm run report prints for the same filters). */
function expected(cards: Scorecard[], kind: 'team' | 'agent', rank = true): Map<string, string> {
  const out = new Map<string, string>();
  const v = (x: number | null | undefined) => (x == null ? '' : String(x));
  for (const c of cards) {
    const who = (kind === 'team' ? c.team : c.agent)!;
    if (rank) out.set(`${who}|rank`, v(c.rank));
    out.set(`${who}|tickets`, v(c.tickets));
    out.set(`${who}|total`, v(c.total));
    out.set(`${who}|delta`, v(c.delta));
    for (const k of c.components) {
      out.set(`${who}|${k.id}`, v(k.value));
      out.set(`${who}|${k.id}:points`, v(k.points));
    }
  }
  return out;
}

describe('scorecard blocks re-rendered in the browser', () => {
  let f: OpenFixture;
  let quarter: string;
  beforeAll(async () => {
    f = await openFixture('basic');
    const q = await getMetric('volume', f.ctx.config).run(f.db, f.ctx, { grain: 'quarter' });
    quarter = q.at(-1)!.bucket;
  }, 60_000);
  afterAll(() => f.db.close());

  test('team and agent tables equal scorecards() for the view, with a channel filter', async () => {
    const doc = page('2000-Q1', table('team') + table('agent'), 'data-period-text="scorecard"');
    await pageRenderer(planPage(doc), f.db, f.ctx, 'en', doc, {})(parseViewState(`quarter=${quarter}&channel=chat`).state);
    const want = await scorecards(f.db, f.ctx, quarter, { channels: ['chat'] });
    const [teams, agents] = [...doc.querySelectorAll('[data-score-block]')];
    expect(want.teams.length).toBeGreaterThan(0);
    expect(cells(teams!, 'data-team')).toEqual(expected(want.teams, 'team'));
    expect(cells(agents!, 'data-agent')).toEqual(expected(want.agents, 'agent'));
    expect(teams!.querySelector('caption')!.textContent).toBe(`Teams · ${quarter}`);
    expect(doc.querySelector('[data-period]')!.textContent).toContain('Δ against');
    expect(doc.querySelector('[data-quarter-text]')!.textContent).toBe(`Scorecard ${quarter}`);
  });

  test('a team page: breakdown ranked among all teams, members computed on the team, both as the report has them', async () => {
    const all = await scorecards(f.db, f.ctx, quarter, { channels: ['chat', 'email'] });
    const team = all.teams[0]!.team!;
    const doc = page(quarter, `<div data-score-block="breakdown" data-kind="team" data-name="${team}"></div>${table('agent', `data-scope-team="${team}"`)}`);
    await pageRenderer(planPage(doc), f.db, f.ctx, 'en', doc, {})(parseViewState(`quarter=${quarter}&channel=chat,email`).state);
    const [breakdown, members] = [...doc.querySelectorAll('[data-score-block]')];
    const scoped = await scorecards(f.db, f.ctx, quarter, { channels: ['chat', 'email'], teams: [team] });
    // the breakdown carries no rank cell (a drill-down's rank is not the report's filtered rank)
    expect(cells(breakdown!, 'data-team')).toEqual(expected(scoped.teams.filter((c) => c.team === team), 'team', false));
    const card = all.teams[0]!;
    const ranked = all.teams.filter((c) => c.rank != null).length;
    expect(breakdown!.textContent).toContain(card.rank != null ? `#${card.rank} of ${ranked}` : 'not ranked');
    expect(cells(members!, 'data-agent')).toEqual(expected(scoped.agents, 'agent'));
  });

  test('an agent page: breakdown and tickets per team follow the view', async () => {
    const all = await scorecards(f.db, f.ctx, quarter, {}, ['agent']);
    const agent = all.agents.find((c) => c.tickets > 0)!.agent!;
    const doc = page(quarter, `<div data-score-block="breakdown" data-kind="agent" data-name="${agent}"></div><div data-score-block="agent-teams" data-name="${agent}"></div>`);
    await pageRenderer(planPage(doc), f.db, f.ctx, 'en', doc, {})(parseViewState(`quarter=${quarter}`).state);
    const [breakdown, teams] = [...doc.querySelectorAll('[data-score-block]')];
    expect(cells(breakdown!, 'data-agent')).toEqual(expected(all.agents.filter((c) => c.agent === agent), 'agent', false));
    const volume = await getMetric('volume', f.ctx.config).run(f.db, f.ctx, { filter: { agents: [agent], from: `${quarter.slice(0, 4)}-01-01`, to: '2100-01-01' }, grain: 'quarter', by: 'team' });
    const rows = [...teams!.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]);
    const want = volume.filter((r) => r.bucket === quarter && r.group != null && r.value).sort((a, b) => b.value! - a.value!).map((r) => [r.group, String(r.value)]);
    expect(rows).toEqual(want);
  });

  test('a filter that matches nothing shows the empty message, not a stale table', async () => {
    const doc = page(quarter, table('team'));
    await pageRenderer(planPage(doc), f.db, f.ctx, 'en', doc, {})(parseViewState(`quarter=${quarter}&team=NoSuchTeam`).state);
    expect(doc.querySelector('[data-score-slot="table"]')!.textContent).toBe('No data for this selection');
    expect(doc.querySelectorAll('[data-metric]').length).toBe(0);
  });

  test('a date range shows the quarter of its end date', () => {
    const view = parseViewState('from=2026-02-10&to=2026-05-03').state;
    expect(scoreQuarter(view, { defaultQuarter: '2026-Q3' }, f.ctx)).toBe('2026-Q2');
    expect(scoreQuarter(parseViewState('').state, { defaultQuarter: '2026-Q3' }, f.ctx)).toBe('2026-Q3');
  });

  test('the columns the plan names are enough: every block renders from them as from the full tables', async () => {
    const agent = (await scorecards(f.db, f.ctx, quarter, {}, ['agent'])).agents[0]!.agent!;
    const blocks = `${table('team')}${table('agent')}<div data-score-block="breakdown" data-kind="agent" data-name="${agent}"></div><div data-score-block="agent-teams" data-name="${agent}"></div>`;
    const cols = await planColumns(planPage(page(quarter, blocks)), f.ctx);
    expect(cols.evaluations).toBeDefined();
    const db: NativeDb = await openColumns(f.outDir, cols);
    try {
      for (const query of [`quarter=${quarter}`, `quarter=${quarter}&channel=chat&priority=high,normal&category=complaint,inquiry`]) {
        const [full, narrow] = [page(quarter, blocks), page(quarter, blocks)];
        await pageRenderer(planPage(full), f.db, f.ctx, 'en', full, {})(parseViewState(query).state);
        await pageRenderer(planPage(narrow), db, f.ctx, 'en', narrow, {})(parseViewState(query).state);
        expect(narrow.querySelectorAll('[data-error]').length).toBe(0);
        expect(narrow.body.innerHTML).toBe(full.body.innerHTML);
        if (!query.includes('&')) expect(full.querySelectorAll('[data-metric="total"]').length).toBeGreaterThan(0);
      }
    } finally {
      await db.close();
    }
  });
});
