import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { agentTeamsTable } from '../../../src/components/scorecards/agent-teams.ts';
import { missingNote } from '../../../src/components/scorecards/missing-note.ts';
import { pointsLost, scoreBreakdown } from '../../../src/components/scorecards/score-breakdown.ts';
import { rankOrder, scoreTable } from '../../../src/components/scorecards/score-table.ts';
import type { Scorecard } from '../../../src/lib/metrics/index.ts';
import type { ComponentColumn } from '../../../src/lib/site/score-columns.ts';
import { quarterText, renderQuarterTexts } from '../../../src/lib/site/quarter-texts.ts';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const columns: ComponentColumn[] = [
  { id: 'satisfaction', metric: 'csat', unit: 'share', weight: 60 },
  { id: 'fcr', metric: 'fcr', unit: 'share', weight: 40 },
];
const tier = { id: 'B', min: 80, name: { 'zh-CN': '良好', en: 'Good' } };

/** An agent card: satisfaction 0.9 → 75 points × 60 %, fcr as given. */
function card(agent: string, rank: number | null, total: number | null, fcr: number | null, tickets = 40): Scorecard {
  const fcrPoints = fcr == null ? null : 100;
  return {
    kind: 'agent', quarter: '2026-Q3', team: 'T1', agent, tickets, total, tier: total == null ? null : tier, rank, ranked: rank != null,
    components: [
      { id: 'satisfaction', metric: 'csat', value: 0.9, n: 30, points: 75, weight: 60, effectiveWeight: fcr == null ? 100 : 60, contribution: fcr == null ? 75 : 45 },
      { id: 'fcr', metric: 'fcr', value: fcr, n: fcr == null ? 0 : 20, points: fcrPoints, weight: 40, effectiveWeight: fcr == null ? 0 : 40, contribution: fcr == null ? 0 : 40 },
    ],
    missing: fcr == null ? ['fcr'] : [], previous: null, delta: total == null ? null : 1.25,
  } as Scorecard;
}

