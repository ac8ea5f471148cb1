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
 */
export function bucketSql(grain: Grain, column: string, config: Config): string {
  switch (grain) {
    case 'day':
      return `strftime(${column}, '%Y-%m-%d')`;
    case 'week':
      return `CAST(CAST(${column} AS DATE) - CAST((isodow(${column}) - ${config.week_start} + 7) % 7 AS INTEGER) AS VARCHAR)`;
    case 'month':
      return `strftime(${column}, '%Y-%m')`;
    case 'quarter': {
      const m0 = config.fiscal_year_start_month;
      const year = `CAST(year(${column}) - CASE WHEN month(${column}) < ${m0} THEN 1 ELSE 0 END AS VARCHAR)`;
      const q = `CAST((month(${column}) - ${m0} + 12) % 12 // 3 + 1 AS VARCHAR)`;
      return `(${year} || '-Q' || ${q})`;
    }
    case 'all':
      return `'all'`;
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
