/** Bars by category (channel, team, priority …), optionally grouped, with value labels and a target rule. */
import * as Plot from '@observablehq/plot';
import type { ValueUnit } from '../../i18n/index.ts';
import { baseOptions, emptyChart, finish, localeOf, PALETTE, PRIMARY, REFERENCE, valueAxis } from './common.ts';
import type { ChartOptions } from './common.ts';
import { dataTable } from './table.ts';

/** One bar: its category key, value, optional group (a second dimension) and sample size. */
export interface BarDatum {
  key: string;
  value: number | null;
  group?: string;
  n?: number;
}

/** Options of the bar chart. */
export interface BarOptions extends ChartOptions {
  unit?: ValueUnit;
  /** horizontal bars read best with long (Chinese or team) names; vertical suits few short keys */
  orientation?: 'horizontal' | 'vertical';
  /** value-axis label */
  valueLabel?: string;
  /** category-axis label */
  keyLabel?: string;
  /** display names for keys (e.g. vocabulary labels); the raw key is used otherwise */
  keyLabels?: Readonly<Record<string, string>>;
  groupLabels?: Readonly<Record<string, string>>;
  target?: number;
  /** keep the given order instead of sorting by value */
  keepOrder?: boolean;
  /** drill-down link per key: clicking the bar opens it */
  hrefs?: Readonly<Record<string, string>>;
}

type Row = { key: string; label: string; group: string; groupLabel: string; value: number; n?: number; text: string };

function prepare(data: readonly BarDatum[], options: BarOptions): Row[] {
  const { f } = localeOf(options);
  const unit = options.unit ?? 'count';
  return data
    .filter((d) => d.value != null && Number.isFinite(d.value))
    .map((d) => {
      const small = d.n != null && f.isSmall(d.n);
      return {
        key: d.key,
        label: options.keyLabels?.[d.key] ?? d.key,
        group: d.group ?? '',
        groupLabel: d.group != null ? options.groupLabels?.[d.group] ?? d.group : '',
        value: d.value as number,
        n: d.n,
        text: small ? f.smallSample() : f.value(d.value, unit),
      };
    });
}

/** Renders horizontal (default) or vertical bars; with `group` set, bars are grouped within each key. */
export function barChart(data: readonly BarDatum[], options: BarOptions = {}): Element {
  const rows = prepare(data, options);
  if (rows.length === 0) return emptyChart(options);
  const { m, f } = localeOf(options);
  const unit = options.unit ?? 'count';
  const horizontal = (options.orientation ?? 'horizontal') === 'horizontal';
  const grouped = rows.some((r) => r.group !== '');
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.label, Math.max(totals.get(r.label) ?? -Infinity, r.value));
  const order = options.keepOrder ? [...new Set(rows.map((r) => r.label))] : [...totals].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const groups = [...new Set(rows.map((r) => r.groupLabel))];
  const title = (r: Row) => [r.label, r.groupLabel, r.text, r.n != null ? `n = ${f.count(r.n)}` : ''].filter(Boolean).join('\n');
  const fill = grouped ? 'groupLabel' : PRIMARY;
  const tip = options.interactive ? { tip: true as const } : {};
  const link = options.hrefs ? { href: (r: Row) => options.hrefs?.[r.key] ?? null } : {};
  const bandHeight = grouped ? 14 * groups.length + 8 : 26;
  const height = options.height ?? (horizontal ? Math.max(120, order.length * bandHeight + 48) : 260);
  const valueScale = { label: options.valueLabel ? (horizontal ? `${options.valueLabel} →` : `↑ ${options.valueLabel}`) : null, ...valueAxis(f, unit, Math.max(0, ...rows.map((r) => r.value), options.target ?? 0)), nice: unit !== 'minutes' && unit !== 'hours', zero: true };
  const keyScale = { label: options.keyLabel ?? null, domain: order, padding: 0.15 };
  const marks: Plot.Markish[] = horizontal
    ? [
        Plot.gridX({ ticks: 5, strokeOpacity: 0.12 }),
        Plot.barX(rows, { x: 'value', y: grouped ? 'groupLabel' : 'label', fy: grouped ? 'label' : undefined, fill, fillOpacity: (r: Row) => (r.n != null && f.isSmall(r.n) ? 0.35 : 1), title: options.interactive ? undefined : title, ...tip, ...link }),
        Plot.text(rows, { x: 'value', y: grouped ? 'groupLabel' : 'label', fy: grouped ? 'label' : undefined, text: 'text', dx: 4, textAnchor: 'start', fill: 'currentColor' }),
        Plot.ruleX([0]),
      ]
    : [
        Plot.gridY({ ticks: 5, strokeOpacity: 0.12 }),
        Plot.barY(rows, { y: 'value', x: grouped ? 'groupLabel' : 'label', fx: grouped ? 'label' : undefined, fill, fillOpacity: (r: Row) => (r.n != null && f.isSmall(r.n) ? 0.35 : 1), title: options.interactive ? undefined : title, ...tip, ...link }),
        Plot.text(rows, { y: 'value', x: grouped ? 'groupLabel' : 'label', fx: grouped ? 'label' : undefined, text: 'text', dy: -6, fill: 'currentColor' }),
        Plot.ruleY([0]),
      ];
  if (options.target != null) {
    const label = `${m.kpiTile.target} ${f.value(options.target, unit)}`;
    marks.push(horizontal
      ? Plot.ruleX([options.target], { stroke: REFERENCE, strokeDasharray: '4,3', title: () => label })
      : Plot.ruleY([options.target], { stroke: REFERENCE, strokeDasharray: '4,3', title: () => label }));
  }
  const plot = Plot.plot({
    ...baseOptions(options),
    height,
    marginLeft: horizontal ? 110 : 48,
    marginRight: horizontal ? 64 : 20,
    marginBottom: horizontal ? 36 : 40,
    ...(horizontal
      ? { x: valueScale, y: grouped ? { axis: null, domain: groups } : keyScale, fy: grouped ? { ...keyScale, axis: 'left' as const } : undefined }
      : { y: valueScale, x: grouped ? { axis: null, domain: groups } : keyScale, fx: grouped ? { ...keyScale, axis: 'bottom' as const } : undefined }),
    color: { domain: groups, range: [...PALETTE], legend: grouped },
    marks,
  });
  return finish(plot, options, 'bars');
}

/** The bars' data as a table. */
export function barTable(data: readonly BarDatum[], options: BarOptions = {}): HTMLTableElement {
  const rows = prepare(data, options);
  const grouped = rows.some((r) => r.group !== '');
  const { f } = localeOf(options);
  return dataTable(rows, [
    { label: options.keyLabel ?? '', value: (r) => r.label },
    ...(grouped ? [{ label: '', value: (r: Row) => r.groupLabel }] : []),
    { label: options.valueLabel ?? '', value: (r) => r.text, numeric: true },
    ...(rows.some((r) => r.n != null) ? [{ label: 'n', value: (r: Row) => (r.n != null ? f.count(r.n) : ''), numeric: true }] : []),
  ], options);
}
