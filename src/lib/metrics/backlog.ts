import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { TICKET_COLUMNS, dimensionFilterSql, groupSql } from './filter.ts';
import { bucketSql } from './grain.ts';
import { valueRows } from './run.ts';
import { checkDate } from './sql.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

/**
 * `backlog` — tickets open at the end of each local day: created on or before that day and not
 * resolved (or, failing a resolution time, closed) by its end. A point-in-time series, never
 * summed: at week / month / quarter / all grain the value is the one of the bucket's last day in
 * range. Days run from `filter.from` (else the first ticket's day) to `filter.to`, never past the
 * data's as-of day (manifest data_as_of_local). Tickets created before `from` still count while open.
 * A resolution stamped before creation counts as resolved on the creation day (the derived
 * `created_day` and `ended_day` columns, src/lib/schema/derived.ts). Unit: count.
 */
export function backlogSql(ctx: MetricContext, q: MetricQuery = {}): string {
  const f = q.filter ?? {};
  const asOfDay = `DATE '${ctx.asOf.local.slice(0, 10)}'`;
  const lo = f.from ? `DATE '${checkDate(f.from, 'from')}'` : 'first';
  const hi = f.to ? `least(DATE '${checkDate(f.to, 'to')}', ${asOfDay})` : asOfDay;
  const dims = dimensionFilterSql(f, TICKET_COLUMNS);
  // a ticket created after the last day, or ended before the first, changes no day's count (its
  // +1 and -1 both fall outside, or cancel out before, the range): only the others are summed
  const live = [`t.created_day <= ${hi}`, ...(f.from ? [`(t.ended_day IS NULL OR t.ended_day >= ${lo})`] : [])].join(' AND ');
  // every group of the filtered tickets gets a series, even one with no ticket open in the range
  const groups = q.by
    ? `SELECT DISTINCT ${groupSql(q.by, TICKET_COLUMNS)} AS grp FROM tickets t WHERE ${dims}`
    : `SELECT CAST(NULL AS VARCHAR) AS grp WHERE EXISTS (SELECT 1 FROM tickets t WHERE ${dims})`;
  return `WITH t0 AS (
  SELECT ${groupSql(q.by, TICKET_COLUMNS)} AS grp, t.created_day AS opened, t.ended_day AS closed_day
  FROM tickets t WHERE ${dims} AND ${live}
),
ev AS (SELECT grp, opened AS day, 1 AS delta FROM t0 UNION ALL SELECT grp, closed_day, -1 FROM t0 WHERE closed_day IS NOT NULL),
daily AS (SELECT grp, day, sum(delta) AS delta FROM ev GROUP BY 1, 2),
bounds AS (SELECT ${lo} AS lo, ${hi} AS hi FROM (SELECT min(opened) AS first FROM t0)),
days AS (SELECT CAST(unnest(generate_series(lo, hi, INTERVAL 1 DAY)) AS DATE) AS day FROM bounds WHERE lo <= hi),
grid AS (SELECT g.grp, d.day FROM (${groups}) g CROSS JOIN days d),
base AS (SELECT daily.grp, sum(daily.delta) AS b FROM daily, bounds WHERE daily.day < bounds.lo GROUP BY 1),
series AS (
  SELECT grid.grp, grid.day,
    coalesce(base.b, 0) + sum(coalesce(daily.delta, 0)) OVER (PARTITION BY grid.grp ORDER BY grid.day ROWS UNBOUNDED PRECEDING) AS open
  FROM grid
  LEFT JOIN daily ON daily.grp IS NOT DISTINCT FROM grid.grp AND daily.day = grid.day
  LEFT JOIN base ON base.grp IS NOT DISTINCT FROM grid.grp
)
SELECT ${bucketSql(q.grain ?? 'all', 'day', ctx.config)} AS bucket, grp AS "group",
  CAST(arg_max(open, day) AS DOUBLE) AS value, CAST(arg_max(open, day) AS DOUBLE) AS n
FROM series
GROUP BY 1, 2 ORDER BY 1, 2 NULLS FIRST`;
}

/** Runs `backlog`. */
export function backlog(db: Db, ctx: MetricContext, q: MetricQuery = {}): Promise<MetricRow[]> {
  return valueRows(db, 'backlog', backlogSql(ctx, q));
}

/** Registry entry of `backlog`. */
export const backlogMetric: MetricDef = { id: 'backlog', unit: 'count', labelKey: 'metric.backlog', higherIsBetter: false, module: 'backlog', run: backlog };
