import { afterAll, beforeAll, expect, test } from 'vitest';
import { surveyResponseRate } from '../../../src/lib/metrics/survey-response-rate.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture. Tickets resolved in Q3 (by resolved_local): T01 T02 T03 T04 T07 T08 T09 = 7
// (T06 resolved 10-01 01:30 local is Q4). With a rated survey: T01 T02 T03 T08 = 4 (T04's is
// unanswered) → 4/7. Q2: T11 (S6) of T11, T12 → 1/2. Q4: T06, no survey → 0/1.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('survey_response_rate per quarter', async () => {
  const rows = await surveyResponseRate(f.db, f.ctx, { grain: 'quarter' });
  expect(rows.map((r) => [r.bucket, r.numerator, r.n])).toEqual([
    ['2026-Q2', 1, 2],
    ['2026-Q3', 4, 7],
    ['2026-Q4', 0, 1],
  ]);
  expect(rows[1].value).toBe(4 / 7);
});

test('a team with no surveys: 现场组 resolved T09 without a survey → 0 of 1', async () => {
  const rows = await surveyResponseRate(f.db, f.ctx, { by: 'team', filter: { teams: ['现场组'] } });
  expect(rows).toEqual([{ bucket: 'all', group: '现场组', value: 0, n: 1, numerator: 0 }]);
});
