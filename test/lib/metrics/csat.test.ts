import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csat } from '../../../src/lib/metrics/csat.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// Fixture: test/fixtures/metrics/basic (see its README). Rated surveys: S1 5 ✓, S2 3 ✗, S3 4 ✓,
// S5 2 ✗ in Q3, S6 5 ✓ in Q2; S4 is unanswered and never counts.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

describe('csat', () => {
  test('per quarter: Q2 1/1, Q3 2/4 (S4 unanswered left out)', async () => {
    expect(await csat(f.db, f.ctx, { grain: 'quarter' })).toEqual([
      { bucket: '2026-Q2', group: null, value: 1, n: 1, numerator: 1 },
      { bucket: '2026-Q3', group: null, value: 0.5, n: 4, numerator: 2 },
    ]);
  });

  test('whole period: 3 satisfied of 5 rated = 0.6', async () => {
    expect(await csat(f.db, f.ctx)).toEqual([{ bucket: 'all', group: null, value: 0.6, n: 5, numerator: 3 }]);
  });

  test('by team in Q3: 一组 S1,S2,S3 → 2/3; 二组 S5 → 0/1; 现场组 has no surveys, so no row', async () => {
    const rows = await csat(f.db, f.ctx, { filter: { from: '2026-07-01', to: '2026-09-30' }, by: 'team' });
    expect(rows.map((r) => [r.group, r.numerator, r.n])).toEqual([
      ['售后一组', 2, 3],
      ['售后二组', 0, 1],
    ]);
  });

  test('filters: channel from the ticket (chat: S1, S2, S6 → 2/3), agent from the survey (李四: S3, S5 → 1/2)', async () => {
    expect((await csat(f.db, f.ctx, { filter: { channels: ['chat'] } }))[0]).toMatchObject({ numerator: 2, n: 3 });
    expect((await csat(f.db, f.ctx, { filter: { agents: ['李四'] } }))[0]).toMatchObject({ numerator: 1, n: 2 });
  });

  test('empty period and unknown team give no rows', async () => {
    expect(await csat(f.db, f.ctx, { filter: { from: '2027-01-01', to: '2027-03-31' } })).toEqual([]);
    expect(await csat(f.db, f.ctx, { filter: { teams: ["x' OR 1=1 --"] } })).toEqual([]);
  });

  test('week grain (Monday weeks): S1, S2, S3 in the week of 2026-06-29; S5 in the week of 08-03', async () => {
    const rows = await csat(f.db, f.ctx, { grain: 'week', filter: { from: '2026-07-01' } });
    expect(rows.map((r) => [r.bucket, r.numerator, r.n])).toEqual([
      ['2026-06-29', 2, 3],
      ['2026-08-03', 0, 1],
    ]);
  });
});
