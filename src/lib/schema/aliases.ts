/** Datasets a manager can drop into `data/`. */
export type Dataset = 'tickets' | 'surveys' | 'evaluations' | 'staff';
export const DATASETS: Dataset[] = ['tickets', 'surveys', 'evaluations', 'staff'];

/** Normalises a header for lookup: no BOM, lower case, no spaces, underscores, dashes, brackets or colons. */
export const headerKey = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-()（）:：/\\.#*]+/g, '');

const TEAM = ['team', '团队', '班组', '组别', '处理组', '所属团队', '部门', 'group', 'assignee group', 'assigned group', 'customfield team'];
const AGENT = ['agent', '处理人', '客服', '负责人', '处理客服', '坐席', '受理人', '工程师', 'assignee', 'owner', 'assigned to', 'agent name'];

/**
 * Canonical columns each dataset accepts, with English, Chinese and common vendor spellings.
 * Pseudo-columns (`first_response_minutes`, `survey_score`, …) are turned into canonical ones by the validator.
 */
export const ALIASES: Record<Dataset, Record<string, string[]>> = {
  tickets: {
    ticket_id: ['ticket id', 'ticket', '工单编号', '工单号', '工单id', '工单', '单号', '服务单号', 'ticket number', 'ticket no', 'case number', 'case id', 'id'],
    created_at: ['created at', 'created', '创建时间', '建单时间', '受理时间', '提交时间', '报修时间', 'created time', 'create time', 'date created', 'opened at', 'open date'],
    first_response_at: ['first response at', '首次响应时间', '首响时间', '首次回复时间', '响应时间', 'first reply at', 'first responded at', 'initial response time', 'first response time'],
    resolved_at: ['resolved at', 'resolved', '解决时间', '完成时间', '处理完成时间', 'solved at', 'resolved time', 'resolution date'],
    closed_at: ['closed at', 'closed', '关闭时间', '结案时间', 'closed time', 'close time'],
    channel: ['channel', '渠道', '来源', '来源渠道', '受理渠道', '接入渠道', 'source', 'via', 'request channel type', 'customfield request channel type'],
    category: ['category', '类型', '工单类型', '问题类型', '服务类型', 'ticket type', 'type', 'issue type'],
    priority: ['priority', '优先级', '紧急程度', '紧急度'],
    team: TEAM,
    agent: AGENT,
    status: ['status', '状态', '工单状态', 'ticket status'],
    contacts: ['contacts', '接触次数', '联系次数', '沟通次数', 'customer interactions', 'contact count'],
    reopened: ['reopened', '重开次数', '重开', '重新打开次数', 'reopens', 'reopen count'],
    sla_due_at: ['sla due at', 'sla due', '处理时限', '截止时间', '要求完成时间', 'due date', 'due by', 'due by time', 'resolution due'],
    product: ['product', '产品', '产品名称', '产品型号', 'product name'],
    region: ['region', '区域', '地区', '大区', 'area'],
    customer_id: ['customer id', '客户编号', '客户id', '客户号', '会员编号', '用户id', 'requester id', 'contact id', 'customer number', 'customer no'],
    first_response_minutes: ['first response minutes', 'first reply time in minutes'],
    first_response_hours: ['first response hours', 'first response time in hrs'],
    first_response_elapsed: ['time to first response', 'customfield time to first response'],
    survey_score: ['satisfaction score', 'survey results', 'satisfaction rating', 'satisfaction', 'customfield satisfaction', 'customfield satisfaction rating'],
    survey_comment: ['satisfaction comment', 'customfield satisfaction comment'],
  },
  surveys: {
    survey_id: ['survey id', '调查编号', '问卷编号', '评价编号', '回访编号', 'response id', 'id'],
    ticket_id: ['ticket id', 'ticket', '工单编号', '工单号', '工单id', '关联工单', 'ticket number'],
    submitted_at: ['submitted at', 'submitted', '提交时间', '评价时间', '回访时间', '调查时间', 'survey date', 'response date', 'created at', 'date'],
    method: ['method', '调查方式', '回访方式', '评价方式', '评价渠道', 'survey method', 'survey type'],
    score: ['score', '满意度', '满意度评分', '评分', '评价', '满意程度', 'rating', 'satisfaction', 'satisfaction score', 'csat'],
    nps: ['nps', '推荐度', '推荐意愿', '推荐指数', 'likelihood to recommend'],
    comment: ['comment', '评价内容', '评语', '意见', '客户意见', '备注', 'comments', 'feedback', 'remarks'],
    team: TEAM,
    agent: AGENT,
  },
  evaluations: {
    period: ['period', '考核周期', '考核期', '季度', '考核季度', 'quarter', 'appraisal period'],
    employee: ['employee', '员工', '员工姓名', '被评价人', '被考核人', '姓名', 'agent', 'name', 'employee name'],
    team: TEAM,
    evaluator_role: ['evaluator role', '评价人角色', '评价角色', '评价人类型', '评价来源', 'rater role', 'role'],
    dimension: ['dimension', '维度', '考核维度', '考核项', '指标'],
    score: ['score', '得分', '分数', '评分'],
  },
  staff: {
    employee: ['employee', '员工', '姓名', '员工姓名', 'agent', 'name'],
    team: TEAM,
    role: ['role', '岗位', '职位', '角色', 'position', 'job title'],
    active_from: ['active from', '起始日期', '开始日期', '入组日期', '生效日期', 'start date', 'from'],
    active_to: ['active to', '截止日期', '结束日期', '离组日期', '失效日期', 'end date', 'to'],
  },
};

/** Headers that carry a customer's identity: dropped on sight in every dataset. */
export const PII_HEADERS = new Set(
  [
    'customer name', '客户姓名', '客户名称', '客户', '联系人', '联系人姓名', '报修人', '用户名', '用户姓名', 'requester', 'requester name', 'full name', 'contact name', 'contact',
    'customer phone', 'phone', '联系电话', '电话号码', '手机', '手机号', '手机号码', '联系方式', 'work phone', 'mobile phone', 'mobile', 'telephone',
    'customer email', 'email', 'e-mail', '电子邮箱', '邮箱', '邮件地址', 'requester email', 'contact email', 'requester domain',
    'address', '地址', '客户地址', '联系地址', '详细地址', '身份证', '身份证号', 'id card', 'twitter id', 'facebook id', 'company name', 'organization', 'reporter', 'creator', 'submitter',
  ].map(headerKey),
);

/** Columns without which a dataset cannot be read. */
export const REQUIRED: Record<Dataset, string[]> = {
  tickets: ['ticket_id', 'created_at'],
  surveys: ['ticket_id', 'score'],
  evaluations: ['period', 'employee', 'evaluator_role'],
  staff: ['employee', 'team'],
};

/** Dataset named by a file's name prefix (English or Chinese), or null. */
export function datasetFromFileName(name: string): Dataset | null {
  const base = name.toLowerCase();
  if (/^(tickets?|工单)/.test(base)) return 'tickets';
  if (/^(surveys?|csat|满意度|回访|调查)/.test(base)) return 'surveys';
  if (/^(evaluations?|360|考核|评价|绩效)/.test(base)) return 'evaluations';
  if (/^(staff|employees?|人员|员工|花名册)/.test(base)) return 'staff';
  return null;
}
