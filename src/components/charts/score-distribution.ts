/** Distribution of survey scores: one bar per score, satisfied scores set apart by colour and label. */
import * as Plot from '@observablehq/plot';
import { baseOptions, emptyChart, finish, localeOf, PALETTE } from './common.ts';
import type { ChartOptions } from './common.ts';
import { dataTable } from './table.ts';

/** How many surveys gave a score. */
export interface ScoreCount {
  score: number;
  count: number;
}

/** Options of the score distribution. */
export interface ScoreDistributionOptions extends ChartOptions {
  /** the scale's scores in order, e.g. [1, 2, 3, 4, 5] */
  scores?: readonly number[];
  /** scores at or above this count as satisfied */
  satisfiedFrom?: number;
  /** display names of scores, e.g. 5 → "非常满意" */
  scoreLabels?: Readonly<Record<number, string>>;
  xLabel?: string;
}

function prepare(data: readonly ScoreCount[], options: ScoreDistributionOptions) {
  const { f } = localeOf(options);
  const scores = options.scores ?? [1, 2, 3, 4, 5];
  const counts = new Map(data.map((d) => [d.score, d.count]));
  const total = scores.reduce((s, k) => s + (counts.get(k) ?? 0), 0);
  const from = options.satisfiedFrom ?? 4;
  return scores.map((score) => {
    const count = counts.get(score) ?? 0;
    const share = total ? count / total : 0;
    return { score, label: options.scoreLabels?.[score] ?? String(score), count, share, satisfied: score >= from, text: `${f.percent(share, 0)}` };
  });
}

/** Renders score counts as vertical bars with share labels, satisfied scores in the primary colour. */
export function scoreDistributionChart(data: readonly ScoreCount[], options: ScoreDistributionOptions = {}): Element {
  const rows = prepare(data, options);
  if (rows.every((r) => r.count === 0)) return emptyChart(options);
  const { m, f } = localeOf(options);
  const title = (r: (typeof rows)[number]) => `${r.label}\n${f.count(r.count)} (${f.percent(r.share)})`;
  const plot = Plot.plot({
    ...baseOptions(options, { width: 360, height: 220 }),
    marginLeft: 48,
    x: { type: 'band', domain: rows.map((r) => r.label), label: options.xLabel ?? null, padding: 0.2 },
    y: { label: `↑ ${m.chart.count}`, tickFormat: (x: number) => f.count(x), ticks: 4, nice: true, zero: true },
    color: { domain: [false, true], range: [PALETTE[6], PALETTE[0]] },
    marks: [
      Plot.gridY({ ticks: 4, strokeOpacity: 0.12 }),
      Plot.barY(rows, { x: 'label', y: 'count', fill: 'satisfied', ...(options.interactive ? { tip: true } : { title }) }),
      Plot.text(rows, { x: 'label', y: 'count', text: 'text', dy: -7, fill: 'currentColor' }),
      Plot.ruleY([0]),
    ],
  });
  return finish(plot, options, 'score-distribution');
}

/** The score counts and shares as a table. */
export function scoreDistributionTable(data: readonly ScoreCount[], options: ScoreDistributionOptions = {}): HTMLTableElement {
  const { m, f } = localeOf(options);
  return dataTable(prepare(data, options), [
    { label: options.xLabel ?? '', value: (r) => r.label },
    { label: m.chart.count, value: (r) => f.count(r.count), numeric: true },
    { label: m.chart.share, value: (r) => f.percent(r.share), numeric: true },
  ], options);
}
