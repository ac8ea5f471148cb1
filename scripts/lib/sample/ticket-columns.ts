import type { Category, Channel, Priority, Status } from '../../../src/lib/config/types.ts';
import { TEAM_NAMES } from './organisation.ts';
import type { TicketView } from './tickets.ts';

/** Headers of the Chinese helpdesk export (file 1). */
export const CHINESE_TICKET_HEADERS = [
  '工单编号', '创建时间', '首次响应时间', '解决时间', '关闭时间', '渠道', '类型', '优先级', '团队', '处理人',
  '状态', '接触次数', '重开次数', '处理时限', '产品', '区域', '客户编号', '客户姓名', '联系电话', '电子邮箱',
] as const;

/** Headers of the English export (file 2 and the benchmark file). */
export const ENGLISH_TICKET_HEADERS = [
  'Ticket ID', 'Created At', 'First Response At', 'Resolved At', 'Closed At', 'Channel', 'Category', 'Priority', 'Team', 'Agent',
  'Status', 'Contacts', 'Reopened', 'SLA Due At', 'Product', 'Region', 'Customer ID', 'Customer Name', 'Customer Phone', 'Customer Email',
] as const;

/** Column positions shared by both header sets, for code that patches a row. */
export const TICKET_COLUMN = { id: 0, created: 1, closed: 4, channel: 5, status: 10, contacts: 11, product: 14 } as const;

/** The only ticket column whose values can hold commas, quotes or line breaks. */
export const TICKET_FREE_TEXT_COLUMNS = [TICKET_COLUMN.product] as const;

const CHANNEL_ZH: Record<Channel, string> = {
  phone: '电话', email: '邮件', chat: '在线客服', web: '网页', onsite: '上门', social: '社交媒体', other: '其他',
};
const CATEGORY_ZH: Record<Category, string> = { inquiry: '咨询', complaint: '投诉', fault: '故障', suggestion: '建议', other: '其他' };
const PRIORITY_ZH: Record<Priority, string> = { urgent: '紧急', high: '高', normal: '普通', low: '低' };
const STATUS_ZH: Record<Status, string> = { open: '待处理', pending: '处理中', resolved: '已解决', closed: '已关闭' };

type Vocabulary = {
  channel: (c: Channel) => string;
  category: (c: Category, channel: Channel) => string;
  priority: (p: Priority) => string;
  status: (s: Status) => string;
};

const CHINESE: Vocabulary = {
  channel: (c) => CHANNEL_ZH[c],
  // Field-service desks log faults as repair requests (报修); both mean "fault".
  category: (c, channel) => (c === 'fault' && channel === 'onsite' ? '报修' : CATEGORY_ZH[c]),
  priority: (p) => PRIORITY_ZH[p],
  status: (s) => STATUS_ZH[s],
};
const ENGLISH: Vocabulary = { channel: (c) => c, category: (c) => c, priority: (p) => p, status: (s) => s };

function ticketRow(view: TicketView, formatTime: (t: number) => string, words: Vocabulary): string[] {
  const { ticket } = view;
  return [
    ticket.id,
    formatTime(ticket.created),
    view.firstResponse === null ? '' : formatTime(view.firstResponse),
    view.resolved === null ? '' : formatTime(view.resolved),
    view.closed === null ? '' : formatTime(view.closed),
    words.channel(ticket.channel),
    words.category(ticket.category, ticket.channel),
    words.priority(ticket.priority),
    TEAM_NAMES[ticket.team],
    ticket.agent,
    words.status(view.status),
    String(ticket.contacts),
    String(view.reopened),
    ticket.slaDue === null ? '' : formatTime(ticket.slaDue),
    ticket.product,
    ticket.region,
    ticket.customer.id,
    ticket.customer.name,
    ticket.customer.phone,
    ticket.customer.email,
  ];
}

/** A ticket as the Chinese helpdesk export writes it (Chinese vocabulary). */
export const chineseTicketRow = (view: TicketView, formatTime: (t: number) => string): string[] =>
  ticketRow(view, formatTime, CHINESE);

/** A ticket as the English export writes it (canonical English vocabulary). */
export const englishTicketRow = (view: TicketView, formatTime: (t: number) => string): string[] =>
  ticketRow(view, formatTime, ENGLISH);
