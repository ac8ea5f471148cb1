import { AGENTS, TEAM_NAMES, teamOf } from './organisation.ts';
import { Random, mixSeed } from './random.ts';
import { satisfactionDrift } from './stories.ts';
import { QUARTER_COUNT, quarterBounds, quarterLabel } from './wall-clock.ts';

/** The four 360° dimensions, in sheet column order. */
export const DIMENSIONS = ['服务流程规范性', '团队协作与沟通', '培训与技能提升', '业务能力'] as const;

/** One row of the wide evaluation sheet: one evaluator's scores for one person and quarter. */
export interface EvaluationRow {
  period: string;
  employee: string;
  team: string;
  role: '自评' | '上级' | '同事' | '客户';
  scores: number[];
}

/** Self-ratings run high and customers are a little stricter than colleagues. */
const EVALUATORS = [
  { role: '自评', bias: 5 },
  { role: '上级', bias: 0 },
  { role: '同事', bias: 2 },
  { role: '同事', bias: 2 },
  { role: '客户', bias: -2 },
] as const;
const DIMENSION_BIAS = [1, 2, -2, 0];

/** Quarterly 360° evaluations for every agent: self, supervisor, two peers and a customer panel. */
export function evaluationRows(seed: number): EvaluationRow[] {
  const random = new Random(mixSeed(seed, 360));
  const ability = new Map(AGENTS.map((agent) => [agent.name, 82 + 4 * random.normal()]));
  const rows: EvaluationRow[] = [];
  for (let quarter = 0; quarter < QUARTER_COUNT; quarter++) {
    const { end } = quarterBounds(quarter);
    for (const agent of AGENTS) {
      const team = teamOf(agent.name, end);
      const level = (ability.get(agent.name) as number) + 40 * satisfactionDrift(team, quarter);
      for (const { role, bias } of EVALUATORS) {
        const scores = DIMENSION_BIAS.map((dimensionBias) =>
          Math.round(Math.min(100, Math.max(0, level + bias + dimensionBias + 4 * random.normal()))),
        );
        rows.push({ period: quarterLabel(quarter), employee: agent.name, team: TEAM_NAMES[team], role, scores });
      }
    }
  }
  return rows;
}
