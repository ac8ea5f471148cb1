import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/lib/config/index.ts';
import { frtMedianMetric } from '../../../src/lib/metrics/frt.ts';
import { type Grain, bucketOrdinalSql, bucketSql, quarterOf, quarterRange, quartersBetween, shiftQuarter } from '../../../src/lib/metrics/grain.ts';
import { createNativeDb } from '../../../scripts/lib/db-native.ts';
import { loadMatrix } from '../../../src/lib/metrics/load-matrix.ts';
import { resolutionMedianMetric } from '../../../src/lib/metrics/resolution.ts';
import { volume } from '../../../src/lib/metrics/volume.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

const april = { ...DEFAULT_CONFIG, fiscal_year_start_month: 4 };

describe('quarter keys', () => {
  test('calendar and fiscal quarters', () => {
    expect(quarterRange('2026-Q3', DEFAULT_CONFIG)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterRange('2026-Q4', april)).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(quarterOf('2026-03-31', april)).toBe('2025-Q4');
    expect(quarterOf('2026-04-01', april)).toBe('2026-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(quartersBetween('2026-05-01', '2026-10-01', DEFAULT_CONFIG)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(() => quarterRange('2026-Q5', DEFAULT_CONFIG)).toThrow('invalid quarter: 2026-Q5');
  });
});

// Every local day of 2023-12-25 … 2027-01-10 at 23:59, against the keys worked out in JS.
describe('bucket ordinals group exactly as their keys', () => {
  const days: string[] = [];
  for (let t = Date.UTC(2023, 11, 25); t <= Date.UTC(2027, 0, 10); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  const weekStart = (day: string, start: number) => {
    const d = new Date(`${day}T00:00:00Z`);
    const isodow = ((d.getUTCDay() + 6) % 7) + 1;
    return new Date(d.getTime() - ((isodow - start + 7) % 7) * 86_400_000).toISOString().slice(0, 10);
  };
  const expected = (grain: Grain, day: string, config: typeof DEFAULT_CONFIG) =>
    grain === 'day' ? day : grain === 'month' ? day.slice(0, 7) : grain === 'quarter' ? quarterOf(day, config) : grain === 'week' ? weekStart(day, config.week_start) : 'all';

  test.each([1, 4, 10])('fiscal year from month %i, weeks from Monday and Sunday', async (month) => {
    const db = await createNativeDb();
    try {
      for (const week_start of [1, 7]) {
        const config = { ...DEFAULT_CONFIG, fiscal_year_start_month: month, week_start };
        const grains: Grain[] = ['day', 'week', 'month', 'quarter', 'all'];
        const rows = await db.query<Record<string, string>>(`SELECT strftime(ts, '%Y-%m-%d') AS day, ${grains.map((g) => `${bucketSql(g, 'ts', config)} AS "${g}", CAST(${bucketOrdinalSql(g, 'ts', config)} AS VARCHAR) AS "${g}_ord"`).join(', ')}
          FROM (SELECT CAST(range AS TIMESTAMP) + INTERVAL 1439 MINUTE AS ts FROM range(DATE '${days[0]}', DATE '${days.at(-1)}' + 1, INTERVAL 1 DAY)) ORDER BY ts`);
        expect(rows.map((r) => r.day)).toEqual(days);
        for (const g of grains) {
          expect(rows.map((r) => r[g]), `${g}, fiscal ${month}, week ${week_start}`).toEqual(days.map((d) => expected(g, d, config)));
          // One ordinal per key, and ordinals sort as the keys do.
          const pairs = [...new Map(rows.map((r) => [r[`${g}_ord`]!, r[g]!])).entries()];
          expect(new Set(pairs.map((p) => p[1])).size).toBe(pairs.length);
        }
      }
    } finally {
      await db.close?.();
    }
  });
});

// dst fixture: America/New_York, weeks start on Sunday, fiscal year starts in April.
// D1 created 2026-03-08 01:30 EST, answered 03:30 EDT (clocks jumped at 02:00): 60 real minutes,
//    resolved 04:00 EDT: 90 minutes (the wall clocks differ by 150).
// D2 created 2026-11-01 01:30 (first, EDT), resolved 03:00 EST: 150 minutes; answered 01:50: 20.
// D3 2026-03-31 23:30 → fiscal 2025-Q4 (UTC is already 04-01); D4 2026-06-30 23:30 → 2026-Q1
// (UTC 07-01 03:30); D5 2026-07-01 00:30 → 2026-Q2; D2 → 2026-Q3.
// FRT 60, 20, 40, 60, 5 → median 40. Resolution 90, 150, 570, 120 → median (120 + 150)/2 = 135.
describe('daylight saving and local buckets (America/New_York)', () => {
  let f: OpenFixture;
  beforeAll(async () => void (f = await openFixture('dst')));
  afterAll(() => f.db.close());

  test('durations are real elapsed minutes across the DST jumps', async () => {
    expect((await frtMedianMetric.run(f.db, f.ctx))[0]).toMatchObject({ value: 40, n: 5 });
    expect((await frtMedianMetric.run(f.db, f.ctx, { filter: { to: '2026-03-08' } }))[0].value).toBe(60);
    expect((await resolutionMedianMetric.run(f.db, f.ctx))[0].value).toBe(135);
    expect((await resolutionMedianMetric.run(f.db, f.ctx, { filter: { from: '2026-11-01' } }))[0].value).toBe(150);
  });

  test('fiscal quarters, Sunday weeks and days follow the local clock', async () => {
    expect((await volume(f.db, f.ctx, { grain: 'quarter' })).map((r) => [r.bucket, r.value])).toEqual([
      ['2025-Q4', 2],
      ['2026-Q1', 1],
      ['2026-Q2', 1],
      ['2026-Q3', 1],
    ]);
    expect((await volume(f.db, f.ctx, { grain: 'week' })).map((r) => [r.bucket, r.value])).toEqual([
      ['2026-03-08', 1],
      ['2026-03-29', 1],
      ['2026-06-28', 2],
      ['2026-11-01', 1],
    ]);
    expect((await volume(f.db, f.ctx, { grain: 'day', filter: { from: '2026-06-30', to: '2026-07-01' } })).map((r) => [r.bucket, r.value])).toEqual([
      ['2026-06-30', 1],
      ['2026-07-01', 1],
    ]);
  });

  test('names with apostrophes are quoted, not injected', async () => {
    expect((await volume(f.db, f.ctx, { filter: { teams: ["Kim's Desk"], agents: ["O'Neil"] } }))[0].value).toBe(2);
  });

  test('load matrix uses local weekday and hour (D1, D2 Sunday 01:00; D3, D4 Tuesday 23:00)', async () => {
    const cells = await loadMatrix(f.db, f.ctx);
    const at = (weekday: number, hour: number) => cells.find((c) => c.weekday === weekday && c.hour === hour)!.count;
    expect([at(7, 1), at(2, 23), at(3, 0)]).toEqual([2, 2, 1]);
  });
});
