import { type Db, runQuery } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import type { MetricFilter } from './filter.ts';
import { ticketsWhere } from './sources.ts';

/** One heat-map cell: ISO weekday (1 = Monday … 7 = Sunday), local hour 0–23 and tickets created. */
export interface LoadCell {
  weekday: number;
  hour: number;
  count: number;
}

/**
 * SQL for the weekday × hour load matrix: tickets created per local weekday and hour.
 * Grain: the whole filtered period, on `created_local` (wall clock, so a 09:00 ticket is in the
 * 9 o'clock row in winter and in summer). Unit: count. No exclusions.
 */
export function loadMatrixSql(_ctx: MetricContext, filter: MetricFilter = {}): string {
  return `SELECT CAST(isodow(t.created_local) AS INTEGER) AS weekday, CAST(hour(t.created_local) AS INTEGER) AS hour, CAST(count(*) AS DOUBLE) AS count
${ticketsWhere(filter, 't.created_local')}
GROUP BY 1, 2 ORDER BY 1, 2`;
}

/** The full 7 × 24 load matrix (empty cells as 0), Monday 00:00 first. */
export async function loadMatrix(db: Db, ctx: MetricContext, filter: MetricFilter = {}): Promise<LoadCell[]> {
  const rows = await runQuery<LoadCell>(db, loadMatrixSql(ctx, filter), 'load_matrix');
  const counts = new Map(rows.map((r) => [r.weekday * 24 + r.hour, r.count]));
  const cells: LoadCell[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) for (let hour = 0; hour < 24; hour++) cells.push({ weekday, hour, count: counts.get(weekday * 24 + hour) ?? 0 });
  return cells;
}
