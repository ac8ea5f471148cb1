import { afterAll, beforeAll, expect, test } from 'vitest';
import { responseTimeDistribution } from '../../../src/lib/metrics/distribution.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture, first responses created in Q3: 1, 3, 5, 30, 40, 120, 150 (T07's −10 excluded).
// Bins [0,1) 0 · [1,2) 1 · [2,5) 3 · [5,10) 5 · [10,20) – · [20,50) 30, 40 · [50,100) – · [100,200) 120, 150.
// ECDF: 1 → 1/7, 3 → 2/7, 5 → 3/7, 30 → 4/7, 40 → 5/7, 120 → 6/7, 150 → 1.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());
const q3 = { from: '2026-07-01', to: '2026-09-30' };

test('histogram bins and ECDF', async () => {
  const [d] = await responseTimeDistribution(f.db, f.ctx, { filter: q3 });
  expect(d.n).toBe(7);
  expect(d.bins.map((b) => [b.lo, b.hi, b.count])).toEqual([
    [0, 1, 0],
    [1, 2, 1],
    [2, 5, 1],
    [5, 10, 1],
    [10, 20, 0],
    [20, 50, 2],
    [50, 100, 0],
    [100, 200, 2],
  ]);
  expect(d.ecdf).toEqual([1, 3, 5, 30, 40, 120, 150].map((minutes, i) => ({ minutes, share: (i + 1) / 7 })));
});

test('ECDF thinning keeps the last point; business-hour measure; by team', async () => {
  const [thin] = await responseTimeDistribution(f.db, f.ctx, { filter: q3, maxPoints: 3 });
  expect(thin.ecdf.length).toBeLessThanOrEqual(4);
  expect(thin.ecdf.at(-1)).toEqual({ minutes: 150, share: 1 });
  const [bh] = await responseTimeDistribution(f.db, f.ctx, { filter: q3, measure: 'frt_bh' });
  expect(bh.bins[0].count).toBe(1); // T06: 0 business minutes
  const byTeam = await responseTimeDistribution(f.db, f.ctx, { filter: q3, by: 'team' });
  expect(byTeam.map((d) => [d.group, d.n])).toEqual([
    ['售后一组', 4],
    ['售后二组', 2],
    ['现场组', 1],
  ]);
});
