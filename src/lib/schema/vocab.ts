import type { Category, Channel, EvaluatorRole, Priority, Status, SurveyMethod, SurveyScale } from '../config/types.ts';

/** Normalises a vocabulary value for lookup: trimmed, lower case, inner spaces/underscores/hyphens as one space. */
export const vocabKey = (v: string): string => v.trim().toLowerCase().replace(/[\s_\-]+/g, ' ');

const table = <T extends string>(entries: Record<T, string[]>): Map<string, T> => {
  const m = new Map<string, T>();
  for (const [canon, words] of Object.entries(entries) as [T, string[]][]) {
    m.set(vocabKey(canon), canon);
    for (const w of words) m.set(vocabKey(w), canon);
  }
  return m;
};

/** Channel spellings: Chinese helpdesks, Zendesk `Via`, Freshdesk `Source`, Jira request channel. */
export const CHANNEL_WORDS = table<Channel>({
  phone: ['电话', '热线', '400电话', '呼入', '呼出', '电话客服', 'call', 'voice', 'voicemail', 'phone call (incoming)', 'phone call (outgoing)', 'phone call', 'telephone'],
  email: ['邮件', '电子邮件', 'e-mail', 'mail', 'outbound email', 'email (outbound)'],
  chat: ['在线客服', '在线', '在线咨询', '即时通讯', 'im', 'live chat', 'messaging', 'chat widget', 'ms teams'],
  web: ['网页', '网站', '表单', '网页表单', 'web form', 'portal', 'feedback widget', 'web widget', 'web service', 'forum', 'api', 'mobile', 'app', 'jira', '工单系统', '小程序'],
  onsite: ['上门', '现场', '上门服务', '现场服务', 'on site', 'field', 'field service', 'visit'],
  social: ['社交媒体', '社交', '微信', '微博', '抖音', 'wechat', 'weibo', 'twitter', 'x', 'facebook', 'whatsapp', 'instagram', 'social media'],
  other: ['其他', '其它', 'closed ticket', 'text', 'sms', 'any channel'],
});

/** Ticket category spellings. */
export const CATEGORY_WORDS = table<Category>({
  inquiry: ['咨询', '问题咨询', '业务咨询', '询问', 'question', 'enquiry', 'query', 'service request', 'get it help', 'ask a question'],
  complaint: ['投诉', '客诉', '抱怨', 'complaints'],
  fault: ['故障', '报修', '维修', '故障报修', '质量问题', 'incident', 'problem', 'bug', 'repair', 'defect', 'technical issue', 'report a bug'],
  suggestion: ['建议', '意见', 'feature request', 'feedback', 'idea', 'improvement', 'suggest a new feature'],
  other: ['其他', '其它', 'task', 'refund', 'change', 'general'],
});

/** Priority spellings, including Jira's P1–P4 scale. */
export const PRIORITY_WORDS = table<Priority>({
  urgent: ['紧急', '特急', '非常紧急', 'critical', 'highest', 'blocker', 'p1', '1'],
  high: ['高', '较高', '重要', 'major', 'p2', '2'],
  normal: ['普通', '中', '一般', '中等', '正常', 'medium', 'standard', 'p3', '3'],
  low: ['低', '较低', 'minor', 'lowest', 'trivial', 'p4', 'p5', '4'],
});

/** Status spellings; vendor workflow states map onto the four canonical ones. */
export const STATUS_WORDS = table<Status>({
  open: ['待处理', '未处理', '新建', '打开', '待分配', '待受理', '已受理', 'new', 'opened', 'reopened', 'to do', 'waiting for support', 'escalated'],
  pending: ['处理中', '进行中', '等待', '挂起', '待回复', '待客户回复', '暂停', 'hold', 'on hold', 'in progress', 'waiting', 'waiting on customer', 'waiting on third party', 'waiting for customer', 'work in progress'],
  resolved: ['已解决', '已处理', '已完成', '完成', '解决', 'solved', 'done', 'completed', 'fixed'],
  closed: ['已关闭', '关闭', '已结案', '结案', '归档', 'archived', 'canceled', 'cancelled'],
});

