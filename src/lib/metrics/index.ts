/**
 * The metric layer: one SQL definition per KPI, run through a `Db` (native DuckDB at build time,
 * DuckDB-WASM in the browser). Start with `metricDefs(config)` and `contextFromManifest(manifest)`.
 */
export type { MetricDef, MetricQuery, MetricRow, MetricUnit } from './types.ts';
export { type MetricContext, type ManifestLike, contextFromManifest } from './context.ts';
export { type Dimension, type MetricFilter, DIMENSIONS } from './filter.ts';
export { type Grain, GRAINS, bucketSql, checkQuarter, quarterOf, quarterRange, quartersBetween, shiftQuarter } from './grain.ts';
export { METRICS, METRIC_COLUMNS, VIEWS, getMetric, metricDefs } from './registry.ts';
export { headline } from './run.ts';
export { csat } from './csat.ts';
export { csatMean } from './csat-mean.ts';
export { surveyResponseRate } from './survey-response-rate.ts';
export { slaFrtAttainment } from './sla-frt.ts';
export { slaResolutionAttainment } from './sla-resolution.ts';
export { complaintTimeliness } from './complaint-timeliness.ts';
export { fcr } from './fcr.ts';
export { reopenRate } from './reopen-rate.ts';
export { backlog } from './backlog.ts';
export { volume } from './volume.ts';
export { evalScore, evalMetrics } from './evaluation.ts';
export { type Distribution, type DistributionBin, type DistributionQuery, type EcdfPoint, BIN_EDGES, responseTimeDistribution } from './distribution.ts';
export type { DurationMeasure } from './durations.ts';
export { type LoadCell, loadMatrix } from './load-matrix.ts';
export * from './scorecard/index.ts';
