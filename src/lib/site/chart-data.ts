/**
 * Adapters from the metric layer's row shapes to the chart functions' inputs, so pages and the
 * browser re-render share one mapping.
 */
import type { Bin } from '../../components/charts/histogram.ts';
import type { BarDatum } from '../../components/charts/bars.ts';
import type { EcdfPoint } from '../../components/charts/ecdf.ts';
import type { HeatCell } from '../../components/charts/heatmap.ts';
import type { TrendDatum } from '../../components/charts/trend.ts';

/** A metric value per bucket and group (structurally `MetricRow` of src/lib/metrics). */
export interface SeriesRow {
  bucket: string;
  group: string | null;
  value: number | null;
  n: number;
}

/** Metric rows over time → trend points; `label` names the series (e.g. a vocabulary label). */
export function trendFromRows(rows: readonly SeriesRow[], label: (group: string) => string = (g) => g): TrendDatum[] {
  return rows
    .filter((r) => r.bucket !== 'all')
    .map((r) => ({ date: r.bucket, value: r.value, n: r.n, ...(r.group != null ? { series: label(r.group) } : {}) }));
}

/** Metric rows broken down by a dimension → bars keyed by the group. */
export function barsFromRows(rows: readonly SeriesRow[]): BarDatum[] {
  return rows.filter((r) => r.group != null).map((r) => ({ key: r.group as string, value: r.value, n: r.n }));
}

/**
 * Distribution bins ([lo, hi) minutes, hi null = open) → histogram bins on a log axis: the first bin
 * [0, 1) is drawn from half its upper edge and the open last bin to twice its lower edge, since a log
 * axis has no zero and no infinity.
 */
export function binsFromDistribution(bins: readonly { lo: number; hi: number | null; count: number }[]): Bin[] {
  return bins.map((b) => {
    const x2 = b.hi ?? (b.lo > 0 ? b.lo * 2 : 1);
    return { x1: b.lo > 0 ? b.lo : x2 / 2, x2, count: b.count };
  });
}

/** ECDF points of one or more groups → chart points with the group as series. */
export function ecdfFromDistributions(dists: readonly { group: string | null; ecdf: readonly { minutes: number; share: number }[] }[], label: (group: string) => string = (g) => g): EcdfPoint[] {
  return dists.flatMap((d) => d.ecdf.map((p) => ({ value: p.minutes, share: p.share, ...(d.group != null ? { series: label(d.group) } : {}) })));
}

/** Weekday × hour counts → heat-map cells. */
export function heatFromLoad(cells: readonly { weekday: number; hour: number; count: number }[]): HeatCell[] {
  return cells.map((c) => ({ weekday: c.weekday, hour: c.hour, value: c.count }));
}
