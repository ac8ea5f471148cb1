/**
 * Naive wall-clock times (Asia/Shanghai in the exports) held as seconds since 1970-01-01 00:00
 * of that same wall clock. Only UTC calendar functions touch them, so the machine's time zone
 * never leaks in.
 */

/** Seconds in one calendar day. */
export const DAY = 86_400;
/** Seconds in one hour. */
export const HOUR = 3_600;
/** Seconds in one minute. */
export const MINUTE = 60;

/** The wall-clock instant of a calendar date and time (month 1–12). */
export function wallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
}

/** The 8 quarters the sample covers: 2024-10-01 00:00 up to 2026-09-30 23:59:59. */
export const SAMPLE_PERIOD = { start: wallClock(2024, 10, 1), end: wallClock(2026, 9, 30, 23, 59, 59) };

/** Number of quarters in the sample period. */
export const QUARTER_COUNT = 8;

interface DayLabels {
  year: number;
  month: number;
  slash: string;
  dayFirst: string;
  iso: string;
}

const dayLabels = new Map<number, DayLabels>();
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const HH_MM = Array.from({ length: 1440 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);
const SS = Array.from({ length: 60 }, (_, s) => pad2(s));

function labelsOf(day: number): DayLabels {
  let labels = dayLabels.get(day);
  if (!labels) {
    const date = new Date(day * DAY * 1000);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    labels = {
      year: y,
      month: m,
      slash: `${y}/${pad2(m)}/${pad2(d)}`,
      dayFirst: `${pad2(d)}-${pad2(m)}-${y}`,
      iso: `${y}-${pad2(m)}-${pad2(d)}`,
    };
    dayLabels.set(day, labels);
  }
  return labels;
}

/** Day number (days since 1970-01-01) of an instant. */
export const dayOf = (t: number): number => Math.floor(t / DAY);

/** Weekday of an instant, 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (t: number): number => (dayOf(t) + 4) % 7;

/** `YYYY/MM/DD HH:mm`, as Chinese helpdesk exports write it. */
export const formatSlash = (t: number): string => `${labelsOf(dayOf(t)).slash} ${HH_MM[Math.floor((t % DAY) / 60)]}`;

/** `DD-MM-YYYY HH:mm` (day first). */
export const formatDayFirst = (t: number): string =>
  `${labelsOf(dayOf(t)).dayFirst} ${HH_MM[Math.floor((t % DAY) / 60)]}`;

/** ISO `YYYY-MM-DD HH:mm:ss`. */
export const formatIso = (t: number): string =>
  `${labelsOf(dayOf(t)).iso} ${HH_MM[Math.floor((t % DAY) / 60)]}:${SS[t % 60]}`;

/** ISO date `YYYY-MM-DD`. */
export const formatIsoDate = (t: number): string => labelsOf(dayOf(t)).iso;

/** `YYMMDD`, as ticket ids embed the creation day. */
export const compactDate = (t: number): string => labelsOf(dayOf(t)).iso.slice(2).replaceAll('-', '');

/** Zero-based quarter of the sample period an instant falls in (may be < 0 or ≥ 8 outside it). */
export function quarterIndexOf(t: number): number {
  const { year, month } = labelsOf(dayOf(t));
  return Math.floor((year * 12 + month - (2024 * 12 + 10)) / 3);
}

/** Label like `2025-Q1` of a zero-based quarter index of the sample period. */
export function quarterLabel(index: number): string {
  const months = 2024 * 12 + 9 + index * 3;
  return `${Math.floor(months / 12)}-Q${Math.floor((months % 12) / 3) + 1}`;
}

/** First and last second of a zero-based quarter of the sample period. */
export function quarterBounds(index: number): { start: number; end: number } {
  const months = 2024 * 12 + 9 + index * 3;
  const start = wallClock(Math.floor(months / 12), (months % 12) + 1, 1);
  const next = months + 3;
  return { start, end: wallClock(Math.floor(next / 12), (next % 12) + 1, 1) - 1 };
}
