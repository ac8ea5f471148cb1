/** Vocabularies and the normalised configuration every other module trusts. */
export const CHANNELS = ['phone', 'email', 'chat', 'web', 'onsite', 'social', 'other'] as const;
export const CATEGORIES = ['inquiry', 'complaint', 'fault', 'suggestion', 'other'] as const;
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export const SURVEY_METHODS = ['questionnaire', 'phone_callback', 'email', 'sms', 'web'] as const;
export const EVALUATOR_ROLES = ['self', 'supervisor', 'peer', 'customer'] as const;
export const SURVEY_SCALES = ['5', '3', 'binary', '10'] as const;
export const SCORECARD_COMPONENTS = [
  'satisfaction',
  'complaint_timeliness',
  'fcr',
  'process_compliance',
  'teamwork_communication',
  'training',
  'response_timeliness',
] as const;

export type Channel = (typeof CHANNELS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type Status = (typeof STATUSES)[number];
export type SurveyMethod = (typeof SURVEY_METHODS)[number];
export type EvaluatorRole = (typeof EVALUATOR_ROLES)[number];
export type SurveyScale = (typeof SURVEY_SCALES)[number];
export type ScorecardComponentId = (typeof SCORECARD_COMPONENTS)[number];

/** Minutes (first response) or hours (resolution) per channel, each either flat or per priority. */
export type SlaTable = Record<Channel, Record<Priority, number>>;

/** A localised label. */
export interface Label {
  'zh-CN': string;
  en: string;
}

/** How one scorecard component earns its 0–100 points: linear from floor (0) to target (100). */
export interface ComponentRule {
  /** metric id the component reads (csat, complaint_timeliness, fcr, sla_frt_attainment, eval_<dimension>) */
  metric: string;
  target: number;
  floor: number;
}

export interface Tier {
  id: string;
  min: number;
  name: Label;
}

export interface EvaluationDimension {
  id: string;
  name: Label;
  /** extra header spellings for wide evaluation sheets */
  aliases: string[];
}

/** Working week and holidays for business-hour durations. */
export interface BusinessHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  days: number[];
  /** minutes after midnight */
  start: number;
  end: number;
  /** local dates YYYY-MM-DD that are not worked */
  holidays: string[];
  /** local dates YYYY-MM-DD that are worked although their weekday is not (调休) */
  workdays: string[];
}

/** The validated configuration (see `normalizeConfig`). */
export interface Config {
  timezone: string;
  fiscal_year_start_month: number;
  /** 1 = Monday, 7 = Sunday */
  week_start: number;
  business_hours: BusinessHours;
  sla: {
    first_response_minutes: SlaTable;
    resolution_hours: SlaTable;
    complaint_deadline_hours: number;
  };
  survey_scale: SurveyScale;
  /** fewer observations than this are shown as "n < N", not as a number */
  min_observations: number;
  /** agents with fewer tickets in a quarter are shown but not ranked */
  min_tickets_for_rank: number;
  /** KPI targets; shares are fractions 0–1, durations in minutes */
  targets: Record<string, number>;
  scorecard: {
    weights: Record<ScorecardComponentId, number>;
    components: Record<ScorecardComponentId, ComponentRule>;
    tiers: Tier[];
  };
  evaluation: {
    role_weights: Record<EvaluatorRole, number>;
    dimensions: EvaluationDimension[];
  };
  privacy: {
    /** what happens to customer_id: replaced by a salted hash, or dropped */
    customer_id: 'hash' | 'drop';
  };
  /** custom header mappings per dataset: export header → canonical column */
  columns: Partial<Record<'tickets' | 'surveys' | 'evaluations' | 'staff', Record<string, string>>>;
}
