/**
 * What the native reader does per dataset: which cells are ids, dates or few-valued columns, how a
 * few-valued cell maps (by the JavaScript reader's own functions, once per distinct value), and
 * the SELECT that builds the published columns.
 */
import type { BusinessClock } from '../../../src/lib/time/business-hours.ts';
import type { ColumnPlan, TableColumn } from '../../../src/lib/schema/index.ts';
import { CATEGORY_WORDS, CHANNEL_WORDS, METHOD_WORDS, PRIORITY_WORDS, STATUS_WORDS, isSatisfied, vocabKey } from '../../../src/lib/schema/vocab.ts';
import { count, freeText, text, vocab } from '../../../src/lib/schema/read/cells.ts';
import { readSurvey, surveyScore } from '../../../src/lib/schema/read/surveys.ts';
import { readTicket } from '../../../src/lib/schema/read/tickets.ts';
import type { ReadContext, RowInput } from '../../../src/lib/schema/read/types.ts';
import { dayOf, timestamp, workedInDay } from './sql.ts';

/** A few-valued column: each distinct cell is read once by `read` (which may throw `RowReject`). */
export interface MappedColumn {
  column: string;
  /** the values `read` returns, with their types */
  values: { name: string; sql: TableColumn['sql'] }[];
  read: (ctx: ReadContext, row: RowInput) => unknown[];
}

/** Everything the final SELECT may use. */
export interface SelectParts {
  /** wall-clock ms of a date column (NULL when blank) */
  wall: (column: string) => string;
  /** UTC ms of a wall-clock expression that is a plain column */
  utc: (wallColumn: string) => string;
  /** a mapped value */
  mapped: (name: string) => string;
  /** an id column's text */
  id: (column: string) => string;
  /** the customer key expression (NULL when dropped) */
  customerKey: string;
  clock: BusinessClock;
  /** the working-day table (day, cum, worked) */
  days: string;
}

export interface NativeSpec {
  ids: string[];
  /** the column a file's ids must be unique in */
  idColumn: string;
  required: string[];
  hashed: string | null;
  mapped: MappedColumn[];
  /** CTE steps over `parts`, then the published columns in `TABLES` order */
  select: (p: SelectParts) => { steps: string[]; columns: string[] };
  readRow: (ctx: ReadContext, row: RowInput) => unknown[];
}

const VARCHAR = (name: string) => [{ name, sql: 'VARCHAR' as const }];

const textColumn = (column: string): MappedColumn => ({ column, values: VARCHAR(column), read: (ctx, row) => [text(ctx, row, column)] });

const ticketVocab = (column: string, words: Map<string, string>, reason: 'unknown_channel' | 'unknown_category' | 'unknown_priority' | 'unknown_status', blank: string | null): MappedColumn => ({
  column,
  values: VARCHAR(column),
  read: (ctx, row) => [vocab(ctx, row, column, words, vocabKey, reason, blank)],
});

const countColumn = (column: string, sql: 'SMALLINT' | 'TINYINT', max?: number): MappedColumn => ({
  column,
  values: [{ name: column, sql }],
  read: (ctx, row) => [count(ctx, row, column, max)],
});

