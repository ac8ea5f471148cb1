import { afterAll, beforeAll, expect, test } from 'vitest';
import { slaFrtAttainment } from '../../../src/lib/metrics/sla-frt.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture, as of 2026-10-02 08:00 local. Due in Q3 and decided:
// met T01 (3 ≤ 5), T02 (5 ≤ 5: exactly on the boundary), T04 (1 ≤ 1), T08 (30 ≤ 240), T09 (120 ≤ 480);
// breached T03 (150 > 120), T05 (unanswered, due 07-06 15:00, long before as-of), T06 (40 > 5,
// due 09-30 23:35 → Q3). Excluded: T07 (negative FRT). → 5/8 = 0.625.
// T10 is due 10-02 08:05, five minutes after the data's as-of: not yet due, left out (a wall
// clock "now" would wrongly count it as breached). Q2: T11 met, T12 10 > 5 → 1/2.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('sla_frt_attainment per quarter; T10 not yet due as of the data', async () => {
  expect(await slaFrtAttainment(f.db, f.ctx, { grain: 'quarter' })).toEqual([
    { bucket: '2026-Q2', group: null, value: 0.5, n: 2, numerator: 1 },
    { bucket: '2026-Q3', group: null, value: 0.625, n: 8, numerator: 5 },
  ]);
});

test('a later as-of makes the unanswered T10 breached', async () => {
  const later = { ...f.ctx, asOf: { at: '2026-10-02 00:06:00', local: '2026-10-02 08:06:00' } };
  const rows = await slaFrtAttainment(f.db, later, { filter: { from: '2026-10-01' } });
  expect(rows).toEqual([{ bucket: 'all', group: null, value: 0, n: 1, numerator: 0 }]);
});

test('by team in Q3: 一组 T01 T02 ✓ T03 T06 ✗ → 2/4; 二组 T04 T08 ✓ T05 ✗ → 2/3; 现场组 1/1', async () => {
  const rows = await slaFrtAttainment(f.db, f.ctx, { by: 'team', filter: { from: '2026-07-01', to: '2026-09-30' } });
  expect(rows.map((r) => [r.group, r.numerator, r.n])).toEqual([
    ['售后一组', 2, 4],
    ['售后二组', 2, 3],
    ['现场组', 1, 1],
  ]);
});
