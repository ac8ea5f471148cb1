import { afterAll, beforeAll, expect, test } from 'vitest';
import { complaintTimeliness } from '../../../src/lib/metrics/complaint-timeliness.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture: complaints T02 (resolved exactly at its 48 h deadline → on time) and T05 (open,
// deadline 07-08 11:00 before as-of → late) → Q3 1/2. 二组 has only T05 → 0/1.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('complaint_timeliness', async () => {
  expect(await complaintTimeliness(f.db, f.ctx, { grain: 'quarter' })).toEqual([{ bucket: '2026-Q3', group: null, value: 0.5, n: 2, numerator: 1 }]);
  const byTeam = await complaintTimeliness(f.db, f.ctx, { by: 'team' });
  expect(byTeam.map((r) => [r.group, r.value])).toEqual([
    ['售后一组', 1],
    ['售后二组', 0],
  ]);
});

test('a complaint not yet due and still open is left out', async () => {
  const early = { ...f.ctx, asOf: { at: '2026-07-07 00:00:00', local: '2026-07-07 08:00:00' } };
  expect(await complaintTimeliness(f.db, early)).toEqual([{ bucket: 'all', group: null, value: 1, n: 1, numerator: 1 }]);
});
