import { afterAll, beforeAll, expect, test } from 'vitest';
import { volume } from '../../../src/lib/metrics/volume.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture: created Q2 T11 T12 = 2; Q3 T01–T09 = 9 (T06 at 23:30 on 09-30 included); Q4 T10 = 1.
// Q3 by channel: chat T01 T02 T06 = 3, email T03 T05 T08 = 3, onsite 1, phone 1, web 1.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('volume per quarter', async () => {
  expect((await volume(f.db, f.ctx, { grain: 'quarter' })).map((r) => [r.bucket, r.value])).toEqual([
    ['2026-Q2', 2],
    ['2026-Q3', 9],
    ['2026-Q4', 1],
  ]);
});

test('volume by channel, category and team in Q3', async () => {
  const q = { filter: { from: '2026-07-01', to: '2026-09-30' } };
  expect((await volume(f.db, f.ctx, { ...q, by: 'channel' })).map((r) => [r.group, r.value])).toEqual([
    ['chat', 3],
    ['email', 3],
    ['onsite', 1],
    ['phone', 1],
    ['web', 1],
  ]);
  expect((await volume(f.db, f.ctx, { ...q, by: 'category' })).map((r) => [r.group, r.value])).toEqual([
    ['complaint', 2],
    ['fault', 2],
    ['inquiry', 5],
  ]);
  expect((await volume(f.db, f.ctx, { ...q, by: 'team' })).map((r) => [r.group, r.value])).toEqual([
    ['售后一组', 4],
    ['售后二组', 4],
    ['现场组', 1],
  ]);
});

test('an empty period has no rows; the last day of the quarter ends at local midnight', async () => {
  expect(await volume(f.db, f.ctx, { filter: { from: '2025-01-01', to: '2025-12-31' } })).toEqual([]);
  expect((await volume(f.db, f.ctx, { filter: { from: '2026-09-30', to: '2026-09-30' } }))[0].value).toBe(1);
  expect(() => volume(f.db, f.ctx, { filter: { from: '2026-02-30' } })).toThrow('invalid from: 2026-02-30');
});
