import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/lib/config/index.ts';
import { methodSplit, recentComments, scoreCounts, surveyScale } from '../../../src/lib/metrics/survey-views.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture, 2026-Q3: rated S1 5 (questionnaire, chat), S2 3 (phone callback, chat), S3 4 (questionnaire, email),
// S5 2 (questionnaire, email); S4 unanswered; S6 5 is in Q2 (questionnaire, chat).
const Q3 = { from: '2026-07-01', to: '2026-09-30' };
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('rated surveys per score; satisfied from 4 on the 5-point scale', async () => {
  expect(await scoreCounts(f.db, Q3)).toEqual([
    { score: 2, count: 1, satisfied: false }, { score: 3, count: 1, satisfied: false }, { score: 4, count: 1, satisfied: true }, { score: 5, count: 1, satisfied: true },
  ]);
  // chat tickets: S1 and S2 in Q3, S6 in Q2
  expect(await scoreCounts(f.db, { channels: ['chat'] })).toEqual([{ score: 3, count: 1, satisfied: false }, { score: 5, count: 2, satisfied: true }]);
});

test('rated surveys per method, most first, with how many were satisfied', async () => {
  // questionnaire S1, S3, S5 (2 satisfied); phone callback S2; the unanswered sms S4 is not rated
  expect(await methodSplit(f.db, Q3)).toEqual([{ method: 'questionnaire', n: 3, satisfied: 2 }, { method: 'phone_callback', n: 1, satisfied: 0 }]);
  expect(await methodSplit(f.db, { ...Q3, teams: ['售后二组'] })).toEqual([{ method: 'questionnaire', n: 1, satisfied: 0 }]);
});

test('recent comments newest first, masked, blank ones left out', async () => {
  expect(await recentComments(f.db, Q3)).toEqual([
    { at: '2026-08-03 12:00', team: '售后二组', agent: '李四', score: 2, comment: 'too slow, write to [email]' },
    { at: '2026-07-03 12:00', team: '售后一组', agent: '张三', score: 3, comment: '请回电 [phone]' },
    { at: '2026-07-01 12:00', team: '售后一组', agent: '张三', score: 5, comment: '很快就解决了' },
  ]);
  expect((await recentComments(f.db, {}, 1)).map((c) => c.at)).toEqual(['2026-08-03 12:00']);
  expect(await recentComments(f.db, { ...Q3, channels: ['onsite'] })).toEqual([]);
});

test('the scale: every score and the lowest satisfied one', () => {
  expect(surveyScale(DEFAULT_CONFIG)).toEqual({ scores: [1, 2, 3, 4, 5], satisfiedFrom: 4 });
  expect(surveyScale({ ...DEFAULT_CONFIG, survey_scale: '10' })).toEqual({ scores: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], satisfiedFrom: 9 });
  expect(surveyScale({ ...DEFAULT_CONFIG, survey_scale: 'binary' })).toEqual({ scores: [0, 1], satisfiedFrom: 1 });
});
