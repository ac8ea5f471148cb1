import type { MetricContext } from './context.ts';
import { type MetricFilter, SURVEY_COLUMNS, TICKET_COLUMNS, dateRangeSql, dimensionFilterSql, groupSql } from './filter.ts';
import { bucketLabelSql, bucketOrdinalSql } from './grain.ts';
import type { MetricQuery } from './types.ts';

/**
 * The SELECT head `bucket, group` for a local date column. `bucket` is the grain's ordinal
 * (`bucketOrdinalSql`), cheap to group by; wrap the statement in `bucketed` to turn it into the key.
 */
export function keysSql(ctx: MetricContext, q: MetricQuery, dateColumn: string, survey = false): string {
  return `${bucketOrdinalSql(q.grain ?? 'all', dateColumn, ctx.config)} AS bucket, ${groupSql(q.by, survey ? SURVEY_COLUMNS : TICKET_COLUMNS)} AS "group"`;
}

/**
 * A grouped statement whose first two columns are `keysSql`'s, with the bucket ordinal replaced by
 * the bucket key after grouping (a string per bucket, not per row), ordered by bucket and group.
 */
export function bucketed(q: MetricQuery, sql: string): string {
  const grain = q.grain ?? 'all';
  if (grain === 'all') return sql;
  return `SELECT * REPLACE (${bucketLabelSql(grain, 'bucket')} AS bucket) FROM (\n${sql}\n) ORDER BY 1, 2 NULLS FIRST`;
}

/** `FROM tickets t WHERE <date range on dateColumn> AND <dimension filters>` (dateColumn null: no date range). */
export function ticketsWhere(filter: MetricFilter = {}, dateColumn: string | null): string {
  const date = dateColumn ? dateRangeSql(dateColumn, filter) : 'TRUE';
  return `FROM tickets t WHERE ${date} AND ${dimensionFilterSql(filter, TICKET_COLUMNS)}`;
}

/**
 * `FROM surveys s WHERE …`: surveys in the date range on `s.submitted_local`; team/agent are the
 * survey's (filled from the ticket at ingest), channel/priority/category its ticket's (the derived
 * `ticket_*` columns), so a survey query never joins tickets.
 */
export function surveysWhere(filter: MetricFilter = {}): string {
  return `FROM surveys s WHERE ${dateRangeSql('s.submitted_local', filter)} AND ${dimensionFilterSql(filter, SURVEY_COLUMNS)}`;
}
