/**
 * Columns the metric tables add to the published ones: facts about one table copied onto the rows
 * of another, so that the metric SQL never joins tickets and surveys at query time. They are
 * computed whenever the Parquet is loaded (build, report CLI, tests) and travel in the browser's
 * table files; the published Parquet keeps the canonical layout of `TABLES`.
 *
 * A survey whose ticket is unknown gets NULL ticket columns, exactly what the former
 * `surveys LEFT JOIN tickets` gave it.
 */
import { TABLES, type TableColumn, type TableName } from './tables.ts';

/** A derived column: its declared type and meaning, and how its value is set once both tables are loaded. */
export interface DerivedColumn extends TableColumn {
  /** `UPDATE <table> x SET <name> = <set>`: `set` reads the row as `x`. */
  set: string;
  /** Optional `FROM` for the update (the other table under its alias). */
  from?: string;
  /** Optional `WHERE` joining `x` to `from`. */
  where?: string;
}

const fromTicket = (column: 'channel' | 'priority' | 'category', doc: string): DerivedColumn => ({
  name: `ticket_${column}`,
  sql: 'VARCHAR',
  doc: `${doc} of the survey's ticket (null: ticket unknown)`,
  set: `t.${column}`,
  from: 'tickets t',
  where: 't.ticket_id = x.ticket_id',
});

/** Derived columns per table, appended after the published ones. */
export const DERIVED: Partial<Record<TableName, DerivedColumn[]>> = {
  tickets: [
    {
      name: 'rated',
      sql: 'BOOLEAN',
      doc: 'the ticket has at least one rated survey',
      set: 'x.ticket_id IN (SELECT s.ticket_id FROM surveys s WHERE s.score IS NOT NULL)',
    },
    { name: 'created_day', sql: 'DATE', doc: 'local day the ticket was created', set: 'CAST(x.created_local AS DATE)' },
    {
      name: 'ended_day',
      sql: 'DATE',
      doc: 'local day the ticket stopped being open: resolved, else closed, never before its creation day (null: still open)',
      // greatest() skips NULLs: the CASE keeps a ticket never resolved nor closed open
      set: 'CASE WHEN coalesce(x.resolved_local, x.closed_local) IS NOT NULL THEN CAST(greatest(coalesce(x.resolved_local, x.closed_local), x.created_local) AS DATE) END',
    },
  ],
  surveys: [fromTicket('channel', 'channel'), fromTicket('priority', 'priority'), fromTicket('category', 'category')],
};

/** The columns of a metric table: the published ones, then the derived ones. */
export function metricTableColumns(table: TableName): TableColumn[] {
  return [...TABLES[table], ...(DERIVED[table] ?? [])];
}

/**
 * The statements that add and fill the derived columns of tables already loaded under their own
 * names: one `ALTER` per column, one `UPDATE` per table and join. `UPDATE` keeps the rows in their
 * file order. Needs every table a column reads.
 */
export function deriveStatements(): string[] {
  const out: string[] = [];
  for (const [table, columns] of Object.entries(DERIVED) as [TableName, DerivedColumn[]][]) {
    const updates = new Map<string, DerivedColumn[]>();
    for (const c of columns) {
      out.push(`ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${c.name}" ${c.sql}`);
      const join = `${c.from ? ` FROM ${c.from}` : ''}${c.where ? ` WHERE ${c.where}` : ''}`;
      (updates.get(join) ?? updates.set(join, []).get(join)!).push(c);
    }
    for (const [join, cs] of updates) out.push(`UPDATE "${table}" x SET ${cs.map((c) => `"${c.name}" = ${c.set}`).join(', ')}${join}`);
  }
  return out;
}
