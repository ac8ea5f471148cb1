/** Distribution of durations as a histogram on a log x axis, with optional target rules (SLA). */
import * as Plot from '@observablehq/plot';
import { baseOptions, emptyChart, finish, localeOf, PRIMARY, REFERENCE, tickFormat } from './common.ts';
import type { ChartOptions } from './common.ts';
import { dataTable } from './table.ts';

/** One histogram bin [x1, x2) in minutes and how many observations fell in it. */
export interface Bin {
  x1: number;
  x2: number;
  count: number;
}

/** Options of the histogram. */
export interface HistogramOptions extends ChartOptions {
  /** x-axis label, e.g. "First response time" */
  xLabel?: string;
  /** vertical reference rules, e.g. the SLA target in minutes */
  rules?: readonly { value: number; label: string }[];
  /** observations left out because a log axis cannot show them (≤ 0) */
  omitted?: number;
}

/**
 * Bins positive values into log-spaced bins, `perDecade` per power of ten, aligned on 10^(k/perDecade)
 * so that the same edges come out of the metric SQL (`floor(log10(x) * perDecade)`).
 */
export function logBins(values: Iterable<number>, perDecade = 4): { bins: Bin[]; omitted: number } {
  const counts = new Map<number, number>();
  let omitted = 0;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) {
      omitted++;
      continue;
    }
    const k = Math.floor(Math.log10(v) * perDecade + 1e-9);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const edge = (k: number) => +(10 ** (k / perDecade)).toPrecision(6);
  const bins: Bin[] = [];
  if (keys.length) for (let k = keys[0]!; k <= keys[keys.length - 1]!; k++) bins.push({ x1: edge(k), x2: edge(k + 1), count: counts.get(k) ?? 0 });
  return { bins, omitted };
}

/** Renders pre-binned counts as bars on a log-scaled duration axis. */
export function histogramChart(bins: readonly Bin[], options: HistogramOptions = {}): Element {
  const data = bins.filter((b) => b.x1 > 0 && b.x2 > b.x1);
  if (data.length === 0 || data.every((b) => b.count === 0)) return emptyChart(options);
  const { m, f } = localeOf(options);
  const title = (b: Bin) => `${m.format.range(f.duration(b.x1), f.duration(b.x2))}\n${m.chart.count}: ${f.count(b.count)}`;
  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks: 4, strokeOpacity: 0.12 }),
    Plot.rectY(data, { x1: 'x1', x2: 'x2', y: 'count', fill: PRIMARY, inset: 0.5, ...(options.interactive ? { tip: true } : { title }) }),
    Plot.ruleY([0]),
  ];
  for (const r of options.rules ?? []) {
    marks.push(
      Plot.ruleX([r.value], { stroke: REFERENCE, strokeDasharray: '4,3' }),
      Plot.text([r.value], { x: (d: number) => d, frameAnchor: 'top', dy: -2, dx: 4, textAnchor: 'start', text: () => r.label, fill: REFERENCE }),
    );
  }
  const lo = Math.min(...data.map((b) => b.x1));
  const hi = Math.max(...data.map((b) => b.x2), ...(options.rules ?? []).map((r) => r.value * 1.2));
  const plot = Plot.plot({
    ...baseOptions(options),
    // The axis label sits below the tick labels, never over the last one.
    marginBottom: options.xLabel ? 44 : 30,
    marginLeft: 56,
    marginTop: 24,
    x: { type: 'log', domain: [lo, hi], label: options.xLabel ? `${options.xLabel} →` : null, labelOffset: 34, tickFormat: tickFormat(f, 'minutes'), ticks: durationTicks(lo, hi) },
    y: { label: `↑ ${m.chart.count}`, tickFormat: (x: number) => f.count(x), ticks: 4, nice: true },
    marks,
    caption: options.omitted ? m.chart.omittedNonPositive(f.count(options.omitted)) : undefined,
  });
  return finish(plot, options, 'histogram');
}

/** Readable duration ticks (1 min, 5 min, 1 h, 4 h, 1 d …) within [lo, hi] minutes. */
export function durationTicks(lo: number, hi: number): number[] {
  const nice = [1 / 6, 0.5, 1, 2, 5, 15, 30, 60, 120, 240, 480, 1440, 2880, 7 * 1440, 30 * 1440, 90 * 1440];
  const inside = nice.filter((t) => t >= lo && t <= hi);
  return inside.length > 8 ? inside.filter((_, i) => i % 2 === 0) : inside;
}

/** The histogram's bins as a table. */
export function histogramTable(bins: readonly Bin[], options: HistogramOptions = {}): HTMLTableElement {
  const { m, f } = localeOf(options);
  return dataTable(bins, [
    { label: options.xLabel ?? '', value: (b) => m.format.range(f.duration(b.x1), f.duration(b.x2)) },
    { label: m.chart.count, value: (b) => f.count(b.count), numeric: true },
  ], options);
}
