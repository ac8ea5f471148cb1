/** Trend line over time, one line per series, with an optional target rule. */
import * as Plot from '@observablehq/plot';
import type { ValueUnit } from '../../i18n/index.ts';
import { baseOptions, emptyChart, finish, localeOf, PALETTE, PRIMARY, REFERENCE, valueAxis, toDate } from './common.ts';
import type { ChartOptions } from './common.ts';
import { dataTable } from './table.ts';

/** One point of a trend: period start, value, optional series and sample size. */
export interface TrendDatum {
  date: Date | string;
  value: number | null;
  series?: string;
  n?: number;
}

/** Options of the trend chart. */
export interface TrendOptions extends ChartOptions {
  unit?: ValueUnit;
  /** y-axis label, e.g. "CSAT" */
  yLabel?: string;
  /** x-axis label, e.g. "Week" */
  xLabel?: string;
  target?: number;
  /** header of the series column in the table */
  seriesLabel?: string;
  /** the buckets' period, for tick labels: months as "Jul 2026", quarters as "2026 Q3" */
  grain?: 'day' | 'week' | 'month' | 'quarter';
  /** show the y axis from zero (counts) rather than fitted to the data (shares near the target) */
  zero?: boolean;
  /** at most this many x ticks (default 8); fewer for narrow charts */
  maxTicks?: number;
  /** a shaded period behind the lines (e.g. the quarter under review), with an optional label */
  highlight?: { from: Date | string; to: Date | string; label?: string };
}

const rows = (data: readonly TrendDatum[]) =>
  data.filter((d) => d.value != null && Number.isFinite(d.value)).map((d) => ({ ...d, date: toDate(d.date), value: d.value as number }));

/** Renders a trend line chart; the target, when given, is a dashed labelled rule. */
export function trendChart(data: readonly TrendDatum[], options: TrendOptions = {}): Element {
  const points = rows(data);
  if (points.length === 0) return emptyChart(options);
  const { m, f } = localeOf(options);
  const unit = options.unit ?? 'count';
  const series = [...new Set(points.map((d) => d.series ?? ''))];
  const multi = series.length > 1 || series[0] !== '';
  const title = (d: (typeof points)[number]) =>
    [d.series, f.date(d.date), f.value(d.value, unit), d.n != null ? `n = ${f.count(d.n)}` : undefined].filter(Boolean).join('\n');
  const stroke = multi ? 'series' : PRIMARY;
  const hl = options.highlight;
  const marks: Plot.Markish[] = [
    ...(hl ? [
      Plot.rect([hl], { x1: () => toDate(hl.from), x2: () => toDate(hl.to), fill: 'currentColor', fillOpacity: 0.07 }),
      ...(hl.label ? [Plot.text([hl], { x: () => new Date((+toDate(hl.from) + +toDate(hl.to)) / 2), frameAnchor: 'top', dy: 6, text: () => hl.label!, fillOpacity: 0.7 })] : []),
    ] : []),
    Plot.gridY({ ticks: 5, strokeOpacity: 0.12 }),
    Plot.lineY(points, { x: 'date', y: 'value', z: multi ? 'series' : undefined, stroke, strokeWidth: 2, marker: points.length <= 24 ? 'circle-stroke' : undefined }),
    options.interactive
      ? Plot.dot(points, Plot.pointerX({ x: 'date', y: 'value', r: 6, fill: 'transparent', title, tip: true }))
      : Plot.dot(points, { x: 'date', y: 'value', r: 6, fill: 'transparent', title }),
  ];
  const values = points.map((d) => d.value).concat(options.target ?? []);
  const zero = options.zero ?? unit === 'count';
  const base = baseOptions(options);
  const fitted = zero ? undefined : padded(values);
  if (multi) {
    // Direct labels at each line's end so series are told apart without colour (greyscale print),
    // moved apart where lines end close together.
    const domain: [number, number] = fitted ?? [Math.min(0, ...values), Math.max(...values)];
    const labels = spreadLabels(lastPoints(points), domain, base.height - 50);
    marks.push(Plot.text(labels, { x: 'date', y: 'y', text: 'series', dx: 6, textAnchor: 'start', fill: 'series' }));
  }
  if (options.target != null) {
    marks.push(
      Plot.ruleY([options.target], { stroke: REFERENCE, strokeDasharray: '4,3', strokeOpacity: 0.8 }),
      // At the left end (line-end labels live on the right), on a halo so a line under it stays readable.
      Plot.text([options.target], { y: (d: number) => d, frameAnchor: 'left', dx: 4, dy: -7, textAnchor: 'start', text: (d: number) => `${m.kpiTile.target} ${f.value(d, unit)}`, fill: REFERENCE, stroke: 'var(--plot-background, white)', strokeWidth: 3, paintOrder: 'stroke' }),
    );
  }
  const plot = Plot.plot({
    ...base,
    marginRight: multi ? 90 : 20,
    marginLeft: 56,
    x: { type: 'utc', label: options.xLabel ?? null, ...dateTicks(points.map((d) => d.date), f.locale, options.grain, options.maxTicks) },
    y: { label: options.yLabel ? `↑ ${options.yLabel}` : null, ...valueAxis(f, unit, Math.max(...values)), zero, nice: true, domain: fitted },
    color: { range: [...PALETTE], domain: series },
    marks,
  });
  return finish(plot, options, 'trend');
}

