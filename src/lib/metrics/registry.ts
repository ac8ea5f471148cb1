import type { Config } from '../config/index.ts';
import { backlogMetric } from './backlog.ts';
import { complaintTimelinessMetric } from './complaint-timeliness.ts';
import { csatMeanMetric } from './csat-mean.ts';
import { csatMetric } from './csat.ts';
import { evalMetrics } from './evaluation.ts';
import { fcrMetric } from './fcr.ts';
import { frtBhMedianMetric, frtBhP90Metric, frtMedianMetric, frtP90Metric } from './frt.ts';
import { reopenRateMetric } from './reopen-rate.ts';
import { resolutionBhMedianMetric, resolutionBhP90Metric, resolutionMedianMetric, resolutionP90Metric } from './resolution.ts';
import { slaFrtAttainmentMetric } from './sla-frt.ts';
import { slaResolutionAttainmentMetric } from './sla-resolution.ts';
import { surveyResponseRateMetric } from './survey-response-rate.ts';
import type { MetricDef } from './types.ts';
import { volumeMetric } from './volume.ts';

/** Every series metric that does not depend on config, in display order (the headline metrics). */
export const METRICS: readonly MetricDef[] = [
  csatMetric,
  csatMeanMetric,
  surveyResponseRateMetric,
  frtMedianMetric,
  frtP90Metric,
  frtBhMedianMetric,
  frtBhP90Metric,
  resolutionMedianMetric,
  resolutionP90Metric,
  resolutionBhMedianMetric,
  resolutionBhP90Metric,
  slaFrtAttainmentMetric,
  slaResolutionAttainmentMetric,
  complaintTimelinessMetric,
  fcrMetric,
  reopenRateMetric,
  backlogMetric,
  volumeMetric,
];

/** Non-series views (their own row shapes): module and i18n key, for the registry's completeness. */
export const VIEWS = [
  { id: 'response_time_distribution', module: 'distribution', labelKey: 'metric.response_time_distribution' },
  { id: 'load_matrix', module: 'load-matrix', labelKey: 'metric.load_matrix' },
] as const;

/** Every series metric for a config: `METRICS` plus `eval_<dimension>` per configured 360 dimension. */
export function metricDefs(config: Config): MetricDef[] {
  return [...METRICS, ...evalMetrics(config)];
}

/** The metric with this id; throws `invalid metric: <id>` when there is none. */
export function getMetric(id: string, config: Config): MetricDef {
  const found = metricDefs(config).find((m) => m.id === id);
  if (!found) throw new RangeError(`invalid metric: ${id}`);
  return found;
}

/** The columns the metrics read, per table: what the browser loader fetches (nothing else). */
export const METRIC_COLUMNS = {
  tickets: [
    'created_at', 'created_local', 'resolved_at', 'resolved_local', 'sla_due_at', 'sla_due_local',
    'channel', 'category', 'priority', 'team', 'agent', 'contacts', 'reopened', 'frt_min', 'frt_bh_min', 'resolution_min', 'resolution_bh_min', 'rated', 'created_day', 'ended_day',
  ],
  surveys: ['survey_id', 'submitted_local', 'method', 'score', 'satisfied', 'comment', 'agent', 'team', 'ticket_channel', 'ticket_priority', 'ticket_category'],
  evaluations: ['period', 'employee', 'team', 'evaluator_role', 'dimension', 'score'],
} as const;
