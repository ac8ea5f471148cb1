import type { Config } from '../config/index.ts';
import type { Db } from '../db/db.ts';
import type { MetricContext } from './context.ts';
import { type DimensionColumns, groupSql } from './filter.ts';
import { quarterOf } from './grain.ts';
import { valueRows } from './run.ts';
import { sqlIn, sqlNumber, sqlString } from './sql.ts';
import type { MetricDef, MetricQuery, MetricRow } from './types.ts';

const EVAL_COLUMNS: DimensionColumns = { team: 'e.team', agent: 'e.employee', channel: 'NULL', priority: 'NULL', category: 'NULL' };

/**
 * `eval_<dimension>` — 360° score 0–100 of one evaluation dimension. Per person and quarter: the
 * mean score of each evaluator role, then the mean of the roles weighted by
 * config.evaluation.role_weights over the roles present (a missing role's weight is shared pro
 * rata among the others; roles weighted 0 are ignored). A team or the whole organisation: the
 * plain mean of its people's scores. Grain: the evaluation `period` (quarterly, whatever the
 * grain; 'all' pools every quarter). The date range keeps quarters overlapping it. Unit: score;
 * `n` = people scored. Channel, priority and category filters do not apply (ignored).
 */
export function evalSql(ctx: MetricContext, q: MetricQuery, dimension: string): string {
  const f = q.filter ?? {};
  const weights = Object.entries(ctx.config.evaluation.role_weights).map(([r, w]) => `(${sqlString(r)}, ${sqlNumber(w)})`);
  const periods = [
    f.from ? `e.period >= ${sqlString(quarterOf(f.from, ctx.config))}` : 'TRUE',
    f.to ? `e.period <= ${sqlString(quarterOf(f.to, ctx.config))}` : 'TRUE',
  ].join(' AND ');
  const bucket = (q.grain ?? 'all') === 'all' ? `'all'` : 'period';
  return `WITH w(role, weight) AS (VALUES ${weights.join(', ')}),
r AS (
  SELECT e.period, e.employee, ${groupSql(q.by, EVAL_COLUMNS)} AS grp, e.evaluator_role, avg(e.score) AS m
  FROM evaluations e
  WHERE e.dimension = ${sqlString(dimension)} AND e.score IS NOT NULL
    AND ${periods} AND ${sqlIn('e.team', f.teams)} AND ${sqlIn('e.employee', f.agents)}
  GROUP BY 1, 2, 3, 4
),
p AS (
  SELECT r.period, r.employee, r.grp, sum(r.m * w.weight) / sum(w.weight) AS score
  FROM r JOIN w ON w.role = r.evaluator_role WHERE w.weight > 0
  GROUP BY 1, 2, 3
)
SELECT ${bucket} AS bucket, grp AS "group", avg(score) AS value, CAST(count(*) AS DOUBLE) AS n
FROM p GROUP BY 1, 2 ORDER BY 1, 2 NULLS FIRST`;
}

/** Runs `eval_<dimension>`. */
export function evalScore(db: Db, ctx: MetricContext, q: MetricQuery, dimension: string): Promise<MetricRow[]> {
  return valueRows(db, `eval_${dimension}`, evalSql(ctx, q, dimension));
}

/** Registry entries `eval_<id>` for every dimension in config.evaluation.dimensions. */
export function evalMetrics(config: Config): MetricDef[] {
  return config.evaluation.dimensions.map((d) => ({
    id: `eval_${d.id}`,
    unit: 'score',
    labelKey: `metric.eval_${d.id}`,
    label: d.name,
    higherIsBetter: true,
    module: 'evaluation',
    run: (db: Db, ctx: MetricContext, q: MetricQuery = {}) => evalScore(db, ctx, q, d.id),
  }));
}
