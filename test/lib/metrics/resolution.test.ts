import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolutionBhMedianMetric, resolutionBhP90Metric, resolutionMedianMetric, resolutionP90Metric } from '../../../src/lib/metrics/resolution.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture, tickets resolved in Q3 (resolved_local): T01 30, T02 2880, T03 1440, T04 20,
// T07 120 (its FRT is negative, its resolution is fine), T08 60, T09 2880 → sorted
// 20, 30, 60, 120, 1440, 2880, 2880: median 120, p90 at 5.4 → 2880.
// Business hours: T02 Wed 10:00 → Fri 10:00 = 480 + 540 + 60 = 1080; T03 Thu 14:00 → Fri 14:00 =
// 240 + 300 = 540; T09 Wed 10:00 → Fri 10:00 = 1080 → 20, 30, 60, 120, 540, 1080, 1080:
// median 120, p90 1080. T06 (resolved 10-01 01:30 local) belongs to Q4: calendar 120, bh 0.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('resolution quantiles per quarter', async () => {
  const median = await resolutionMedianMetric.run(f.db, f.ctx, { grain: 'quarter' });
  expect(median.map((r) => [r.bucket, r.value, r.n])).toEqual([
    ['2026-Q2', 35, 2],
    ['2026-Q3', 120, 7],
    ['2026-Q4', 120, 1],
  ]);
  expect((await resolutionP90Metric.run(f.db, f.ctx, { grain: 'quarter' }))[1].value).toBe(2880);
  expect((await resolutionBhMedianMetric.run(f.db, f.ctx, { grain: 'quarter' })).map((r) => r.value)).toEqual([35, 120, 0]);
  expect((await resolutionBhP90Metric.run(f.db, f.ctx, { grain: 'quarter' }))[1].value).toBe(1080);
});
