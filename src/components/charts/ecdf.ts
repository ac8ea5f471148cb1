/** Empirical cumulative distribution of durations: the share of tickets answered within x. */
import * as Plot from '@observablehq/plot';
import { baseOptions, emptyChart, finish, localeOf, PALETTE, REFERENCE, tickFormat } from './common.ts';
import type { ChartOptions } from './common.ts';
import { durationTicks } from './histogram.ts';
import { dataTable } from './table.ts';

/** One point of a cumulative distribution: share of observations ≤ value (minutes). */
export interface EcdfPoint {
  value: number;
  share: number;
  series?: string;
}

/** Options of the ECDF chart. */
export interface EcdfOptions extends ChartOptions {
  xLabel?: string;
  seriesLabel?: string;
  /** plot the durations on a log axis (default true) */
  log?: boolean;
  rules?: readonly { value: number; label: string }[];
}

const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

/**
 * Reduces raw values (per series) to at most `points` ECDF points at evenly spaced shares,
 * so the SVG stays small whatever the row count.
 */
export function ecdfPoints(values: readonly { value: number; series?: string }[], points = 100): EcdfPoint[] {
  const by = new Map<string, number[]>();
  for (const d of values) if (Number.isFinite(d.value)) (by.get(d.series ?? '') ?? by.set(d.series ?? '', []).get(d.series ?? '')!).push(d.value);
  const out: EcdfPoint[] = [];
  for (const [series, xs] of by) {
    xs.sort((a, b) => a - b);
    const n = xs.length;
    const step = Math.max(1, Math.floor(n / points));
    for (let i = step - 1; i < n; i += step) out.push({ value: xs[i]!, share: (i + 1) / n, ...(series ? { series } : {}) });
    if ((n - 1) % step !== step - 1) out.push({ value: xs[n - 1]!, share: 1, ...(series ? { series } : {}) });
  }
  return out;
}

/** Renders ECDF points as step lines, one per series, with optional target rules. */
export function ecdfChart(points: readonly EcdfPoint[], options: EcdfOptions = {}): Element {
  const log = options.log ?? true;
  const data = points.filter((p) => Number.isFinite(p.value) && (!log || p.value > 0));
  if (data.length === 0) return emptyChart(options);
  const { m, f } = localeOf(options);
  const series = [...new Set(data.map((p) => p.series ?? ''))];
  const multi = series.length > 1 || series[0] !== '';
  const title = (p: EcdfPoint) => [p.series, `≤ ${f.duration(p.value)}: ${f.percent(p.share)}`].filter(Boolean).join('\n');
  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks: 5, strokeOpacity: 0.12 }),
    Plot.lineY(data, { x: 'value', y: 'share', z: multi ? 'series' : undefined, stroke: multi ? 'series' : PALETTE[0], strokeWidth: 2, curve: 'step-after' }),
    options.interactive
      ? Plot.dot(data, Plot.pointer({ x: 'value', y: 'share', r: 4, fill: 'transparent', tip: true, title }))
      : Plot.dot(data, { x: 'value', y: 'share', r: 4, fill: 'transparent', title }),
  ];
  if (multi) marks.push(Plot.text(data, Plot.selectLast({ x: 'value', y: 'share', z: 'series', text: 'series', dx: 6, textAnchor: 'start', fill: 'series' })));
  for (const r of options.rules ?? []) {
    marks.push(
      Plot.ruleX([r.value], { stroke: REFERENCE, strokeDasharray: '4,3' }),
      Plot.text([r.value], { x: (d: number) => d, frameAnchor: 'bottom', dy: -4, dx: 4, textAnchor: 'start', text: () => r.label, fill: REFERENCE }),
    );
  }
  const xs = data.map((p) => p.value);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const plot = Plot.plot({
    ...baseOptions(options),
    // The axis label sits below the tick labels, never over the last one.
    marginBottom: options.xLabel ? 44 : 30,
    marginLeft: 48,
    marginRight: multi ? 90 : 20,
    x: { type: log ? 'log' : 'linear', label: options.xLabel ? `${options.xLabel} →` : null, labelOffset: 34, tickFormat: tickFormat(f, 'minutes'), ...(log ? { ticks: durationTicks(lo, hi) } : { ticks: 6 }) },
    y: { label: `↑ ${m.chart.share}`, domain: [0, 1], tickFormat: (x: number) => f.percent(x, 0), ticks: 5 },
    color: { domain: series, range: [...PALETTE] },
    marks,
  });
  return finish(plot, options, 'ecdf');
}

/** Interpolates the value at a share from ECDF points of one series. */
function valueAt(points: EcdfPoint[], q: number): number | undefined {
  return points.find((p) => p.share >= q - 1e-9)?.value;
}

/** Key quantiles (p10 … p95) per series as a table. */
export function ecdfTable(points: readonly EcdfPoint[], options: EcdfOptions = {}): HTMLTableElement {
  const { f } = localeOf(options);
  const by = new Map<string, EcdfPoint[]>();
  for (const p of points) (by.get(p.series ?? '') ?? by.set(p.series ?? '', []).get(p.series ?? '')!).push(p);
  const rows = [...by].map(([series, ps]) => ({ series, ps: ps.sort((a, b) => a.share - b.share) }));
  return dataTable(rows, [
    { label: options.seriesLabel ?? '', value: (r) => r.series },
    ...QUANTILES.map((q) => ({ label: `p${Math.round(q * 100)}`, value: (r: (typeof rows)[number]) => { const v = valueAt(r.ps, q); return v == null ? '' : f.duration(v); }, numeric: true })),
  ], options);
}
