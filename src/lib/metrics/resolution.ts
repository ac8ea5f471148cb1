import { durationMetric, type DurationSpec } from './quantile.ts';
import type { MetricDef } from './types.ts';

/**
 * Resolution time, created → resolved, in minutes (shown as hours by the pages):
 * `resolution_median` / `resolution_p90` in calendar minutes (`resolution_min`, from UTC
 * instants) and `resolution_bh_median` / `resolution_bh_p90` in business-hour minutes.
 * Grain: ticket `resolved_local` (tickets resolved in the period). Unit: minutes; `n` = resolved
 * tickets. Exclusions: unresolved tickets; negative durations (bad data).
 */
export const RESOLUTION: DurationSpec = { column: 'resolution_min', dateColumn: 't.resolved_local' };

/** Business-hour variant of `RESOLUTION`. */
export const RESOLUTION_BH: DurationSpec = { column: 'resolution_bh_min', dateColumn: 't.resolved_local' };

/** `resolution_median`: median resolution time, calendar minutes. */
export const resolutionMedianMetric: MetricDef = durationMetric('resolution_median', 'resolution', RESOLUTION, 0.5);
/** `resolution_p90`: 90th percentile resolution time, calendar minutes. */
export const resolutionP90Metric: MetricDef = durationMetric('resolution_p90', 'resolution', RESOLUTION, 0.9);
/** `resolution_bh_median`: median resolution time, business-hour minutes. */
export const resolutionBhMedianMetric: MetricDef = durationMetric('resolution_bh_median', 'resolution', RESOLUTION_BH, 0.5);
/** `resolution_bh_p90`: 90th percentile resolution time, business-hour minutes. */
export const resolutionBhP90Metric: MetricDef = durationMetric('resolution_bh_p90', 'resolution', RESOLUTION_BH, 0.9);
