import type { Channel } from '../../../src/lib/config/types.ts';
import { Random, weightedTable, type WeightedTable } from './random.ts';
import { DAY, HOUR, SAMPLE_PERIOD, dayOf, wallClock, weekdayOf } from './wall-clock.ts';

const WEEKDAY_VOLUME = [0.5, 1.15, 1.1, 1.05, 1.0, 0.98, 0.55]; // Sunday … Saturday

/** Public holidays (inclusive ranges) when contact volume drops. */
const HOLIDAYS: ReadonlyArray<readonly [number, number]> = [
  [wallClock(2024, 10, 1), wallClock(2024, 10, 7)],
  [wallClock(2025, 1, 28), wallClock(2025, 2, 4)],
  [wallClock(2025, 5, 1), wallClock(2025, 5, 5)],
  [wallClock(2025, 10, 1), wallClock(2025, 10, 8)],
  [wallClock(2026, 2, 15), wallClock(2026, 2, 23)],
  [wallClock(2026, 5, 1), wallClock(2026, 5, 5)],
];

/** After-sales peaks follow the big shopping festivals (Double 11, 618) by a week or two. */
function seasonalFactor(t: number): number {
  const date = new Date(t * 1000);
  const [month, day] = [date.getUTCMonth() + 1, date.getUTCDate()];
  if (month === 11 && day >= 12) return 1.3;
  if (month === 6 && day >= 18) return 1.2;
  return 1;
}

function dayWeight(t: number, random: Random): number {
  const holiday = HOLIDAYS.some(([from, to]) => t >= from && t <= to) ? 0.45 : 1;
  const growth = 1 + (0.12 * (t - SAMPLE_PERIOD.start)) / (SAMPLE_PERIOD.end - SAMPLE_PERIOD.start);
  const noise = Math.max(0.6, 1 + 0.08 * random.normal());
  return (WEEKDAY_VOLUME[weekdayOf(t)] as number) * holiday * growth * seasonalFactor(t) * noise;
}

/** Tickets created per day of the sample period, summing exactly to `total`. */
export function dailyTicketCounts(total: number, random: Random): Int32Array {
  const days = dayOf(SAMPLE_PERIOD.end) - dayOf(SAMPLE_PERIOD.start) + 1;
  const weights = Array.from({ length: days }, (_, d) => dayWeight(SAMPLE_PERIOD.start + d * DAY, random));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = new Int32Array(days);
  let cumulative = 0;
  let assigned = 0;
  weights.forEach((weight, d) => {
    cumulative += weight;
    const upTo = Math.round((cumulative / sum) * total);
    counts[d] = upTo - assigned;
    assigned = upTo;
  });
  return counts;
}

const WEEKDAY_CHANNELS = weightedTable<Channel>([
  ['phone', 0.31], ['chat', 0.285], ['email', 0.155], ['web', 0.1], ['onsite', 0.088], ['social', 0.042], ['other', 0.02],
]);
const WEEKEND_CHANNELS = weightedTable<Channel>([
  ['phone', 0.25], ['chat', 0.38], ['email', 0.12], ['web', 0.1], ['onsite', 0.04], ['social', 0.09], ['other', 0.02],
]);

/** The channel mix of a day: weekends lean to chat and social, away from phone and field visits. */
export function channelMix(t: number): WeightedTable<Channel> {
  const weekday = weekdayOf(t);
  return weekday === 0 || weekday === 6 ? WEEKEND_CHANNELS : WEEKDAY_CHANNELS;
}

const hours = (weights: readonly number[]) => weightedTable(weights.map((w, h) => [h, w] as const));
const OFFICE = hours([0, 0, 0, 0, 0, 0, 0.1, 0.4, 3, 9, 10, 9, 4, 5, 9, 9, 8, 7, 3, 1.5, 1, 0.6, 0.2, 0.1]);
const EVENING = hours([0.5, 0.3, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 7, 8, 7, 5, 5, 7, 7, 7, 6, 5, 5.5, 6, 5, 3, 1.5]);
const ALL_DAY = hours([0.8, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 4, 7, 7, 6, 4, 4, 6, 6, 5, 4, 3, 2.5, 2.5, 2, 1.5, 1]);
const DISPATCH = hours([0, 0, 0, 0, 0, 0, 0, 0.2, 3, 7, 8, 7, 4, 4, 7, 7, 6, 4, 1, 0.5, 0.2, 0, 0, 0]);

/** Hour-of-day profile of each channel: office hours with a lunch dip, chat into the evening. */
const HOUR_PROFILES: Record<Channel, WeightedTable<number>> = {
  phone: OFFICE,
  chat: EVENING,
  social: EVENING,
  email: ALL_DAY,
  web: ALL_DAY,
  other: ALL_DAY,
  onsite: DISPATCH,
};

/** A creation instant on the given day for a ticket of the given channel. */
export function arrivalTime(dayStart: number, channel: Channel, random: Random): number {
  return dayStart + random.weighted(HOUR_PROFILES[channel]) * HOUR + Math.floor(random.next() * HOUR);
}
