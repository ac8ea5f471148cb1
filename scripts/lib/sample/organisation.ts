import { weightedTable, type WeightedTable } from './random.ts';
import { wallClock, formatIsoDate, DAY } from './wall-clock.ts';

/** Short key of each team, used for the stories and routing. */
export type TeamKey = 'phone' | 'online' | 'tech1' | 'tech2' | 'field' | 'complaints';

/** Position as the staff sheet writes it. */
export type Position = '客服' | '技术支持' | '现场工程师' | '主管';

/** Team display names, as in the handbooks. */
export const TEAM_NAMES: Record<TeamKey, string> = {
  phone: '电话客服组',
  online: '在线客服组',
  tech1: '技术支持一组',
  tech2: '技术支持二组',
  field: '现场服务组',
  complaints: '投诉处理组',
};

const TEAM_POSITION: Record<TeamKey, Position> = {
  phone: '客服',
  online: '客服',
  tech1: '技术支持',
  tech2: '技术支持',
  field: '现场工程师',
  complaints: '客服',
};

/** Team members; the first of each team is its supervisor (主管). */
const MEMBERS: Record<TeamKey, readonly string[]> = {
  phone: ['王丽娟', '李静', '张敏', '刘洋', '陈晓燕', '杨帆', '赵雪', '黄佳怡', '周婷', '吴磊', '徐慧敏'],
  online: ['孙悦', '马骁', '朱琳', '胡倩', '郭子涵', '何雨欣', '高翔', '林芳', '罗欣怡', '郑凯', '梁晨', '谢婉婷', '宋佳', '唐诗雨', '韩冰'],
  tech1: ['冯建国', '邓志强', '曹俊杰', '彭浩', '曾伟', '肖鹏飞', '田宇'],
  tech2: ['董亮', '袁博文', '潘刚', '于海洋', '蒋晓东', '蔡文斌', '余强'],
  field: ['杜建华', '叶志明', '程立新', '魏国栋', '苏勇', '吕振华'],
  complaints: ['丁秀英', '任晓红', '沈玉兰', '姚雅琴'],
};

/** The one agent who changes team mid-quarter (2025-Q4). */
export const TRANSFER = { agent: '田宇', from: 'tech1', to: 'tech2', on: wallClock(2025, 11, 17) } as const;

/** Every team key in display order. */
export const TEAM_KEYS = Object.keys(TEAM_NAMES) as TeamKey[];

/** One person with their home team (the team they start the sample period in). */
export interface Agent {
  name: string;
  team: TeamKey;
  supervisor: boolean;
  /** relative share of the team's tickets */
  workload: number;
  hiredOn: string;
}

/** All ~50 agents. */
export const AGENTS: readonly Agent[] = TEAM_KEYS.flatMap((team, t) =>
  MEMBERS[team].map((name, i) => ({
    name,
    team,
    supervisor: i === 0,
    workload: i === 0 ? 0.35 : 0.75 + ((i * 7 + t * 3) % 6) / 10,
    hiredOn: formatIsoDate(wallClock(2018 + ((i * 5 + t) % 6), 1 + ((i * 7 + t * 5) % 12), 1 + ((i * 11 + t) % 27))),
  })),
);

/** The team an agent belongs to at a given instant. */
export function teamOf(agent: string, t: number): TeamKey {
  if (agent === TRANSFER.agent) return t < TRANSFER.on ? TRANSFER.from : TRANSFER.to;
  const found = AGENTS.find((a) => a.name === agent);
  if (!found) throw new Error(`invalid agent: ${agent}`);
  return found.team;
}

function rosters(after: boolean): Record<TeamKey, WeightedTable<string>> {
  const at = after ? TRANSFER.on : TRANSFER.on - 1;
  const entries = (team: TeamKey) =>
    AGENTS.filter((a) => teamOf(a.name, at) === team).map((a) => [a.name, a.workload] as const);
  return Object.fromEntries(TEAM_KEYS.map((team) => [team, weightedTable(entries(team))])) as Record<
    TeamKey,
    WeightedTable<string>
  >;
}

const ROSTER_BEFORE = rosters(false);
const ROSTER_AFTER = rosters(true);

/** Who can take a team's tickets at an instant, weighted by workload. */
export function rosterAt(team: TeamKey, t: number): WeightedTable<string> {
  return (t < TRANSFER.on ? ROSTER_BEFORE : ROSTER_AFTER)[team];
}

/** One row of the staff sheet. */
export interface StaffRow {
  employee: string;
  team: string;
  position: Position;
  activeFrom: string;
  activeTo: string;
}

/** The staff sheet: one row per person and team, two rows for the transferred agent. */
export function staffRows(): StaffRow[] {
  return AGENTS.flatMap((agent) => {
    const position = agent.supervisor ? '主管' : TEAM_POSITION[agent.team];
    const row = (team: TeamKey, activeFrom: string, activeTo: string): StaffRow => ({
      employee: agent.name,
      team: TEAM_NAMES[team],
      position,
      activeFrom,
      activeTo,
    });
    if (agent.name !== TRANSFER.agent) return [row(agent.team, agent.hiredOn, '')];
    return [
      row(TRANSFER.from, agent.hiredOn, formatIsoDate(TRANSFER.on - DAY)),
      row(TRANSFER.to, formatIsoDate(TRANSFER.on), ''),
    ];
  });
}