/** Survey method spellings. */
export const METHOD_WORDS = table<SurveyMethod>({
  questionnaire: ['问卷', '问卷调查', '在线问卷', '调查问卷', 'survey', 'form'],
  phone_callback: ['电话回访', '回访', '电话', 'phone callback', 'callback', 'phone', 'call'],
  email: ['邮件', '电子邮件', 'mail', 'e-mail'],
  sms: ['短信', 'text'],
  web: ['网页', '在线', 'web form', 'widget', 'portal'],
});

/** 360° evaluator role spellings. */
export const ROLE_WORDS = table<EvaluatorRole>({
  self: ['自评', '本人', '自我评价', 'self assessment'],
  supervisor: ['上级', '主管', '领导', '上级评价', '经理', 'manager', 'boss'],
  peer: ['同事', '同级', '同事评价', '互评', 'peers', 'colleague'],
  customer: ['客户', '客户评价', 'client'],
});

/** Staff role spellings. */
export const STAFF_ROLE_WORDS = table<'customer_service' | 'technical_support' | 'field_engineer' | 'manager'>({
  customer_service: ['客服', '客户服务', '客服专员', 'customer service', 'agent', 'cs'],
  technical_support: ['技术支持', '技术支持工程师', 'tech support', 'support engineer', 'engineer tier 2'],
  field_engineer: ['现场工程师', '工程师', '售后工程师', '服务工程师', 'field engineer', 'technician'],
  manager: ['主管', '经理', '组长', '班长', 'team lead', 'supervisor', 'lead'],
});

/** Word scales per survey scale: the words a rating may be exported as. */
const SCORE_WORDS: Record<SurveyScale, Map<string, number>> = {
  '5': new Map(
    Object.entries({
      非常满意: 5, 很满意: 5, 十分满意: 5, 'very satisfied': 5, 'extremely satisfied': 5, 'extremely happy': 5, '5星': 5, '★★★★★': 5,
      满意: 4, 比较满意: 4, 较满意: 4, satisfied: 4, happy: 4, '4星': 4, '★★★★': 4,
      一般: 3, 基本满意: 3, neutral: 3, 'neither satisfied nor dissatisfied': 3, '3星': 3, '★★★': 3,
      不满意: 2, 较不满意: 2, 比较不满意: 2, dissatisfied: 2, unhappy: 2, '2星': 2, '★★': 2,
      非常不满意: 1, 很不满意: 1, 'very dissatisfied': 1, 'extremely dissatisfied': 1, 'extremely unhappy': 1, '1星': 1, '★': 1,
    }).map(([k, v]) => [vocabKey(k), v]),
  ),
  '3': new Map(
    Object.entries({ 满意: 3, 非常满意: 3, awesome: 3, satisfied: 3, good: 3, 一般: 2, 'just okay': 2, neutral: 2, okay: 2, 不满意: 1, 'not good': 1, dissatisfied: 1, bad: 1 }).map(
      ([k, v]) => [vocabKey(k), v],
    ),
  ),
  binary: new Map(Object.entries({ good: 1, 好评: 1, 满意: 1, yes: 1, '👍': 1, bad: 0, 差评: 0, 不满意: 0, no: 0, '👎': 0 }).map(([k, v]) => [vocabKey(k), v])),
  '10': new Map(),
};

/** Words that mean "the survey was offered but not answered" (Zendesk `Offered`). */
export const UNANSWERED_WORDS = new Set(['offered', '未评价', '未回复', '未答复', '已发送', 'no response', 'not answered', 'sent'].map(vocabKey));

/** Range of the numeric scores of each scale. */
export const SCALE_RANGE: Record<SurveyScale, [number, number]> = { '5': [1, 5], '3': [1, 3], binary: [0, 1], '10': [0, 10] };

/** Reads a survey score on the configured scale: a number in range or a word of that scale; null if not a score. */
export function scoreOnScale(raw: string, scale: SurveyScale): number | null {
  const key = vocabKey(raw);
  const word = SCORE_WORDS[scale].get(key);
  if (word !== undefined) return word;
  const n = Number(key.replace(/分$|星$|points?$/, '').trim());
  const [lo, hi] = SCALE_RANGE[scale];
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null;
}

/** Whether a score counts as satisfied: top two of five, top of three, "good", 9–10 of ten. */
export function isSatisfied(score: number, scale: SurveyScale): boolean {
  switch (scale) {
    case '5':
      return score >= 4;
    case '3':
      return score >= 3;
    case 'binary':
      return score >= 1;
    case '10':
      return score >= 9;
  }
}
