import { afterAll, beforeAll, expect, test } from 'vitest';
import { backlog } from '../../../src/lib/metrics/backlog.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture, open at the end of each local day:
// 07-01: T02 (T01 resolved the same day) = 1; 07-02: T02 T03 = 2; 07-03: both resolved = 0;
// 07-06: T05 (T04 resolved the same day) = 1; 07-07: 1.
// 09-30: T05 + T06 (created 23:30, resolved 10-01) = 2; 10-01: 1; 10-02 (as-of day): T05 + T10 = 2.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('end-of-day series', async () => {
  const days = await backlog(f.db, f.ctx, { grain: 'day', filter: { from: '2026-07-01', to: '2026-07-07' } });
  expect(days.map((r) => r.value)).toEqual([1, 2, 0, 0, 0, 1, 1]);
  const end = await backlog(f.db, f.ctx, { grain: 'day', filter: { from: '2026-09-30', to: '2026-12-31' } });
  expect(end.map((r) => [r.bucket, r.value])).toEqual([
    ['2026-09-30', 2],
    ['2026-10-01', 1],
    ['2026-10-02', 2],
  ]);
});

test('coarser grains take the last day in range, never a sum', async () => {
  expect((await backlog(f.db, f.ctx, { grain: 'quarter' })).map((r) => [r.bucket, r.value])).toEqual([
    ['2026-Q2', 0],
    ['2026-Q3', 2],
    ['2026-Q4', 2],
  ]);
  expect(await backlog(f.db, f.ctx, { filter: { from: '2026-07-01', to: '2026-07-02' } })).toEqual([{ bucket: 'all', group: null, value: 2, n: 2 }]);
});

test('by team at the end of Q3: 一组 T06, 二组 T05, 现场组 0', async () => {
  const rows = await backlog(f.db, f.ctx, { by: 'team', filter: { to: '2026-09-30' } });
  expect(rows.map((r) => [r.group, r.value])).toEqual([
    ['售后一组', 1],
    ['售后二组', 1],
    ['现场组', 0],
  ]);
});

test('a team whose tickets all ended before the range still gets its zero (the sums skip those tickets)', async () => {
  // at the end of 10-02: 一组 T10 (created that day), 二组 T05; 现场组's only ticket, T09, ended in July
  const rows = await backlog(f.db, f.ctx, { by: 'team', filter: { from: '2026-10-01', to: '2026-10-02' } });
  expect(rows.map((r) => [r.group, r.value])).toEqual([
    ['售后一组', 1],
    ['售后二组', 1],
    ['现场组', 0],
  ]);
});