describe('scoreTable', () => {
  const cards = [card('乙', null, 75, null, 3), card('甲', 2, 85, 0.8), card('丙', 1, 90, 0.85)];

  test('rows in rank order, unranked last; every number cell carries its report field and unrounded value', () => {
    expect(rankOrder(cards, 'agent').map((c) => c.agent)).toEqual(['丙', '甲', '乙']);
    const t = scoreTable(cards, { document: doc(), locale: 'en', base: '/reports/', kind: 'agent', columns, minTickets: 10, caption: 'Agents · 2026-Q3' });
    const rows = [...t.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th a')!.textContent)).toEqual(['丙', '甲', '乙']);
    expect(rows[0]!.getAttribute('data-href')).toBe('/reports/en/agents/%E4%B8%99/');
    const first = Object.fromEntries([...rows[0]!.querySelectorAll('[data-metric]')].map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')]));
    expect(first).toEqual({ rank: '1', tickets: '40', 'satisfaction:points': '75', satisfaction: '0.9', 'fcr:points': '100', fcr: '0.85', total: '90', delta: '1.25' });
    expect(rows[2]!.classList.contains('unranked')).toBe(true);
    // a short mark that keeps the row one line high, the full words for screen readers
    const rank = rows[2]!.querySelector('.rank')!;
    expect(rank.querySelector('[aria-hidden="true"]')!.textContent).toBe('n < 10');
    expect(rank.querySelector('[aria-hidden="true"]')!.getAttribute('title')).toBe('not ranked (n < 10)');
    expect(rank.querySelector('.visually-hidden')!.textContent).toBe('not ranked (n < 10)');
    expect(rows[2]!.querySelector('.missing-mark')!.getAttribute('title')).toBe('First-contact resolution');
    expect(t.querySelector('caption')!.textContent).toBe('Agents · 2026-Q3');
    expect([...t.querySelectorAll('thead th')].map((h) => h.textContent)).toEqual(['Rank', 'Agent', 'Team', 'Tickets', 'Satisfaction60%', 'First-contact resolution40%', 'Score', 'Tier', 'Δ vs previous']);
  });

  test('a drill-down table leaves the rank out of the checked values and can drop the team column', () => {
    const t = scoreTable(cards, { document: doc(), locale: 'zh-CN', base: '/', kind: 'agent', columns, minTickets: 10, caption: 'x', rankData: false, showTeam: false });
    expect(t.querySelectorAll('[data-metric="rank"]').length).toBe(0);
    expect(t.querySelectorAll('thead th').length).toBe(8);
  });

  test('no cards: the empty-selection line', () => {
    const t = scoreTable([], { document: doc(), locale: 'zh-CN', base: '/', kind: 'team', columns, minTickets: 10, caption: 'x' });
    expect(t.tagName).toBe('P');
    expect(t.textContent).toBe('当前筛选条件下没有数据');
  });
});

describe('scoreBreakdown', () => {
  test('components by points lost, largest first; rank "#r of n"; the left-out component marked', () => {
    const c = card('甲', 2, 85, 0.8);
    c.components[1]!.points = 50;
    c.components[1]!.contribution = 20;
    // satisfaction loses (100 − 75) × 60 % = 15, fcr (100 − 50) × 40 % = 20
    expect(c.components.map(pointsLost)).toEqual([15, 20]);
    const b = scoreBreakdown(c, { document: doc(), locale: 'en', columns, rankedOf: 12, minTickets: 10 });
    expect([...b.querySelectorAll('tbody th')].map((e) => e.textContent)).toEqual(['First-contact resolution', 'Satisfaction']);
    expect(b.textContent).toContain('#2 of 12');
    expect(b.querySelector('[data-metric="total"]')!.getAttribute('data-value')).toBe('85');
    expect(b.querySelector('[data-metric="rank"]')).toBeNull();
    const left = scoreBreakdown(card('乙', null, 75, null, 3), { document: doc(), locale: 'en', columns, rankedOf: 12, minTickets: 10 });
    expect(left.textContent).toContain('not ranked (n < 10)');
    expect(left.querySelector('tr.left-out th')!.textContent).toBe('First-contact resolution*');
  });

  test('no card: says so', () => {
    expect(scoreBreakdown(undefined, { document: doc(), locale: 'en', columns, rankedOf: 0, minTickets: 10 }).textContent).toBe('No scorecard for this quarter.');
  });
});

test('missingNote lists each left-out component with whom it was left out for, and explains an unranked row', () => {
  const n = missingNote([card('甲', 1, 85, 0.8), card('乙', null, 75, null), card('丙', null, 70, null)], { document: doc(), locale: 'zh-CN', minTickets: 30 });
  expect(n.querySelector('li')!.textContent).toBe('一次解决率: 乙、丙');
  expect(n.querySelector('[data-unranked-note]')!.textContent).toBe('排名列中的“n < 30”：本季度工单少于 30 张，显示但不参与排名。');
  const all = missingNote([card('甲', 1, 85, 0.8)], { document: doc(), locale: 'en', minTickets: 30 });
  expect(all.textContent).toBe('Every component had data for every row.');
  // a row without a score says so in its rank cell: nothing to explain
  expect(missingNote([card('甲', 1, 85, 0.8), card('丁', null, null, 0.8)], { document: doc(), locale: 'en', minTickets: 30 }).querySelector('[data-unranked-note]')).toBeNull();
});

test('agentTeamsTable: most tickets first, shares of the agent total, nothing for an empty period', () => {
  const t = agentTeamsTable([{ team: 'B', tickets: 10 }, { team: 'A', tickets: 30 }, { team: 'C', tickets: 0 }], { document: doc(), locale: 'en', base: '/' });
  expect([...t.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual(['A3075%', 'B1025%']);
  expect(agentTeamsTable([], { document: doc(), locale: 'en', base: '/' }).textContent).toBe('No data for this selection');
});

test('quarter texts are rewritten for the view quarter, unknown keys left alone', () => {
  const d = doc();
  d.body.innerHTML = '<h2 data-quarter-text="drill.members">x</h2><h2 data-quarter-text="nope">keep</h2>';
  renderQuarterTexts(d, 'en', '2026-Q2');
  expect([...d.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([quarterText('drill.members', 'en', '2026-Q2'), 'keep']);
  expect(quarterText('drill.members', 'en', '2026-Q2')).toContain('2026-Q2');
});
