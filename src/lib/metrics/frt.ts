import { durationMetric, type DurationSpec } from './quantile.ts';
import type { MetricDef } from './types.ts';

/**
 * First response time, created → first agent response, in minutes: `frt_median` (p50) and
 * `frt_p90` in calendar minutes (`frt_min`, computed at ingest from the UTC instants, so correct
 * across daylight saving), `frt_bh_median` and `frt_bh_p90` in business-hour minutes
 * (`frt_bh_min`, config.business_hours with holidays and make-up workdays).
 * Grain: ticket `created_local`. Unit: minutes; `n` = tickets with a response.
 * Exclusions: tickets without a response; negative durations (bad data).
 */
export const FRT: DurationSpec = { column: 'frt_min', dateColumn: 't.created_local' };

/** Business-hour variant of `FRT`. */
export const FRT_BH: DurationSpec = { column: 'frt_bh_min', dateColumn: 't.created_local' };

/** `frt_median`: median first response time, calendar minutes. */
export const frtMedianMetric: MetricDef = durationMetric('frt_median', 'frt', FRT, 0.5);
/** `frt_p90`: 90th percentile first response time, calendar minutes. */
export const frtP90Metric: MetricDef = durationMetric('frt_p90', 'frt', FRT, 0.9);
/** `frt_bh_median`: median first response time, business-hour minutes. */
export const frtBhMedianMetric: MetricDef = durationMetric('frt_bh_median', 'frt', FRT_BH, 0.5);
/** `frt_bh_p90`: 90th percentile first response time, business-hour minutes. */
export const frtBhP90Metric: MetricDef = durationMetric('frt_bh_p90', 'frt', FRT_BH, 0.9);
