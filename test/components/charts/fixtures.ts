import type { BarDatum, EcdfPoint, HeatCell, ScoreCount, TrendDatum } from '../../../src/components/charts/index.ts';
import { ecdfPoints, logBins } from '../../../src/components/charts/index.ts';

// Seeded LCG so the fixtures are the same on every run.
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

const weeks = ['2026-07-06', '2026-07-13', '2026-07-20', '2026-07-27', '2026-08-03', '2026-08-10', '2026-08-17', '2026-08-24'];

export const trend: TrendDatum[] = weeks.flatMap((date, i) => [
  { date, value: 0.86 + 0.01 * i - (i === 3 ? 0.04 : 0), series: 'chat', n: 120 + i },
  { date, value: 0.82 + 0.005 * i, series: 'email', n: 60 + i },
]);

export const csatTrend: TrendDatum[] = weeks.map((date, i) => ({ date, value: 0.84 + 0.012 * i, n: 200 }));

export const bars: BarDatum[] = [
  { key: 'chat', value: 0.93, n: 540 },
  { key: 'phone', value: 0.88, n: 310 },
  { key: 'email', value: 0.79, n: 205 },
  { key: 'onsite', value: 0.95, n: 8 },
];

export const groupedBars: BarDatum[] = ['chat', 'email', 'phone'].flatMap((key, i) => [
  { key, group: 'median', value: 4 + i * 30 },
  { key, group: 'p90', value: 20 + i * 120 },
]);

const rnd = random(42);
export const durations: number[] = Array.from({ length: 500 }, () => Math.exp(rnd() * 7 - 1)).concat([0, 0]);
export const histogram = logBins(durations, 4);
export const ecdf: EcdfPoint[] = ecdfPoints(durations.map((value, i) => ({ value, series: i % 2 ? 'chat' : 'email' })), 40);

export const heat: HeatCell[] = Array.from({ length: 7 * 24 }, (_, i) => {
  const weekday = Math.floor(i / 24) + 1;
  const hour = i % 24;
  const work = hour >= 9 && hour < 18 ? 1 : 0.2;
  return { weekday, hour, value: Math.round((weekday <= 5 ? 40 : 12) * work + (hour % 5)) };
});

export const spark = weeks.map((date, i) => ({ date, value: 0.88 + (i % 3) * 0.01 }));

export const scores: ScoreCount[] = [
  { score: 1, count: 12 },
  { score: 2, count: 20 },
  { score: 3, count: 64 },
  { score: 4, count: 310 },
  { score: 5, count: 590 },
];
