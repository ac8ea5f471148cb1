import { type Db, runQuery } from '../db/db.ts';
import type { MetricRow } from './types.ts';

interface CountRow {
  bucket: string;
  group: string | null;
  numerator: number;
  n: number;
}

/** Runs SQL yielding `bucket, group, numerator, n` and returns share rows (value = numerator ÷ n, null when n = 0). */
export async function shareRows(db: Db, label: string, sql: string): Promise<MetricRow[]> {
  const rows = await runQuery<CountRow>(db, sql, label);
  return rows.map((r) => ({ bucket: r.bucket, group: r.group, value: r.n > 0 ? r.numerator / r.n : null, n: r.n, numerator: r.numerator }));
}

/** Runs SQL yielding `bucket, group, value, n` and returns the rows as they are. */
export async function valueRows(db: Db, label: string, sql: string): Promise<MetricRow[]> {
  const rows = await runQuery<MetricRow>(db, sql, label);
  return rows.map((r) => ({ bucket: r.bucket, group: r.group, value: r.value ?? null, n: r.n }));
}

/** SQL tail shared by grouped metrics: group by bucket and breakdown, ordered, nulls first. */
export const GROUP_ORDER = 'GROUP BY 1, 2 ORDER BY 1, 2 NULLS FIRST';

/** The headline value of a metric (grain 'all', no breakdown): the single row, or value null and n 0. */
export function headline(rows: MetricRow[]): MetricRow {
  return rows[0] ?? { bucket: 'all', group: null, value: null, n: 0 };
}
