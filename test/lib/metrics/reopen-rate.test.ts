import { afterAll, beforeAll, expect, test } from 'vitest';
import { reopenRate } from '../../../src/lib/metrics/reopen-rate.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture: resolved in Q3 with a known reopen count T01 T02 T03 T04 T08 T09 (T07 unknown);
// reopened: T03 → 1/6. Whole period adds T06, T11, T12 (never reopened) → 1/9.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('reopen_rate', async () => {
  expect((await reopenRate(f.db, f.ctx, { filter: { from: '2026-07-01', to: '2026-09-30' } }))[0]).toEqual({ bucket: 'all', group: null, value: 1 / 6, n: 6, numerator: 1 });
  expect((await reopenRate(f.db, f.ctx))[0]).toMatchObject({ numerator: 1, n: 9 });
});
