/**
 * The published tables: what `public/data/<table>.parquet` holds, column by column.
 * One name end to end: `data/tickets*.csv` → `tickets.parquet` → table `tickets` in DuckDB.
 *
 * Time columns come in pairs: `<x>_at` is the UTC instant (TIMESTAMP, no zone) and `<x>_local`
 * is the wall-clock time in the configured `timezone`. Durations are computed from `_at`
 * columns (correct across daylight saving); every bucket (day, week, quarter, weekday, hour)
 * is computed from `_local` columns, because DuckDB-WASM has no ICU to convert zones.
 */
export type TableName = 'tickets' | 'surveys' | 'evaluations' | 'staff';

/** A published column: its DuckDB type and a one-line meaning. */
export interface TableColumn {
  name: string;
  sql: 'VARCHAR' | 'TIMESTAMP' | 'DATE' | 'TINYINT' | 'SMALLINT' | 'INTEGER' | 'DOUBLE' | 'FLOAT' | 'BOOLEAN';
  doc: string;
}

const pair = (x: string, what: string): TableColumn[] => [
  { name: `${x}_at`, sql: 'TIMESTAMP', doc: `${what}, UTC instant` },
  { name: `${x}_local`, sql: 'TIMESTAMP', doc: `${what}, wall clock in the configured time zone` },
];

/** Column layout of every published table, in file order. */
export const TABLES: Record<TableName, TableColumn[]> = {
  tickets: [
    { name: 'ticket_id', sql: 'VARCHAR', doc: 'ticket id as exported' },
    ...pair('created', 'ticket created'),
    ...pair('first_response', 'first agent response (null: none yet)'),
    ...pair('resolved', 'resolved (null: not resolved)'),
    ...pair('closed', 'closed (null: not closed)'),
    ...pair('sla_due', 'resolution deadline from the export (null: derive from config targets)'),
    { name: 'channel', sql: 'VARCHAR', doc: 'phone | email | chat | web | onsite | social | other' },
    { name: 'category', sql: 'VARCHAR', doc: 'inquiry | complaint | fault | suggestion | other' },
    { name: 'priority', sql: 'VARCHAR', doc: 'urgent | high | normal | low' },
    { name: 'team', sql: 'VARCHAR', doc: 'team as exported (trimmed)' },
    { name: 'agent', sql: 'VARCHAR', doc: 'agent who handled / resolved the ticket' },
    { name: 'status', sql: 'VARCHAR', doc: 'open | pending | resolved | closed' },
    { name: 'contacts', sql: 'SMALLINT', doc: 'customer contacts before resolution (null: unknown)' },
    { name: 'reopened', sql: 'SMALLINT', doc: 'times reopened (null: unknown)' },
    { name: 'frt_min', sql: 'DOUBLE', doc: 'first response time, calendar minutes' },
    { name: 'frt_bh_min', sql: 'DOUBLE', doc: 'first response time, business-hour minutes' },
    { name: 'resolution_min', sql: 'DOUBLE', doc: 'created → resolved, calendar minutes' },
    { name: 'resolution_bh_min', sql: 'DOUBLE', doc: 'created → resolved, business-hour minutes' },
    { name: 'product', sql: 'VARCHAR', doc: 'optional product' },
    { name: 'region', sql: 'VARCHAR', doc: 'optional region' },
    { name: 'customer_key', sql: 'VARCHAR', doc: 'salted hash of the customer id (never the id itself)' },
  ],
  surveys: [
    { name: 'survey_id', sql: 'VARCHAR', doc: 'survey id as exported' },
    { name: 'ticket_id', sql: 'VARCHAR', doc: 'ticket the survey is about' },
    ...pair('submitted', 'survey answered (or offered, when unanswered)'),
    { name: 'method', sql: 'VARCHAR', doc: 'questionnaire | phone_callback | email | sms | web' },
    { name: 'score', sql: 'TINYINT', doc: 'score on the configured scale (null: offered but unanswered)' },
    { name: 'satisfied', sql: 'BOOLEAN', doc: 'score in the top of the scale (null: unanswered)' },
    { name: 'nps', sql: 'TINYINT', doc: 'optional 0–10 recommendation score' },
    { name: 'comment', sql: 'VARCHAR', doc: 'free text, phone numbers, emails and id numbers masked' },
    { name: 'agent', sql: 'VARCHAR', doc: 'agent rated (else the ticket’s agent)' },
    { name: 'team', sql: 'VARCHAR', doc: 'team rated (else the ticket’s team)' },
  ],
  evaluations: [
    { name: 'period', sql: 'VARCHAR', doc: 'appraisal quarter, e.g. 2026-Q3' },
    { name: 'employee', sql: 'VARCHAR', doc: 'person evaluated (matches tickets.agent)' },
    { name: 'team', sql: 'VARCHAR', doc: 'team of the person evaluated' },
    { name: 'evaluator_role', sql: 'VARCHAR', doc: 'self | supervisor | peer | customer' },
    { name: 'dimension', sql: 'VARCHAR', doc: 'dimension id, e.g. process_compliance' },
    { name: 'score', sql: 'DOUBLE', doc: 'score 0–100' },
  ],
  staff: [
    { name: 'employee', sql: 'VARCHAR', doc: 'person' },
    { name: 'team', sql: 'VARCHAR', doc: 'team' },
    { name: 'role', sql: 'VARCHAR', doc: 'customer_service | technical_support | field_engineer | manager' },
    { name: 'active_from', sql: 'DATE', doc: 'first day in this team (null: always)' },
    { name: 'active_to', sql: 'DATE', doc: 'last day in this team (null: still)' },
  ],
};

/** Position of each column in its table (`COLUMN.tickets.resolved_at`), for code that reads columns by index. */
export const COLUMN = Object.fromEntries(
  Object.entries(TABLES).map(([table, cols]) => [table, Object.fromEntries(cols.map((c, i) => [c.name, i]))]),
) as { [T in TableName]: Record<string, number> };

/** The column that orders each table on disk (Parquet row groups follow it). */
export const SORT_KEY: Record<TableName, string> = {
  tickets: 'created_at',
  surveys: 'submitted_at',
  evaluations: 'period',
  staff: 'employee',
};
