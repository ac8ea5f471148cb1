import { afterAll, beforeAll, expect, test } from 'vitest';
import { frtBhMedianMetric, frtBhP90Metric, frtMedianMetric, frtP90Metric } from '../../../src/lib/metrics/frt.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture, tickets created in Q3 with a response: T01 3, T02 5, T03 150, T04 1, T06 40,
// T08 30, T09 120; T07 (−10, bad data) is excluded, T05 has no response.
// Sorted 1, 3, 5, 30, 40, 120, 150 (n = 7): median = 30; p90 at (7−1)·0.9 = 5.4 → 120 + 0.4·30 = 132.
// Business hours: T06 (Wed 23:30 → Thu 00:10) is 0, the rest as calendar: 0, 1, 3, 5, 30, 120, 150
// → median 5, p90 132. Whole period adds T11 2 and T12 10: 1,2,3,5,10,30,40,120,150 → median 10,
// p90 at 7.2 → 120 + 0.2·30 = 126.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());
const q3 = { from: '2026-07-01', to: '2026-09-30' };

test('frt median and p90 in Q3, calendar and business hours', async () => {
  expect(await frtMedianMetric.run(f.db, f.ctx, { filter: q3 })).toEqual([{ bucket: 'all', group: null, value: 30, n: 7 }]);
  expect((await frtP90Metric.run(f.db, f.ctx, { filter: q3 }))[0].value).toBeCloseTo(132, 9);
  expect((await frtBhMedianMetric.run(f.db, f.ctx, { filter: q3 }))[0].value).toBe(5);
  expect((await frtBhP90Metric.run(f.db, f.ctx, { filter: q3 }))[0].value).toBeCloseTo(132, 9);
});

test('whole period: median 10, p90 126, n = 9', async () => {
  expect((await frtMedianMetric.run(f.db, f.ctx))[0]).toEqual({ bucket: 'all', group: null, value: 10, n: 9 });
  expect((await frtP90Metric.run(f.db, f.ctx))[0].value).toBeCloseTo(126, 9);
});

test('the 23:30 ticket on the last day of Q3 is a Q3 ticket (day 2026-09-30)', async () => {
  const days = await frtMedianMetric.run(f.db, f.ctx, { grain: 'day', filter: { from: '2026-09-30', to: '2026-10-01' } });
  expect(days).toEqual([{ bucket: '2026-09-30', group: null, value: 40, n: 1 }]);
});

test('by channel in Q3: chat 3, 5, 40 → 5; email 150, 30 → 90; web has only the negative T07 → no row', async () => {
  const rows = await frtMedianMetric.run(f.db, f.ctx, { filter: q3, by: 'channel' });
  expect(rows.map((r) => [r.group, r.value, r.n])).toEqual([
    ['chat', 5, 3],
    ['email', 90, 2],
    ['onsite', 120, 1],
    ['phone', 1, 1],
  ]);
});
