import { SCORECARD_COMPONENTS, type ComponentRule, type Config, type ScorecardComponentId, type Tier } from '../../config/index.ts';

/** A component's measured value and how many observations it rests on. */
export interface ComponentInput {
  value: number | null;
  n: number;
}

/** One scored component of a scorecard. */
export interface ComponentScore {
  id: ScorecardComponentId;
  /** metric id the component reads */
  metric: string;
  value: number | null;
  n: number;
  /** 0–100, null when there is no data */
  points: number | null;
  /** configured weight (config.scorecard.weights) */
  weight: number;
  /** weight actually applied after sharing out the weight of components without data (sums to 100) */
  effectiveWeight: number;
  /** points × effectiveWeight ÷ 100: what the component adds to the total */
  contribution: number;
}

/** A weighted 0–100 score with its tier and the components left out for lack of data. */
export interface ScoreResult {
  total: number | null;
  tier: Tier | null;
  components: ComponentScore[];
  /** components with a positive weight but no data; their weight went pro rata to the others */
  missing: ScorecardComponentId[];
}

/**
 * Points 0–100 for a value: linear from `floor` (0) to `target` (100), capped at both ends.
 * Works when lower is better too (target < floor, e.g. a reopen rate).
 */
export function componentPoints(value: number, rule: Pick<ComponentRule, 'target' | 'floor'>): number {
  if (rule.target === rule.floor) throw new RangeError(`invalid component rule: target equals floor (${rule.target})`);
  const p = ((value - rule.floor) / (rule.target - rule.floor)) * 100;
  return Math.min(100, Math.max(0, p));
}

/** The first tier (best first, as in config) whose minimum the total reaches. */
export function tierFor(total: number | null, tiers: readonly Tier[]): Tier | null {
  if (total === null) return null;
  return tiers.find((t) => total >= t.min - 1e-9) ?? tiers[tiers.length - 1] ?? null;
}

/**
 * Scores one team or agent: each weighted component gets its points; components without data
 * (value null or n = 0) are left out and their weight is shared pro rata among the rest; the
 * total is the weighted sum (0–100), null when no component has data.
 */
export function scoreComponents(inputs: Partial<Record<ScorecardComponentId, ComponentInput>>, config: Config): ScoreResult {
  const { weights, components, tiers } = config.scorecard;
  const ids = SCORECARD_COMPONENTS.filter((id) => weights[id] > 0);
  const has = (id: ScorecardComponentId) => inputs[id] !== undefined && inputs[id]!.value !== null && inputs[id]!.n > 0;
  const present = ids.filter(has);
  const presentWeight = present.reduce((s, id) => s + weights[id], 0);
  const scored = ids.map((id): ComponentScore => {
    const input = inputs[id] ?? { value: null, n: 0 };
    const points = has(id) ? componentPoints(input.value!, components[id]) : null;
    const effectiveWeight = points === null || presentWeight === 0 ? 0 : (weights[id] * 100) / presentWeight;
    return { id, metric: components[id].metric, value: input.value, n: input.n, points, weight: weights[id], effectiveWeight, contribution: points === null ? 0 : (points * effectiveWeight) / 100 };
  });
  const total = present.length ? scored.reduce((s, c) => s + c.contribution, 0) : null;
  return { total, tier: tierFor(total, tiers), components: scored, missing: ids.filter((id) => !has(id)) };
}

/**
 * Competition ranking ("1, 1, 3") by descending score; items with a null score or not eligible
 * get rank null. Scores within 1e-9 of each other tie.
 */
export function competitionRanks(scores: readonly (number | null)[], eligible: readonly boolean[] = scores.map(() => true)): (number | null)[] {
  const ranked = scores.map((s, i) => ({ s, i })).filter((x) => x.s !== null && eligible[x.i]) as { s: number; i: number }[];
  ranked.sort((a, b) => b.s - a.s);
  const out: (number | null)[] = scores.map(() => null);
  ranked.forEach((x, k) => {
    out[x.i] = k > 0 && Math.abs(ranked[k - 1].s - x.s) <= 1e-9 ? out[ranked[k - 1].i] : k + 1;
  });
  return out;
}
