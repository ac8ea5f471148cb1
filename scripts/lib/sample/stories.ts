import type { TeamKey } from './organisation.ts';
import { QUARTER_COUNT } from './wall-clock.ts';

/** How one team performs in one quarter: the knobs the ticket and survey generators turn. */
export interface TeamQuarter {
  /** multiplies first-response delays */
  frtFactor: number;
  /** multiplies resolution delays */
  resolutionFactor: number;
  /** probability that a rating is 4–5 before per-ticket penalties */
  satisfaction: number;
  /** share of resolved tickets reopened at least once */
  reopenRate: number;
  /** median hours to resolve a complaint */
  complaintMedianHours: number;
}

type Series = readonly number[];
const flat = (value: number): Series => Array.from({ length: QUARTER_COUNT }, () => value);

interface TeamStory {
  frtFactor: Series;
  resolutionFactor: Series;
  satisfaction: Series;
  reopenRate: Series;
  complaintMedianHours: Series;
}

/**
 * Online service gets faster and better liked, technical support 2 slides (slower, more reopens,
 * lower ratings), complaint handling learns to meet its 48 h deadline, field service is slow
 * but steady. The quarter-to-quarter wobble keeps the trends from looking drawn with a ruler.
 */
const STORIES: Record<TeamKey, TeamStory> = {
  phone: {
    frtFactor: [1.0, 1.05, 0.95, 1.0, 1.1, 0.95, 1.0, 0.95],
    resolutionFactor: flat(1),
    satisfaction: [0.9, 0.91, 0.9, 0.91, 0.92, 0.91, 0.92, 0.92],
    reopenRate: flat(0.04),
    complaintMedianHours: flat(30),
  },
  online: {
    frtFactor: [1.7, 1.62, 1.45, 1.22, 1.02, 0.88, 0.76, 0.7],
    resolutionFactor: [1.1, 1.1, 1.05, 1.0, 0.95, 0.92, 0.9, 0.9],
    satisfaction: [0.78, 0.79, 0.82, 0.84, 0.87, 0.89, 0.9, 0.92],
    reopenRate: flat(0.05),
    complaintMedianHours: flat(30),
  },
  tech1: {
    frtFactor: [1.0, 0.95, 1.0, 1.0, 0.95, 1.0, 0.95, 0.95],
    resolutionFactor: [1.0, 1.0, 0.95, 1.0, 0.95, 0.95, 0.9, 0.95],
    satisfaction: [0.87, 0.88, 0.88, 0.89, 0.88, 0.89, 0.89, 0.9],
    reopenRate: flat(0.06),
    complaintMedianHours: flat(30),
  },
  tech2: {
    frtFactor: [0.95, 0.95, 1.0, 1.05, 1.15, 1.2, 1.3, 1.35],
    resolutionFactor: [0.9, 0.92, 1.0, 1.08, 1.25, 1.38, 1.5, 1.6],
    satisfaction: [0.9, 0.89, 0.88, 0.86, 0.83, 0.81, 0.78, 0.76],
    reopenRate: [0.05, 0.05, 0.06, 0.07, 0.08, 0.1, 0.11, 0.12],
    complaintMedianHours: flat(30),
  },
  field: {
    frtFactor: flat(1),
    resolutionFactor: [1.0, 1.05, 1.0, 0.95, 1.05, 1.0, 1.0, 0.95],
    satisfaction: [0.86, 0.85, 0.86, 0.87, 0.86, 0.86, 0.87, 0.86],
    reopenRate: flat(0.08),
    complaintMedianHours: flat(36),
  },
  complaints: {
    frtFactor: [1.2, 1.15, 1.1, 1.0, 0.95, 0.9, 0.85, 0.85],
    resolutionFactor: flat(1),
    satisfaction: [0.72, 0.72, 0.75, 0.77, 0.8, 0.82, 0.83, 0.85],
    reopenRate: flat(0.06),
    complaintMedianHours: [38, 36, 32, 27, 23, 19, 16, 14],
  },
};

function quartersOf(story: TeamStory): TeamQuarter[] {
  return Array.from({ length: QUARTER_COUNT }, (_, q) => ({
    frtFactor: story.frtFactor[q] as number,
    resolutionFactor: story.resolutionFactor[q] as number,
    satisfaction: story.satisfaction[q] as number,
    reopenRate: story.reopenRate[q] as number,
    complaintMedianHours: story.complaintMedianHours[q] as number,
  }));
}

const QUARTERS = {} as Record<TeamKey, readonly TeamQuarter[]>;
for (const team of Object.keys(STORIES) as TeamKey[]) QUARTERS[team] = quartersOf(STORIES[team]);

/** The story of a team in a zero-based quarter (clamped to the sample period). */
export function teamQuarter(team: TeamKey, quarter: number): TeamQuarter {
  return QUARTERS[team][Math.min(QUARTER_COUNT - 1, Math.max(0, quarter))] as TeamQuarter;
}

/** A team's satisfaction in a quarter relative to its own two-year mean (for the 360 scores). */
export function satisfactionDrift(team: TeamKey, quarter: number): number {
  const series = STORIES[team].satisfaction;
  const mean = series.reduce((a, b) => a + b, 0) / series.length;
  return teamQuarter(team, quarter).satisfaction - mean;
}
