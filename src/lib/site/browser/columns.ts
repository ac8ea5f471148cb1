/**
 * Which tables and columns a page needs: the metric queries are run once against a recording `Db`
 * that returns no rows, and every published column their SQL names is kept. Reading the SQL the
 * metrics really send keeps this list from drifting away from the metric modules.
 */
import type { Db, Row } from '../../db/db.ts';
import type { MetricFilter } from '../../metrics/filter.ts';
import { METRIC_COLUMNS } from '../../metrics/registry.ts';
import type { TableName } from '../../schema/tables.ts';

/** Columns a page reads per table; a table left out is not loaded. */
export type ColumnSelection = Partial<Record<TableName, readonly string[]>>;

/** A filter that restricts every dimension and both dates, so the SQL names every column a view can need. */
export const WIDEST_FILTER: MetricFilter = {
  from: '2000-01-01', to: '2000-03-31',
  teams: ['x'], agents: ['x'], channels: ['phone'], priorities: ['high'], categories: ['complaint'],
};

/** A `Db` that answers every query with no rows and keeps the SQL it was sent. */
export function recordingDb(): Db & { sql: string[] } {
  const sql: string[] = [];
  return {
    sql,
    async query<T = Row>(text: string): Promise<T[]> {
      sql.push(text);
      return [];
    },
  };
}

const word = (name: string) => new RegExp(`\\b${name}\\b`);

/** The published columns, per table, that the given SQL statements name (tables they never name are left out). */
export function columnsInSql(statements: readonly string[], catalog: Partial<Record<TableName, readonly string[]>> = METRIC_COLUMNS): ColumnSelection {
  const text = statements.join('\n');
  const out: ColumnSelection = {};
  for (const [table, columns] of Object.entries(catalog) as [TableName, readonly string[]][]) {
    if (!word(table).test(text)) continue;
    const used = columns.filter((c) => word(c).test(text));
    if (used.length) out[table] = used;
  }
  return out;
}

/** Runs each query function on a recording `Db` and returns the columns their SQL names. */
export async function columnsFor(runs: readonly ((db: Db) => Promise<unknown>)[]): Promise<ColumnSelection> {
  const db = recordingDb();
  for (const run of runs) await run(db);
  return columnsInSql(db.sql);
}