export const TICKETS: NativeSpec = {
  ids: ['ticket_id'],
  idColumn: 'ticket_id',
  required: ['created_at'],
  hashed: 'customer_id',
  mapped: [
    ticketVocab('channel', CHANNEL_WORDS, 'unknown_channel', 'other'),
    ticketVocab('category', CATEGORY_WORDS, 'unknown_category', 'other'),
    ticketVocab('priority', PRIORITY_WORDS, 'unknown_priority', 'normal'),
    ticketVocab('status', STATUS_WORDS, 'unknown_status', null),
    textColumn('team'),
    textColumn('agent'),
    countColumn('contacts', 'SMALLINT'),
    countColumn('reopened', 'SMALLINT'),
    textColumn('product'),
    textColumn('region'),
  ],
  select: (p) => {
    const steps = [
      // status when the export has none, and the end of a ticket: resolved, else closed for a resolved/closed status
      `SELECT *, coalesce(${p.mapped('status')}, CASE WHEN ${p.wall('closed_at')} IS NOT NULL THEN 'closed' WHEN ${p.wall('resolved_at')} IS NOT NULL THEN 'resolved' ELSE 'open' END) AS st FROM prev`,
      `SELECT *, coalesce(${p.wall('resolved_at')}, CASE WHEN st IN ('resolved', 'closed') THEN ${p.wall('closed_at')} END) AS w_end FROM prev`,
      `SELECT prev.*, ${p.utc(p.wall('created_at'))} AS u_created, ${p.utc(p.wall('first_response_at'))} AS u_first, ${p.utc('w_end')} AS u_end,
         d_c.day AS dc_day, d_c.cum AS dc_cum, d_c.worked AS dc_worked, d_f.day AS df_day, d_f.cum AS df_cum, d_f.worked AS df_worked, d_e.day AS de_day, d_e.cum AS de_cum, d_e.worked AS de_worked
       FROM prev
       LEFT JOIN ${p.days} d_c ON d_c.day = ${dayOf(p.wall('created_at'))}
       LEFT JOIN ${p.days} d_f ON d_f.day = ${dayOf(p.wall('first_response_at'))}
       LEFT JOIN ${p.days} d_e ON d_e.day = ${dayOf('w_end')}`,
    ];
    const pair = (w: string) => [timestamp(p.utc(w)), timestamp(w)];
    const bm = (w: string, d: string) =>
      `(${d}_cum - dc_cum) + (${workedInDay(p.clock, w, `${d}_day`, `${d}_worked`)} - ${workedInDay(p.clock, p.wall('created_at'), 'dc_day', 'dc_worked')})`;
    const columns = [
      p.id('ticket_id'),
      timestamp('u_created'),
      timestamp(p.wall('created_at')),
      timestamp('u_first'),
      timestamp(p.wall('first_response_at')),
      timestamp('u_end'),
      timestamp('w_end'),
      ...pair(p.wall('closed_at')),
      ...pair(p.wall('sla_due_at')),
      p.mapped('channel'),
      p.mapped('category'),
      p.mapped('priority'),
      p.mapped('team'),
      p.mapped('agent'),
      'st',
      p.mapped('contacts'),
      p.mapped('reopened'),
      `(u_first - u_created) / 60000::DOUBLE`,
      bm(p.wall('first_response_at'), 'df'),
      `(u_end - u_created) / 60000::DOUBLE`,
      bm('w_end', 'de'),
      p.mapped('product'),
      p.mapped('region'),
      p.customerKey,
    ];
    return { steps, columns };
  },
  readRow: (ctx, row) => readTicket(ctx, row).row,
};

export const SURVEYS: NativeSpec = {
  ids: ['ticket_id', 'survey_id'],
  idColumn: 'survey_id',
  required: [],
  hashed: null,
  mapped: [
    {
      column: 'score',
      values: [
        { name: 'score', sql: 'TINYINT' },
        { name: 'satisfied', sql: 'BOOLEAN' },
      ],
      read: (ctx, row) => {
        const score = surveyScore(ctx, row);
        return [score, score === null ? null : isSatisfied(score, ctx.config.survey_scale)];
      },
    },
    countColumn('nps', 'TINYINT', 10),
    { column: 'method', values: VARCHAR('method'), read: (ctx, row) => [vocab(ctx, row, 'method', METHOD_WORDS, vocabKey, 'unknown_method', null)] },
    { column: 'comment', values: VARCHAR('comment'), read: (ctx, row) => [freeText(ctx, row, 'comment')] },
    textColumn('agent'),
    textColumn('team'),
  ],
  select: (p) => ({
    steps: [],
    columns: [
      p.id('survey_id'),
      p.id('ticket_id'),
      timestamp(p.utc(p.wall('submitted_at'))),
      timestamp(p.wall('submitted_at')),
      p.mapped('method'),
      p.mapped('score'),
      p.mapped('satisfied'),
      p.mapped('nps'),
      p.mapped('comment'),
      p.mapped('agent'),
      p.mapped('team'),
    ],
  }),
  readRow: (ctx, row) => readSurvey(ctx, row),
};

/** Why a file's plan cannot be read natively (null: it can). */
export function nativePlanProblem(dataset: string, plan: ColumnPlan): string | null {
  if (dataset !== 'tickets' && dataset !== 'surveys') return `${dataset} are small`;
  if (plan.preset) return `the ${plan.preset} preset`;
  if (dataset === 'tickets') {
    const pseudo = ['first_response_minutes', 'first_response_hours', 'first_response_elapsed', 'survey_score', 'survey_comment'].filter((c) => c in plan.index);
    if (pseudo.length) return `columns read by the JavaScript reader only (${pseudo.join(', ')})`;
  }
  if (dataset === 'surveys') {
    if (!('survey_id' in plan.index)) return 'no survey id column';
    if (plan.pii.length) return 'customer identity columns masked out of comments';
  }
  return null;
}
