/** A word-sized trend for KPI tiles: a line, its last point, and an optional target rule, without axes. */
import * as Plot from '@observablehq/plot';
import type { ValueUnit } from '../../i18n/index.ts';
import { baseOptions, emptyChart, finish, localeOf, PRIMARY, REFERENCE, toDate } from './common.ts';
import type { ChartOptions } from './common.ts';
import { dataTable } from './table.ts';

/** One point of a sparkline. */
export interface SparkDatum {
  date: Date | string;
  value: number | null;
}

/** Options of the sparkline. */
export interface SparklineOptions extends ChartOptions {
  unit?: ValueUnit;
  target?: number;
}

const clean = (data: readonly SparkDatum[]) =>
  data.filter((d) => d.value != null && Number.isFinite(d.value)).map((d) => ({ date: toDate(d.date), value: d.value as number }));

/** Renders a sparkline; its accessible name states the first and last values when no name is given. */
export function sparkline(data: readonly SparkDatum[], options: SparklineOptions = {}): Element {
  const points = clean(data);
  const { f } = localeOf(options);
  const unit = options.unit ?? 'count';
  if (points.length === 0) return emptyChart({ ...options, ariaLabel: options.ariaLabel }, '');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const name = options.ariaLabel ?? `${f.date(first.date)} ${f.value(first.value, unit)} → ${f.date(last.date)} ${f.value(last.value, unit)}`;
  const values = points.map((d) => d.value).concat(options.target ?? []);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.15;
  const marks: Plot.Markish[] = [];
  if (options.target != null) marks.push(Plot.ruleY([options.target], { stroke: REFERENCE, strokeOpacity: 0.5, strokeDasharray: '2,2' }));
  marks.push(
    Plot.lineY(points, { x: 'date', y: 'value', stroke: PRIMARY, strokeWidth: 1.5 }),
    Plot.dot([last], { x: 'date', y: 'value', r: 2.5, fill: PRIMARY }),
  );
  const plot = Plot.plot({
    ...baseOptions({ ...options, ariaLabel: name }, { width: 120, height: 32 }),
    margin: 3,
    axis: null,
    x: { type: 'utc' },
    y: { domain: [lo - pad, hi + pad] },
    marks,
  });
  // A sparkline is one picture: expose it as an image.
  plot.setAttribute('role', 'img');
  return finish(plot, { ...options, ariaLabel: name }, 'sparkline');
}

/** The sparkline's points as a table. */
export function sparklineTable(data: readonly SparkDatum[], options: SparklineOptions = {}): HTMLTableElement {
  const { f } = localeOf(options);
  return dataTable(clean(data), [
    { label: '', value: (d) => f.date(d.date) },
    { label: '', value: (d) => f.value(d.value, options.unit ?? 'count'), numeric: true },
  ], options);
}
