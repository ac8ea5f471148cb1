/** Pure chart functions `(data, options) → Element` and their "show as table" companions. */
export { PALETTE, SEQUENTIAL, emptyChart, chartError } from './common.ts';
export type { ChartOptions } from './common.ts';
export { dataTable } from './table.ts';
export type { TableColumn } from './table.ts';
export { trendChart, trendTable } from './trend.ts';
export type { TrendDatum, TrendOptions } from './trend.ts';
export { barChart, barTable } from './bars.ts';
export type { BarDatum, BarOptions } from './bars.ts';
export { histogramChart, histogramTable, logBins, durationTicks } from './histogram.ts';
export type { Bin, HistogramOptions } from './histogram.ts';
export { ecdfChart, ecdfTable, ecdfPoints } from './ecdf.ts';
export type { EcdfPoint, EcdfOptions } from './ecdf.ts';
export { heatmapChart, heatmapTable } from './heatmap.ts';
export type { HeatCell, HeatmapOptions } from './heatmap.ts';
export { sparkline, sparklineTable } from './sparkline.ts';
export type { SparkDatum, SparklineOptions } from './sparkline.ts';
export { scoreDistributionChart, scoreDistributionTable } from './score-distribution.ts';
export type { ScoreCount, ScoreDistributionOptions } from './score-distribution.ts';
