/**
 * Build-time only: the response-times page's numbers for the default view (the data's latest
 * quarter; SLA trends over the whole period), computed once per build with the metric layer.
 */
import { getMetric, loadMatrix, responseTimeDistribution } from '../../lib/metrics/index.ts';
import type { Distribution, LoadCell, MetricRow } from '../../lib/metrics/index.ts';
import type { TileData } from './overview-data.ts';
import { buildDataset, once } from './dataset.ts';
import { tilesBy } from './tiles.ts';

/** Median, p90 and SLA attainment of first response for one channel or priority. */
export interface FrtBreakdownRow {
  key: string;
  median: number | null;
  p90: number | null;
  /** tickets with a response */
  n: number;
  attainment: number | null;
  /** responses due */
  due: number;
  /** the first-response target in minutes (normal priority for a channel); null when it varies */
  target: number | null;
}

/** Everything the response-times page prerenders. */
export interface ResponseTimesData {
  quarter: string;
  previous: string;
  from: string;
  to: string;
  tiles: TileData[];
  distribution: Distribution | undefined;
  byChannel: FrtBreakdownRow[];
  byPriority: FrtBreakdownRow[];
  /** first-response SLA per month, then resolution SLA per month */
  slaFrt: MetricRow[];
  slaResolution: MetricRow[];
  load: LoadCell[];
  /** the distinct normal-priority first-response targets (minutes) of the channels in the quarter */
  rules: { minutes: number; channels: string[] }[];
  slaTarget?: number;
}

/** The response-times page's data, computed once per build. */
export const responseTimesData = once(async (): Promise<ResponseTimesData> => {
  const { db, ctx, quarter, previous, range } = await buildDataset();
  const run = (id: string, by?: 'channel' | 'priority') => getMetric(id, ctx.config).run(db, ctx, { filter: range, by });
  const sla = ctx.config.sla.first_response_minutes;
  const breakdown = async (by: 'channel' | 'priority'): Promise<FrtBreakdownRow[]> => {
    const [median, p90, att] = await Promise.all([run('frt_median', by), run('frt_p90', by), run('sla_frt_attainment', by)]);
    const at = (rows: MetricRow[], key: string) => rows.find((r) => r.group === key);
    const keys = [...new Set([...median, ...att].map((r) => r.group).filter((g): g is string => g != null))];
    return keys.map((key) => ({
      key, median: at(median, key)?.value ?? null, p90: at(p90, key)?.value ?? null, n: at(median, key)?.n ?? 0,
      attainment: at(att, key)?.value ?? null, due: at(att, key)?.n ?? 0,
      target: by === 'channel' ? (sla[key as keyof typeof sla]?.normal ?? sla.other.normal) : null,
    })).sort((a, b) => b.due - a.due);
  };
  const byChannel = await breakdown('channel');
  const rules = new Map<number, string[]>();
  for (const r of byChannel) if (r.target != null) (rules.get(r.target) ?? rules.set(r.target, []).get(r.target)!).push(r.key);
  const tiles = (await tilesBy([
    { id: 'frt_median', noun: 'tickets' }, { id: 'frt_p90', noun: 'tickets' }, { id: 'sla_frt_attainment', noun: 'due' },
    { id: 'resolution_median', noun: 'tickets' }, { id: 'resolution_p90', noun: 'tickets' }, { id: 'sla_resolution_attainment', noun: 'due' },
  ])).get('') ?? [];
  return {
    quarter, previous, ...range, tiles,
    distribution: (await responseTimeDistribution(db, ctx, { filter: range, maxPoints: 300 }))[0],
    byChannel,
    byPriority: await breakdown('priority'),
    // Deadlines can fall after the data's end; a month past the as-of quarter would be a partial bucket.
    slaFrt: (await getMetric('sla_frt_attainment', ctx.config).run(db, ctx, { grain: 'month' })).filter((r) => r.bucket <= range.to),
    slaResolution: (await getMetric('sla_resolution_attainment', ctx.config).run(db, ctx, { grain: 'month' })).filter((r) => r.bucket <= range.to),
    load: await loadMatrix(db, ctx, range),
    rules: [...rules].sort((a, b) => a[0] - b[0]).map(([minutes, channels]) => ({ minutes, channels })),
    slaTarget: ctx.config.targets.sla_frt_attainment,
  };
});