/** Ticks at the data's own periods when there are few, else about six, labelled in the locale. */
export function dateTicks(dates: Date[], locale: string, grain?: TrendOptions['grain'], max = 8): { ticks: Date[] | number; tickFormat: (d: Date) => string } {
  const unique = [...new Map(dates.map((d) => [d.getTime(), d])).values()].sort((a, b) => +a - +b);
  const spanDays = unique.length > 1 ? (+unique[unique.length - 1]! - +unique[0]!) / 864e5 : 0;
  const monthly = grain === 'month' || (grain !== 'day' && grain !== 'week' && spanDays > 400);
  const fmt = new Intl.DateTimeFormat(locale, monthly ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const format = grain === 'quarter' ? (d: Date) => `${d.getUTCFullYear()} Q${Math.floor(d.getUTCMonth() / 3) + 1}` : (d: Date) => fmt.format(d);
  const step = Math.ceil(unique.length / max);
  return { ticks: unique.length <= max ? unique : unique.filter((_, i) => i % step === 0), tickFormat: format };
}

type Point = { date: Date; value: number; series?: string };

/** The last point of each series. */
function lastPoints(points: readonly Point[]): Point[] {
  const last = new Map<string, Point>();
  for (const p of points) {
    const prev = last.get(p.series ?? '');
    if (!prev || +p.date >= +prev.date) last.set(p.series ?? '', p);
  }
  return [...last.values()];
}

/**
 * Label positions for line ends: each at its line's last value, pushed apart so that no two are
 * closer than `gapPx` on a plot `innerPx` high showing `domain`, and kept inside the domain.
 */
export function spreadLabels(ends: readonly Point[], domain: [number, number], innerPx: number, gapPx = 13): (Point & { y: number })[] {
  const gap = ((domain[1] - domain[0]) / Math.max(innerPx, 1)) * gapPx;
  const out = [...ends].sort((a, b) => a.value - b.value).map((p) => ({ ...p, y: p.value }));
  for (let i = 1; i < out.length; i++) out[i]!.y = Math.max(out[i]!.y, out[i - 1]!.y + gap);
  const over = out.length ? out[out.length - 1]!.y - domain[1] : 0;
  if (over > 0) for (const p of out) p.y -= over;
  return out;
}

function padded(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.1;
  return [lo - pad, hi + pad];
}

/** The trend's data as a table: period, series, value and sample size. */
export function trendTable(data: readonly TrendDatum[], options: TrendOptions = {}): HTMLTableElement {
  const { m, f } = localeOf(options);
  const unit = options.unit ?? 'count';
  const points = rows(data);
  const multi = points.some((d) => d.series);
  return dataTable(points, [
    { label: options.xLabel ?? m.format.notAvailable, value: (d) => f.date(d.date) },
    ...(multi ? [{ label: options.seriesLabel ?? '', value: (d: (typeof points)[number]) => d.series ?? '' }] : []),
    { label: options.yLabel ?? '', value: (d) => f.value(d.value, unit), numeric: true },
    ...(points.some((d) => d.n != null) ? [{ label: 'n', value: (d: (typeof points)[number]) => (d.n != null ? f.count(d.n) : ''), numeric: true }] : []),
  ], options);
}
