import { describe, expect, it } from 'vitest';
import { barsFromRows, binsFromDistribution, ecdfFromDistributions, heatFromLoad, trendFromRows } from '../../../src/lib/site/chart-data.ts';
import { toDate } from '../../../src/components/charts/common.ts';

describe('chart data adapters', () => {
  it('maps metric rows to trend points and bars', () => {
    const rows = [
      { bucket: '2026-Q2', group: 'chat', value: 0.9, n: 120 },
      { bucket: '2026-Q3', group: 'chat', value: 0.92, n: 130 },
      { bucket: 'all', group: 'chat', value: 0.91, n: 250 },
    ];
    expect(trendFromRows(rows, (g) => g.toUpperCase())).toEqual([
      { date: '2026-Q2', value: 0.9, n: 120, series: 'CHAT' },
      { date: '2026-Q3', value: 0.92, n: 130, series: 'CHAT' },
    ]);
    expect(barsFromRows([{ bucket: 'all', group: 'email', value: 0.8, n: 9 }, { bucket: 'all', group: null, value: 1, n: 1 }])).toEqual([{ key: 'email', value: 0.8, n: 9 }]);
  });

  it('places the zero and open-ended bins on a log axis', () => {
    expect(binsFromDistribution([{ lo: 0, hi: 1, count: 3 }, { lo: 1, hi: 2, count: 4 }, { lo: 100000, hi: null, count: 1 }])).toEqual([
      { x1: 0.5, x2: 1, count: 3 }, { x1: 1, x2: 2, count: 4 }, { x1: 100000, x2: 200000, count: 1 },
    ]);
  });

  it('maps ECDF and load cells', () => {
    expect(ecdfFromDistributions([{ group: null, ecdf: [{ minutes: 5, share: 0.5 }] }])).toEqual([{ value: 5, share: 0.5 }]);
    expect(heatFromLoad([{ weekday: 1, hour: 9, count: 4 }])).toEqual([{ weekday: 1, hour: 9, value: 4 }]);
  });

  it('reads every bucket key as the first day of its period, in UTC', () => {
    expect(toDate('2026-07-06').toISOString()).toBe('2026-07-06T00:00:00.000Z');
    expect(toDate('2026-07').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(toDate('2026-Q3').toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });
});
