import { afterAll, beforeAll, expect, test } from 'vitest';
import { scorecards } from '../../../../src/lib/metrics/scorecard/build.ts';
import { type OpenFixture, openFixture } from '../fixture.ts';

// basic fixture, 2026-Q3, default weights (satisfaction 30, complaint 20, fcr 15, process 10,
// teamwork 10, training 5, response 10) and rules (csat 0.6→0.9, complaint 0.6→0.95, fcr 0.4→0.75,
// eval 60→90, sla_frt 0.5→0.9).
// 售后一组: csat 2/3 → 22.22 pts; complaint 1/1 → 100; fcr 1/3 → 0; process mean(83, 76) = 79.5 → 65;
//   teamwork 90 → 100; training 80 → 66.67; sla_frt 2/4 = 0.5 → 0.
//   total = 0.3·22.22 + 0.2·100 + 0 + 0.1·65 + 0.1·100 + 0.05·66.67 + 0 = 46.5 → D.
//   Q2: csat 1 → 100, fcr 1 → 100, process 80 → 66.67, sla 1 → 100 over weights 65:
//   (3000 + 1500 + 666.67 + 1000)/65 = 94.872 → Δ = 46.5 − 94.872 = −48.372.
// 售后二组: csat 0/1 → 0; complaint 0/1 → 0; fcr 2/2 → 100; process 68.89 → 29.63; sla 2/3 → 41.67;
//   teamwork, training missing → weights over 85: (1500 + 296.30 + 416.67)/85 = 26.035.
// 现场组: fcr 0/1 → 0, sla 1/1 → 100, others missing → 10·100/25 = 40.
// Agents: 张三 (2 tickets) 55.286; 李四 (T03, T06 in 一组, T08 in 二组 → card team 一组)
//   csat 1/2 → 0, fcr 1/2 → 28.57, process 76 → 53.33, sla 1/3 → 0 over weights 65 → 14.799;
//   王五 32.660; 赵六 1 ticket < min_tickets_for_rank 2 → shown, not ranked.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('team scorecards: totals, tiers, ranks, missing components, Δ', { timeout: 30_000 }, async () => {
  const { teams } = await scorecards(f.db, f.ctx, '2026-Q3');
  expect(teams.map((c) => [c.team, c.tickets, Number(c.total!.toFixed(6)), c.tier?.id, c.rank])).toEqual([
    ['售后一组', 4, 46.5, 'D', 1],
    ['售后二组', 4, 26.034858, 'D', 3],
    ['现场组', 1, 40, 'D', 2],
  ]);
  expect(teams[0].delta).toBeCloseTo(46.5 - 6166.666666667 / 65, 6);
  expect(teams[1].missing).toEqual(['teamwork_communication', 'training']);
  expect(teams[2].previous).toBeNull();
  expect(teams[2].delta).toBeNull();
});

test('agent scorecards: moved agent belongs to the team of most tickets; too few tickets → unranked', { timeout: 30_000 }, async () => {
  const { agents } = await scorecards(f.db, f.ctx, '2026-Q3');
  const byName = Object.fromEntries(agents.map((c) => [c.agent, c]));
  expect(byName['李四']).toMatchObject({ team: '售后一组', tickets: 3, rank: 3 });
  expect(byName['李四'].total).toBeCloseTo((15 * (0.1 / 0.35) * 100 + 10 * (16 / 30) * 100) / 65, 9);
  expect(byName['张三']).toMatchObject({ team: '售后一组', rank: 1 });
  expect(byName['张三'].total).toBeCloseTo(20 + 15 * (0.1 / 0.35) + 7.666666667 + 10 + 3.333333333 + 10, 6);
  expect(byName['王五']).toMatchObject({ team: '售后二组', rank: 2 });
  expect(byName['赵六']).toMatchObject({ team: '现场组', tickets: 1, total: 40, ranked: false, rank: null });
});

test('a team filter narrows the data; an empty quarter gives no cards', { timeout: 30_000 }, async () => {
  const { agents } = await scorecards(f.db, f.ctx, '2026-Q3', { teams: ['售后二组'] });
  expect(agents.map((c) => [c.agent, c.tickets])).toEqual([
    ['李四', 1],
    ['王五', 3],
  ]);
  expect(await scorecards(f.db, f.ctx, '2025-Q1')).toEqual({ quarter: '2025-Q1', teams: [], agents: [] });
});
