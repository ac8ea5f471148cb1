import { afterAll, beforeAll, expect, test } from 'vitest';
import { slaResolutionAttainment } from '../../../src/lib/metrics/sla-resolution.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture. Deadlines (local): T01 07-04 09:00 ✓; T02 complaint 48 h = 07-03 10:00, resolved
// exactly then ✓; T03 high 24 h = 07-03 14:00, resolved exactly then ✓; T04 urgent 4 h ✓; T05
// complaint due 07-08 11:00, still open → late; T07 low 120 h ✓; T08 export deadline 09:45,
// resolved 10:00 → late (the export's deadline wins over the 72 h default); T09 onsite 96 h ✓.
// Q3: 6/8 = 0.75. T06 is due 10-03 23:30, after the as-of instant (10-02 08:00): not yet due, so
// left out although already resolved (no Q4 bucket of early resolutions at 100 %). T10 due 10-05,
// open → left out. Q2: T11, T12 on time → 2/2. All: 8/10.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('sla_resolution_attainment per quarter and overall', async () => {
  const rows = await slaResolutionAttainment(f.db, f.ctx, { grain: 'quarter' });
  expect(rows.map((r) => [r.bucket, r.numerator, r.n, r.value])).toEqual([
    ['2026-Q2', 2, 2, 1],
    ['2026-Q3', 6, 8, 0.75],
  ]);
  expect((await slaResolutionAttainment(f.db, f.ctx))[0]).toMatchObject({ numerator: 8, n: 10 });
});
