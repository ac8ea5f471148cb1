/**
 * Quarter labels (`2026-Q3`) for the quarter presets. The fiscal arithmetic is the metric layer's
 * (`src/lib/metrics/grain.ts`), so a preset selects exactly the dates a quarter bucket holds.
 */
import type { Config } from '../config/types.ts';
import { quarterOf as metricQuarterOf, quarterRange as metricQuarterRange, quartersBetween as metricQuartersBetween } from '../metrics/grain.ts';

// Only the fiscal start month matters to quarter arithmetic.
const fiscal = (fiscalStartMonth: number) => ({ fiscal_year_start_month: fiscalStartMonth }) as Config;

/** The quarter a date `YYYY-MM-DD` falls in, for a fiscal year starting in `fiscalStartMonth`. */
export function quarterOf(date: string, fiscalStartMonth = 1): string {
  return metricQuarterOf(date.slice(0, 10), fiscal(fiscalStartMonth));
}

/** First and last day (inclusive) of a quarter; Q1 of fiscal year Y begins in month `fiscalStartMonth` of Y. */
export function quarterRange(quarter: string, fiscalStartMonth = 1): { from: string; to: string } {
  return metricQuarterRange(quarter, fiscal(fiscalStartMonth));
}

/** Every quarter from the one holding `from` to the one holding `to`, newest first; [] when either is missing or invalid. */
export function quartersBetween(from: string | undefined, to: string | undefined, fiscalStartMonth = 1): string[] {
  if (!from || !to) return [];
  try {
    return metricQuartersBetween(from.slice(0, 10), to.slice(0, 10), fiscal(fiscalStartMonth)).reverse();
  } catch {
    return [];
  }
}
