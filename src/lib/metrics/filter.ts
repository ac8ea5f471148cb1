import { addDays, checkDate, sqlIn, sqlTimestamp } from './sql.ts';

/**
 * The one filter every metric takes (kept in the page URL). Dates are local calendar dates,
 * inclusive; an absent or empty list means "no restriction".
 */
export interface MetricFilter {
  from?: string;
  to?: string;
  teams?: readonly string[];
  agents?: readonly string[];
  channels?: readonly string[];
  priorities?: readonly string[];
  categories?: readonly string[];
}

/** Attributes a metric can be broken down by. */
export type Dimension = 'team' | 'agent' | 'channel' | 'priority' | 'category';

/** Every breakdown dimension. */
export const DIMENSIONS: readonly Dimension[] = ['team', 'agent', 'channel', 'priority', 'category'];

/** Where each dimension lives for a query: a SQL column expression per dimension. */
export type DimensionColumns = Record<Dimension, string>;

/** Dimension columns of a query over `tickets t`. */
export const TICKET_COLUMNS: DimensionColumns = { team: 't.team', agent: 't.agent', channel: 't.channel', priority: 't.priority', category: 't.category' };

/**
 * Dimension columns of a query over `surveys s`: who was rated comes from the survey, channel,
 * priority and category from its ticket (copied onto the survey when the tables are loaded).
 */
export const SURVEY_COLUMNS: DimensionColumns = { team: 's.team', agent: 's.agent', channel: 's.ticket_channel', priority: 's.ticket_priority', category: 's.ticket_category' };

/** SQL predicate for the date range on a local TIMESTAMP column (`to` inclusive: `< to + 1 day`). */
export function dateRangeSql(column: string, filter: MetricFilter): string {
  const parts: string[] = [];
  if (filter.from) parts.push(`${column} >= ${sqlTimestamp(checkDate(filter.from, 'from'))}`);
  if (filter.to) parts.push(`${column} < ${sqlTimestamp(addDays(checkDate(filter.to, 'to'), 1))}`);
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

/** SQL predicate for the team / agent / channel / priority / category lists. */
export function dimensionFilterSql(filter: MetricFilter, cols: DimensionColumns, only: readonly Dimension[] = DIMENSIONS): string {
  const lists: Record<Dimension, readonly string[] | undefined> = {
    team: filter.teams,
    agent: filter.agents,
    channel: filter.channels,
    priority: filter.priorities,
    category: filter.categories,
  };
  return only.map((d) => sqlIn(cols[d], lists[d])).join(' AND ');
}

/** The SQL expression of the breakdown column, or NULL when there is no breakdown. */
export function groupSql(by: Dimension | undefined, cols: DimensionColumns): string {
  if (by === undefined) return 'CAST(NULL AS VARCHAR)';
  if (!DIMENSIONS.includes(by)) throw new RangeError(`invalid by: ${String(by)}`);
  return cols[by];
}
