import type { Config } from '../config/index.ts';
import { checkDate } from './sql.ts';

/** Time buckets: local calendar day, configured week, month, fiscal quarter, or one bucket for everything. */
export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'all';

/** Every grain, finest first. */
export const GRAINS: readonly Grain[] = ['day', 'week', 'month', 'quarter', 'all'];

/**
 * SQL for the bucket key of a local wall-clock TIMESTAMP column (never a UTC one):
 * day `2026-07-01`; week = the date its week starts on (config.week_start, 1 = Monday);
 * month `2026-07`; quarter `2026-Q3` in the fiscal year (config.fiscal_year_start_month), the
 * fiscal year named after the calendar year it starts in; all `all`.
 * It is `bucketLabelSql` of `bucketOrdinalSql`.
 */
export function bucketSql(grain: Grain, column: string, config: Config): string {
  return bucketLabelSql(grain, bucketOrdinalSql(grain, column, config));
}

/**
 * A cheap sortable stand-in for the bucket of a local TIMESTAMP column, for grouping a million rows
 * without building a string per row: day and week a DATE (the bucket's first day); month
 * `year·12 + month − 1`; quarter `fiscal year·4 + fiscal quarter − 1`, i.e.
 * `(year·12 + month − start month) // 3`; all `'all'`. `bucketLabelSql` turns it into the key.
 */
export function bucketOrdinalSql(grain: Grain, column: string, config: Config): string {
  switch (grain) {
    case 'day':
      return `CAST(${column} AS DATE)`;
    case 'week':
      return `(CAST(${column} AS DATE) - CAST((isodow(${column}) - ${config.week_start} + 7) % 7 AS INTEGER))`;
    case 'month':
      return `(year(${column}) * 12 + month(${column}) - 1)`;
    case 'quarter':
      return `((year(${column}) * 12 + month(${column}) - ${config.fiscal_year_start_month}) // 3)`;
    case 'all':
      return `'all'`;
    default:
      throw new RangeError(`invalid grain: ${String(grain)}`);
  }
}

/** SQL for the bucket key (see `bucketSql`) of a `bucketOrdinalSql` value. */
export function bucketLabelSql(grain: Grain, ordinal: string): string {
  switch (grain) {
    case 'day':
      return `strftime(${ordinal}, '%Y-%m-%d')`;
    case 'week':
      return `CAST(${ordinal} AS VARCHAR)`;
    case 'month':
      return `strftime(make_date(CAST(${ordinal} // 12 AS INTEGER), CAST(${ordinal} % 12 + 1 AS INTEGER), 1), '%Y-%m')`;
    case 'quarter':
      return `(CAST(${ordinal} // 4 AS VARCHAR) || '-Q' || CAST(${ordinal} % 4 + 1 AS VARCHAR))`;
    case 'all':
      return ordinal;
    default:
      throw new RangeError(`invalid grain: ${String(grain)}`);
  }
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Checks a quarter key such as `2026-Q3`; throws `invalid <name>: <value>` otherwise. */
export function checkQuarter(key: string, name = 'quarter'): string {
  if (!QUARTER.test(key)) throw new RangeError(`invalid ${name}: ${key}`);
  return key;
}

/** The first and last local dates (inclusive) of a fiscal quarter key. */
export function quarterRange(key: string, config: Config): { from: string; to: string } {
  const [, y, q] = QUARTER.exec(checkQuarter(key))!;
  const startMonth = config.fiscal_year_start_month - 1 + (Number(q) - 1) * 3;
  const from = new Date(Date.UTC(Number(y), startMonth, 1));
  const to = new Date(Date.UTC(Number(y), startMonth + 3, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The fiscal quarter key of a local date `YYYY-MM-DD`. */
export function quarterOf(date: string, config: Config): string {
  const [y, m] = checkDate(date).split('-').map(Number);
  const m0 = config.fiscal_year_start_month;
  const year = m < m0 ? y - 1 : y;
  return `${year}-Q${Math.floor((((m - m0) % 12) + 12) % 12 / 3) + 1}`;
}

/** The quarter key `n` quarters after `key` (negative: before). */
export function shiftQuarter(key: string, n: number): string {
  const [, y, q] = QUARTER.exec(checkQuarter(key))!;
  const index = Number(y) * 4 + Number(q) - 1 + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Every quarter key whose dates overlap `from`..`to` (inclusive), in order. */
export function quartersBetween(from: string, to: string, config: Config): string[] {
  if (checkDate(from, 'from') > checkDate(to, 'to')) return [];
  const out: string[] = [];
  const last = quarterOf(to, config);
  for (let k = quarterOf(from, config); ; k = shiftQuarter(k, 1)) {
    out.push(k);
    if (k === last) return out;
  }
}
