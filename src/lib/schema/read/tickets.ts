import type { Category, Channel, Priority, Status } from '../../config/types.ts';
import { CATEGORY_WORDS, CHANNEL_WORDS, PRIORITY_WORDS, STATUS_WORDS, UNANSWERED_WORDS, isSatisfied, scoreOnScale, vocabKey } from '../vocab.ts';
import { businessMinutes, cell, count, freeText, identifier, instant, minutesBetween, plusMinutes, text, vocab, type Instant } from './cells.ts';
import type { ReadContext, RowInput } from './types.ts';
import { RowReject } from './types.ts';

/** A ticket row in `TABLES.tickets` order; timestamps as epoch ms. */
export type TicketRow = [
  ticket_id: string,
  created_at: number,
  created_local: number,
  first_response_at: number | null,
  first_response_local: number | null,
  resolved_at: number | null,
  resolved_local: number | null,
  closed_at: number | null,
  closed_local: number | null,
  sla_due_at: number | null,
  sla_due_local: number | null,
  channel: Channel,
  category: Category,
  priority: Priority,
  team: string | null,
  agent: string | null,
  status: Status,
  contacts: number | null,
  reopened: number | null,
  frt_min: number | null,
  frt_bh_min: number | null,
  resolution_min: number | null,
  resolution_bh_min: number | null,
  product: string | null,
  region: string | null,
  customer_key: string | null,
];

/** A survey carried inside a ticket export (Zendesk `Satisfaction Score`, Freshdesk `Survey results`, Jira rating). */
export interface EmbeddedSurvey {
  score: number | null;
  satisfied: boolean | null;
  comment: string | null;
}

/** Elapsed time such as `1h 30m`, `2d 4h`, `45m`, `01:30:00` or a plain number of `unit` minutes. */
export function parseElapsedMinutes(v: string, unitMinutes: number): number | null {
  const s = v.trim();
  if (s === '') return null;
  if (/^-/.test(s)) return null; // a signed value is time remaining on an SLA clock, not time elapsed
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s) * unitMinutes;
  const hms = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (hms) return Number(hms[1]) * 60 + Number(hms[2]) + Number(hms[3] ?? 0) / 60;
  const units: Record<string, number> = { w: 7 * 1440, d: 1440, h: 60, m: 1, s: 1 / 60 };
  let total = 0;
  let matched = '';
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)\s*([wdhms])/gi)) {
    total += Number(m[1]) * units[m[2].toLowerCase()];
    matched += m[0];
  }
  return matched.replace(/\s/g, '').length === s.replace(/\s/g, '').length && matched ? total : null;
}

function firstResponse(ctx: ReadContext, row: RowInput, created: Instant): Instant | null {
  const at = instant(ctx, row, 'first_response_at');
  if (at) return at;
  for (const [column, unit] of [
    ['first_response_minutes', 1],
    ['first_response_hours', 60],
    ['first_response_elapsed', 1],
  ] as const) {
    const v = cell(ctx, row, column);
    if (v === '') continue;
    const minutes = parseElapsedMinutes(v, unit);
    if (minutes === null) throw new RowReject('bad_number', column, v, `${column}: "${v}" is not a duration`);
    return plusMinutes(ctx, created, minutes);
  }
  return null;
}

function status(ctx: ReadContext, row: RowInput, resolved: Instant | null, closed: Instant | null): Status {
  const given = vocab(ctx, row, 'status', STATUS_WORDS, vocabKey, 'unknown_status', null);
  return given ?? (closed ? 'closed' : resolved ? 'resolved' : 'open');
}

function embeddedSurvey(ctx: ReadContext, row: RowInput): EmbeddedSurvey | null {
  const v = cell(ctx, row, 'survey_score');
  if (v === '' || /^(unoffered|not offered|未邀请)$/i.test(v)) return null;
  if (UNANSWERED_WORDS.has(vocabKey(v))) return { score: null, satisfied: null, comment: null };
  const score = scoreOnScale(v, ctx.config.survey_scale);
  if (score === null) throw new RowReject('bad_score', 'survey_score', v, `survey_score: "${v}" is not a score on the ${ctx.config.survey_scale}-point scale (config survey_scale)`);
  return { score, satisfied: isSatisfied(score, ctx.config.survey_scale), comment: freeText(ctx, row, 'survey_comment') };
}

/** Reads one ticket row; throws `RowReject` on the first bad value. */
export function readTicket(ctx: ReadContext, row: RowInput): { row: TicketRow; survey: EmbeddedSurvey | null } {
  const id = identifier(ctx, row, 'ticket_id');
  const created = instant(ctx, row, 'created_at');
  if (!created) throw new RowReject('missing_value', 'created_at', '', 'created_at: a value is required');
  const first = firstResponse(ctx, row, created);
  const resolved = instant(ctx, row, 'resolved_at');
  const closed = instant(ctx, row, 'closed_at');
  const due = instant(ctx, row, 'sla_due_at');
  const channel = vocab(ctx, row, 'channel', CHANNEL_WORDS, vocabKey, 'unknown_channel', 'other')!;
  const category = vocab(ctx, row, 'category', CATEGORY_WORDS, vocabKey, 'unknown_category', 'other')!;
  const priority = vocab(ctx, row, 'priority', PRIORITY_WORDS, vocabKey, 'unknown_priority', 'normal')!;
  const st = status(ctx, row, resolved, closed);
  let contacts = count(ctx, row, 'contacts');
  if (ctx.plan.preset === 'zendesk' && contacts !== null) contacts = Math.max(1, contacts);
  const reopened = count(ctx, row, 'reopened');
  const customer = text(ctx, row, 'customer_id');
  const survey = embeddedSurvey(ctx, row);
  // a resolved/closed status without a resolved time: a closed time stands in for it
  const end = resolved ?? (st === 'resolved' || st === 'closed' ? closed : null);
  return {
    row: [
      id,
      created.utc,
      created.local,
      first?.utc ?? null,
      first?.local ?? null,
      end?.utc ?? null,
      end?.local ?? null,
      closed?.utc ?? null,
      closed?.local ?? null,
      due?.utc ?? null,
      due?.local ?? null,
      channel,
      category,
      priority,
      text(ctx, row, 'team'),
      text(ctx, row, 'agent'),
      st,
      contacts,
      reopened,
      minutesBetween(created, first),
      businessMinutes(ctx, created, first),
      minutesBetween(created, end),
      businessMinutes(ctx, created, end),
      text(ctx, row, 'product'),
      text(ctx, row, 'region'),
      customer && ctx.hashCustomer ? ctx.hashCustomer(customer) : null,
    ],
    survey,
  };
}
