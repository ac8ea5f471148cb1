import type { MetricContext } from './context.ts';
import { type MetricFilter, SURVEY_COLUMNS, TICKET_COLUMNS, dateRangeSql, dimensionFilterSql, groupSql } from './filter.ts';
import { bucketSql } from './grain.ts';
import type { MetricQuery } from './types.ts';

/** The SELECT head `bucket, group` for a local date column. */
export function keysSql(ctx: MetricContext, q: MetricQuery, dateColumn: string, survey = false): string {
  return `${bucketSql(q.grain ?? 'all', dateColumn, ctx.config)} AS bucket, ${groupSql(q.by, survey ? SURVEY_COLUMNS : TICKET_COLUMNS)} AS "group"`;
}

/** `FROM tickets t WHERE <date range on dateColumn> AND <dimension filters>` (dateColumn null: no date range). */
export function ticketsWhere(filter: MetricFilter = {}, dateColumn: string | null): string {
  const date = dateColumn ? dateRangeSql(dateColumn, filter) : 'TRUE';
  return `FROM tickets t WHERE ${date} AND ${dimensionFilterSql(filter, TICKET_COLUMNS)}`;
}

/**
 * `FROM surveys s LEFT JOIN tickets t … WHERE …`: surveys in the date range on `s.submitted_local`;
 * team/agent are the survey's (filled from the ticket at ingest), channel/priority/category the ticket's.
 */
export function surveysWhere(filter: MetricFilter = {}): string {
  return `FROM surveys s LEFT JOIN tickets t ON t.ticket_id = s.ticket_id WHERE ${dateRangeSql('s.submitted_local', filter)} AND ${dimensionFilterSql(filter, SURVEY_COLUMNS)}`;
}
