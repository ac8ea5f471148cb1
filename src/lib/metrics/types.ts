import type { Db } from '../db/db.ts';
import type { Label } from '../config/index.ts';
import type { MetricContext } from './context.ts';
import type { Dimension, MetricFilter } from './filter.ts';
import type { Grain } from './grain.ts';

/** What a metric's number is: a fraction 0–1, minutes, a count, or a 0–100 score. */
export type MetricUnit = 'share' | 'minutes' | 'count' | 'score';

/** One query of one metric: filter, time grain (default 'all') and an optional breakdown. */
export interface MetricQuery {
  filter?: MetricFilter;
  grain?: Grain;
  by?: Dimension;
}

/**
 * One value of a metric: its bucket key (`2026-07-01`, week-start date, `2026-07`, `2026-Q3`
 * or `all`), the breakdown value (null without `by`), the value (null when there is nothing to
 * measure) and `n`, the observations behind it (the denominator of a share).
 */
export interface MetricRow {
  bucket: string;
  group: string | null;
  value: number | null;
  n: number;
  /** shares only: the numerator */
  numerator?: number;
}

/** A metric as the site and the report see it. */
export interface MetricDef {
  id: string;
  unit: MetricUnit;
  /** i18n key of the label; the definition is at `${labelKey}.definition` */
  labelKey: string;
  /** a label from config (360 dimensions), when there is no fixed i18n string */
  label?: Label;
  /** whether a higher value is better (for alerts and deltas) */
  higherIsBetter: boolean;
  /** the module that defines it (src/lib/metrics/<module>.ts) */
  module: string;
  /** runs the metric */
  run(db: Db, ctx: MetricContext, query?: MetricQuery): Promise<MetricRow[]>;
}
