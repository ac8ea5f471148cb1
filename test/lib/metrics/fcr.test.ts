import { afterAll, beforeAll, expect, test } from 'vitest';
import { fcr } from '../../../src/lib/metrics/fcr.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture, resolved in Q3 with a known contact count: T01 (1/0 ✓), T02 (2 contacts ✗),
// T03 (1 contact but reopened ✗), T04 ✓, T08 ✓, T09 (3 ✗); T07 has no contact count → left out.
// → 3/6 = 0.5. Q2: T11 ✓, T12 ✗ → 1/2. Q4: T06 ✓ → 1/1.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('fcr per quarter', async () => {
  const rows = await fcr(f.db, f.ctx, { grain: 'quarter' });
  expect(rows.map((r) => [r.bucket, r.numerator, r.n, r.value])).toEqual([
    ['2026-Q2', 1, 2, 0.5],
    ['2026-Q3', 3, 6, 0.5],
    ['2026-Q4', 1, 1, 1],
  ]);
});
