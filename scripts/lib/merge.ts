import { COLUMN, columnBuilder, rowAt, rowsOf, TABLES, toTable, valueAt, type EmbeddedSurvey, type ReadResult, type TableData } from '../../src/lib/schema/index.ts';

const T = COLUMN.tickets;

/** Per file: rows a later file replaced, and how many of those differed (conflicts). */
export interface Overrides {
  replaced: number;
  conflicts: number;
}

/** All files of every dataset merged: later files (in name order) win on the same key. */
export interface Merged {
  tickets: TableData;
  surveys: TableData;
  evaluations: TableData;
  staff: TableData;
  overrides: Map<string, Overrides>;
  /** surveys whose ticket is not in any tickets export */
  orphanSurveys: number;
}

/** A merged table and the row index of each key. */
interface Indexed {
  table: TableData;
  index: Map<string, number>;
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function byKey(results: ReadResult[], dataset: 'tickets' | 'surveys' | 'staff', key: (row: unknown[]) => string, overrides: Map<string, Overrides>): Indexed {
  const from = results.filter((r) => r[dataset].length);
  // one file whose ids are already unique: its table as it is, indexed by the reader's own map
  const only = from.length === 1 ? from[0] : null;
  if (only?.ids && only.ids.size === only[dataset].length) return { table: only[dataset], index: only.ids };
  const index = new Map<string, number>();
  const rows: unknown[][] = [];
  const files: string[] = [];
  for (const r of from)
    for (const row of rowsOf(r[dataset])) {
      const k = key(row);
      const i = index.get(k);
      if (i === undefined) {
        index.set(k, rows.length);
        rows.push(row);
        files.push(r.file);
        continue;
      }
      const prevFile = files[i];
      if (prevFile !== r.file) {
        const o = overrides.get(prevFile)!;
        o.replaced++;
        if (!same(rows[i], row)) o.conflicts++;
      }
      rows[i] = row;
      files[i] = r.file;
    }
  return { table: toTable(TABLES[dataset], rows), index };
}

/** Survey rows for the surveys embedded in ticket exports that have no survey of their own yet. */
function embeddedRows(results: ReadResult[], tickets: Indexed, surveys: Indexed): unknown[][] {
  const embedded = new Map<string, EmbeddedSurvey>();
  for (const r of results) for (const [id, s] of r.embeddedSurveys) embedded.set(id, s);
  const t = tickets.table.columns;
  const rows: unknown[][] = [];
  for (const [id, s] of embedded) {
    const i = tickets.index.get(id);
    if (i === undefined || surveys.index.has(`${id}-csat`)) continue;
    // answered when the ticket was resolved, else closed, else created
    const first = (...names: string[]) => names.reduce<unknown>((v, n) => v ?? valueAt(t[T[n]], i), null);
    const at = first('resolved_at', 'closed_at', 'created_at');
    const local = first('resolved_local', 'closed_local', 'created_local');
    rows.push([`${id}-csat`, id, at, local, null, s.score, s.satisfied, null, s.comment, null, null]);
  }
  return rows;
}

/** Surveys with embedded ones appended and a missing agent / team taken from the ticket; counts surveys without a ticket. */
function completeSurveys(surveys: TableData, extra: unknown[][], tickets: Indexed): { table: TableData; orphans: number } {
  const n = surveys.length + extra.length;
  const cell = (i: number, c: number) => (i < surveys.length ? valueAt(surveys.columns[c], i) : extra[i - surveys.length][c]);
  const AGENT = COLUMN.surveys.agent;
  const TEAM = COLUMN.surveys.team;
  // without extra rows only agent and team change: every other column is kept as it is
  const rebuilt = extra.length ? TABLES.surveys.map((_, c) => c) : [AGENT, TEAM];
  const builders = rebuilt.map((c) => columnBuilder(TABLES.surveys[c]));
  const ticketAgent = tickets.table.columns[T.agent];
  const ticketTeam = tickets.table.columns[T.team];
  let orphans = 0;
  for (let i = 0; i < n; i++) {
    const t = tickets.index.get(cell(i, 1) as string);
    if (t === undefined) orphans++;
    rebuilt.forEach((c, b) => {
      let v = cell(i, c);
      if (v === null && t !== undefined && (c === AGENT || c === TEAM)) v = valueAt(c === AGENT ? ticketAgent : ticketTeam, t);
      builders[b].push(v);
    });
  }
  const columns = [...surveys.columns];
  rebuilt.forEach((c, b) => (columns[c] = builders[b].finish(n)));
  return { table: { length: n, columns }, orphans };
}

/** A re-exported evaluation sheet replaces the earlier one for each person and period. */
function mergeEvaluations(results: ReadResult[], overrides: Map<string, Overrides>): TableData {
  const evaluations = new Map<string, { rows: unknown[][]; file: string }>();
  for (const r of results) {
    const fresh = new Map<string, unknown[][]>();
    for (let i = 0; i < r.evaluations.length; i++) {
      const e = rowAt(r.evaluations, i);
      const k = `${e[0]}\u0000${e[1]}`;
      (fresh.get(k) ?? fresh.set(k, []).get(k)!).push(e);
    }
    for (const [k, rows] of fresh) {
      const prev = evaluations.get(k);
      if (prev) {
        const o = overrides.get(prev.file)!;
        o.replaced += prev.rows.length;
        if (prev.rows.length !== rows.length || prev.rows.some((p, i) => !same(p, rows[i]))) o.conflicts += prev.rows.length;
      }
      evaluations.set(k, { rows, file: r.file });
    }
  }
  return toTable(TABLES.evaluations, [...evaluations.values()].flatMap((v) => v.rows));
}

/** A staff row is one person in one team from one day. */
const staffKey = (s: unknown[]) => `${s[0]}\u0000${s[1]}\u0000${s[3]}`;

/**
 * Everything but the tickets, for a run whose tickets are merged in DuckDB: surveys de-duplicated
 * across files but not yet completed from their tickets (no ticket export there has embedded surveys).
 */
export function mergeBesideTickets(results: ReadResult[]): Pick<Merged, 'surveys' | 'evaluations' | 'staff' | 'overrides'> {
  const overrides = new Map(results.map((r) => [r.file, { replaced: 0, conflicts: 0 }]));
  const surveys = byKey(results, 'surveys', (s) => s[0] as string, overrides).table;
  const evaluations = mergeEvaluations(results, overrides);
  const staff = byKey(results, 'staff', staffKey, overrides).table;
  return { surveys, evaluations, staff, overrides };
}

/** Merges read files: de-duplicates by id across files, fills survey agent/team from tickets, unfolds embedded surveys. */
export function mergeResults(results: ReadResult[]): Merged {
  const overrides = new Map(results.map((r) => [r.file, { replaced: 0, conflicts: 0 }]));
  const tickets = byKey(results, 'tickets', (t) => t[0] as string, overrides);
  const surveys = byKey(results, 'surveys', (s) => s[0] as string, overrides);
  const completed = completeSurveys(surveys.table, embeddedRows(results, tickets, surveys), tickets);
  const evaluations = mergeEvaluations(results, overrides);
  const staff = byKey(results, 'staff', staffKey, overrides);
  return { tickets: tickets.table, surveys: completed.table, evaluations, staff: staff.table, overrides, orphanSurveys: completed.orphans };
}
