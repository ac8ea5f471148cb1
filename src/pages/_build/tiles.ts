/**
 * Build-time only: KPI tile numbers for the default quarter — overall, or for every team or agent
 * at once (one grouped query per metric instead of one per person), with the quarter-on-quarter
 * change and a quarterly sparkline. Grouped values equal the report run with `--team`/`--agent`.
 */
import { getMetric } from '../../lib/metrics/index.ts';
import type { MetricFilter, MetricRow, MetricUnit } from '../../lib/metrics/index.ts';
import type { DenominatorKey } from '../../i18n/index.ts';
import { buildDataset } from './dataset.ts';

/** One KPI tile's numbers. */
export interface TileData {
  id: string;
  unit: MetricUnit;
  higherIsBetter: boolean;
  value: number | null;
  n: number;
  noun: DenominatorKey;
  target?: number;
  /** change against the previous quarter; null when either quarter has no value */
  delta: number | null;
  /** the metric per quarter, for the sparkline */
  spark: { date: string; value: number | null }[];
}

/** A tile to compute: metric id and the noun its denominator counts. */
export interface TileSpec {
  id: string;
  noun: DenominatorKey;
}

/** The tiles per group ('' without a breakdown), in the order of `specs`. */
export async function tilesBy(specs: readonly TileSpec[], by?: 'team' | 'agent', filter: MetricFilter = {}): Promise<Map<string, TileData[]>> {
  const { db, ctx, range, prevRange } = await buildDataset();
  const out = new Map<string, TileData[]>();
  for (const { id, noun } of specs) {
    const def = getMetric(id, ctx.config);
    const index = (rows: MetricRow[]) => new Map(rows.map((r) => [r.group ?? '', r]));
    const now = index(await def.run(db, ctx, { filter: { ...filter, ...range }, grain: 'all', by }));
    const before = index(await def.run(db, ctx, { filter: { ...filter, ...prevRange }, grain: 'all', by }));
    const series = await def.run(db, ctx, { filter, grain: 'quarter', by });
    const groups = by ? new Set([...now.keys(), ...series.map((r) => r.group ?? '')]) : new Set(['']);
    for (const g of groups) {
      const a = now.get(g);
      const b = before.get(g);
      const value = a?.value ?? null;
      const delta = value != null && b?.value != null ? value - b.value : null;
      const spark = series.filter((r) => (r.group ?? '') === g).map((r) => ({ date: r.bucket, value: r.value }));
      const tile: TileData = { id, unit: def.unit, higherIsBetter: def.higherIsBetter, value, n: a?.n ?? 0, noun, target: ctx.config.targets[id], delta, spark };
      (out.get(g) ?? out.set(g, []).get(g)!).push(tile);
    }
  }
  return out;
}
