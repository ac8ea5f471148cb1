import { afterAll, beforeAll, expect, test } from 'vitest';
import { csatMean } from '../../../src/lib/metrics/csat-mean.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture: Q3 scores 5, 3, 4, 2 → (5+3+4+2)/4 = 3.5; Q2 S6 5; all (14+5)/5 = 3.8.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('csat_mean per quarter and over everything', async () => {
  expect(await csatMean(f.db, f.ctx, { grain: 'quarter' })).toEqual([
    { bucket: '2026-Q2', group: null, value: 5, n: 1 },
    { bucket: '2026-Q3', group: null, value: 3.5, n: 4 },
  ]);
  expect((await csatMean(f.db, f.ctx))[0].value).toBeCloseTo(3.8, 12);
});

test('csat_mean by month: 2026-07 (5+3+4)/3 = 4, 2026-08 2', async () => {
  const rows = await csatMean(f.db, f.ctx, { grain: 'month', filter: { from: '2026-07-01' } });
  expect(rows.map((r) => [r.bucket, r.value, r.n])).toEqual([
    ['2026-07', 4, 3],
    ['2026-08', 2, 1],
  ]);
});
