/**
 * The scorecard components the tables show: those with a positive weight, in config order, with
 * the unit of the metric each reads. Pure, so the build and the browser derive the same columns.
 */
import { SCORECARD_COMPONENTS } from '../config/index.ts';
import type { Config, ScorecardComponentId } from '../config/index.ts';
import { getMetric } from '../metrics/registry.ts';
import type { MetricUnit } from '../metrics/types.ts';

/** A weighted component as the tables show it: id, metric, unit of the raw value and weight. */
export interface ComponentColumn {
  id: ScorecardComponentId;
  metric: string;
  unit: MetricUnit;
  weight: number;
}

/** The components with a positive weight, in config order. */
export function componentColumns(config: Config): ComponentColumn[] {
  const { weights, components } = config.scorecard;
  return SCORECARD_COMPONENTS.filter((id) => weights[id] > 0).map((id) => ({
    id, metric: components[id].metric, unit: getMetric(components[id].metric, config).unit, weight: weights[id],
  }));
}
