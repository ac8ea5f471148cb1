import type { Config, SlaTable } from './types.ts';
import { CHANNELS, PRIORITIES } from './types.ts';

const table = (byChannel: Record<string, number | Record<string, number>>): SlaTable =>
  Object.fromEntries(
    CHANNELS.map((c) => {
      const v = byChannel[c] ?? byChannel.default;
      return [c, Object.fromEntries(PRIORITIES.map((p) => [p, typeof v === 'number' ? v : v[p]]))];
    }),
  ) as SlaTable;

/** The handbook defaults: what a config file may leave out. */
export const DEFAULT_CONFIG: Config = {
  timezone: 'Asia/Shanghai',
  fiscal_year_start_month: 1,
  week_start: 1,
  business_hours: { days: [1, 2, 3, 4, 5], start: 9 * 60, end: 18 * 60, holidays: [], workdays: [] },
  sla: {
    // handbook: online chat answered within 5 minutes; phone within a minute; email within 4 hours
    first_response_minutes: table({
      chat: { urgent: 1, high: 3, normal: 5, low: 5 },
      phone: 1,
      email: { urgent: 60, high: 120, normal: 240, low: 480 },
      web: { urgent: 60, high: 120, normal: 240, low: 480 },
      social: { urgent: 30, high: 60, normal: 120, low: 240 },
      onsite: { urgent: 60, high: 240, normal: 480, low: 1440 },
      default: 240,
    }),
    resolution_hours: table({ default: { urgent: 4, high: 24, normal: 72, low: 120 }, onsite: { urgent: 24, high: 48, normal: 96, low: 168 } }),
    complaint_deadline_hours: 48,
  },
  survey_scale: '5',
  min_observations: 10,
  min_tickets_for_rank: 30,
  targets: {
    csat: 0.9,
    csat_mean: 4.3,
    survey_response_rate: 0.3,
    fcr: 0.75,
    reopen_rate: 0.05,
    complaint_timeliness: 0.95,
    sla_frt_attainment: 0.9,
    sla_resolution_attainment: 0.9,
    frt_median: 5,
    frt_p90: 60,
    resolution_median: 24 * 60,
    resolution_p90: 72 * 60,
  },
  scorecard: {
    weights: {
      satisfaction: 30,
      complaint_timeliness: 20,
      fcr: 15,
      process_compliance: 10,
      teamwork_communication: 10,
      training: 5,
      response_timeliness: 10,
    },
    components: {
      satisfaction: { metric: 'csat', target: 0.9, floor: 0.6 },
      complaint_timeliness: { metric: 'complaint_timeliness', target: 0.95, floor: 0.6 },
      fcr: { metric: 'fcr', target: 0.75, floor: 0.4 },
      process_compliance: { metric: 'eval_process_compliance', target: 90, floor: 60 },
      teamwork_communication: { metric: 'eval_teamwork_communication', target: 90, floor: 60 },
      training: { metric: 'eval_training', target: 90, floor: 60 },
      response_timeliness: { metric: 'sla_frt_attainment', target: 0.9, floor: 0.5 },
    },
    tiers: [
      { id: 'A', min: 90, name: { 'zh-CN': '优秀', en: 'Excellent' } },
      { id: 'B', min: 80, name: { 'zh-CN': '良好', en: 'Good' } },
      { id: 'C', min: 70, name: { 'zh-CN': '合格', en: 'Satisfactory' } },
      { id: 'D', min: 0, name: { 'zh-CN': '待改进', en: 'Needs improvement' } },
    ],
  },
  evaluation: {
    role_weights: { supervisor: 40, peer: 20, customer: 30, self: 10 },
    dimensions: [
      { id: 'process_compliance', name: { 'zh-CN': '服务流程规范性', en: 'Process compliance' }, aliases: ['流程规范', '服务规范'] },
      { id: 'teamwork_communication', name: { 'zh-CN': '团队协作与沟通', en: 'Teamwork & communication' }, aliases: ['团队协作与沟通能力', '团队协作', '沟通能力'] },
      { id: 'training', name: { 'zh-CN': '培训与技能提升', en: 'Training & skills' }, aliases: ['培训', '技能提升'] },
      { id: 'business_ability', name: { 'zh-CN': '业务能力', en: 'Business ability' }, aliases: ['专业能力'] },
    ],
  },
  privacy: { customer_id: 'hash' },
  columns: {},
};
