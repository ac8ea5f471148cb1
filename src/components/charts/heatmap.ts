/** Weekday × hour heat map (e.g. tickets created), with a discrete legend that renders without canvas. */
import * as Plot from '@observablehq/plot';
import type { ValueUnit } from '../../i18n/index.ts';
import { baseOptions, emptyChart, finish, localeOf, SEQUENTIAL } from './common.ts';
import type { ChartOptions } from './common.ts';
import { dataTable } from './table.ts';

/** One cell: ISO weekday (1 = Monday … 7 = Sunday), local hour 0–23 and its value. */
export interface HeatCell {
  weekday: number;
  hour: number;
  value: number;
}

/** Options of the heat map. */
export interface HeatmapOptions extends ChartOptions {
  unit?: ValueUnit;
  /** legend label, e.g. "Tickets" */
  valueLabel?: string;
  /** number of colour classes in the discrete legend */
  classes?: number;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Renders cells coloured in `classes` quantile classes of a lightness-monotone scheme. */
export function heatmapChart(cells: readonly HeatCell[], options: HeatmapOptions = {}): Element {
  const data = cells.filter((c) => Number.isFinite(c.value) && c.weekday >= 1 && c.weekday <= 7 && c.hour >= 0 && c.hour <= 23);
  if (data.length === 0) return emptyChart(options);
  const { m, f } = localeOf(options);
  const unit = options.unit ?? 'count';
  const days = m.vocab.weekday;
  const rows = data.map((c) => ({ ...c, day: days[c.weekday - 1]! }));
  const title = (c: (typeof rows)[number]) => `${c.day} ${String(c.hour).padStart(2, '0')}:00\n${options.valueLabel ?? ''} ${f.value(c.value, unit)}`.trim();
  const plot = Plot.plot({
    ...baseOptions(options, { height: 260 }),
    marginLeft: 48,
    padding: 0.06,
    x: { type: 'band', domain: HOURS, label: `${m.chart.hour} →`, tickFormat: (h: number) => (h % 3 === 0 ? String(h) : '') },
    y: { type: 'band', domain: days, label: null },
    color: {
      // quantile classes (not a continuous ramp): a continuous legend needs canvas, which linkedom lacks
      type: 'quantile', n: options.classes ?? 5, scheme: SEQUENTIAL, legend: true,
      label: options.valueLabel ?? null, tickFormat: (x: number) => f.value(x, unit),
    },
    marks: [Plot.cell(rows, { x: 'hour', y: 'day', fill: 'value', inset: 0.5, ...(options.interactive ? { tip: true } : { title }) })],
  });
  return finish(plot, options, 'heatmap');
}

/** The heat map as a weekday × hour table. */
export function heatmapTable(cells: readonly HeatCell[], options: HeatmapOptions = {}): HTMLTableElement {
  const { m, f } = localeOf(options);
  const unit = options.unit ?? 'count';
  const value = new Map(cells.map((c) => [`${c.weekday}:${c.hour}`, c.value]));
  const rows = m.vocab.weekday.map((day, i) => ({ day, weekday: i + 1 }));
  return dataTable(rows, [
    { label: m.chart.weekday, value: (r) => r.day },
    ...HOURS.map((h) => ({ label: String(h), value: (r: (typeof rows)[number]) => { const v = value.get(`${r.weekday}:${h}`); return v == null ? '' : f.value(v, unit); }, numeric: true })),
  ], options);
}
