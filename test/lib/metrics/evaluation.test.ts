import { afterAll, beforeAll, expect, test } from 'vitest';
import { evalMetrics, evalScore } from '../../../src/lib/metrics/evaluation.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture, 2026-Q3 process_compliance, role weights supervisor 40, peer 20, customer 30, self 10:
// 张三 all four roles: (40·90 + 20·80 + 30·70 + 10·100)/100 = 83.
// 李四 supervisor and self only (peer, customer missing → weight shared pro rata):
//   (40·80 + 10·60)/50 = 76.
// 王五 two peers (70, 90 → role mean 80), no self: (40·70 + 20·80 + 30·60)/90 = 6200/90 = 68.888…
// Team 售后一组 = mean(83, 76) = 79.5; all = (83 + 76 + 68.888…)/3 = 75.962962…
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('eval_process_compliance per person, team and overall', async () => {
  const people = await evalScore(f.db, f.ctx, { grain: 'quarter', by: 'agent', filter: { from: '2026-07-01' } }, 'process_compliance');
  expect(people.map((r) => [r.bucket, r.group, r.value])).toEqual([
    ['2026-Q3', '张三', 83],
    ['2026-Q3', '李四', 76],
    ['2026-Q3', '王五', 6200 / 90],
  ]);
  const teams = await evalScore(f.db, f.ctx, { grain: 'quarter', by: 'team', filter: { from: '2026-07-01' } }, 'process_compliance');
  expect(teams.map((r) => [r.group, r.value, r.n])).toEqual([
    ['售后一组', 79.5, 2],
    ['售后二组', 6200 / 90, 1],
  ]);
  const all = await evalScore(f.db, f.ctx, { grain: 'quarter' }, 'process_compliance');
  expect(all.map((r) => r.bucket)).toEqual(['2026-Q2', '2026-Q3']);
  expect(all[1].value).toBeCloseTo((83 + 76 + 6200 / 90) / 3, 9);
});

test('registry entries come from config dimensions; a dimension without data has no rows', async () => {
  const defs = evalMetrics(f.ctx.config);
  expect(defs.map((d) => d.id)).toEqual(['eval_process_compliance', 'eval_teamwork_communication', 'eval_training', 'eval_business_ability']);
  expect(await defs[3].run(f.db, f.ctx)).toEqual([]);
  expect(await defs[2].run(f.db, f.ctx)).toEqual([{ bucket: 'all', group: null, value: 80, n: 1 }]);
});
