/**
 * The DuckDB database a native ingest merges in: the tickets read natively, the surveys (read
 * natively or staged from JavaScript columns), completed from their tickets, and written to Parquet
 * in the same order and with the same options as `writeParquet`.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { columnBuilder, TABLES, type TableColumn, type TableData, type TableName } from '../../../src/lib/schema/index.ts';
import { formatLocal } from '../manifest.ts';
import { PARQUET_OPTIONS, PARQUET_ORDER, stageColumns } from '../parquet.ts';
import { ident, sqlString, toNumber, toNumberOrNull } from '../duck-sql.ts';


/** What the manifest and warnings need from the merged tickets and surveys. */
export interface NativeFacts {
  rows: { tickets: number; surveys: number };
  timeRanges: { tickets: { from: string | null; to: string | null }; surveys: { from: string | null; to: string | null } };
  asOf: { utc: number | null; local: number | null };
  negativeDurations: number;
  orphanSurveys: number;
}

export class NativeStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly db: DuckDBConnection,
  ) {}

  static async open(): Promise<NativeStore> {
    const instance = await DuckDBInstance.create(':memory:');
    return new NativeStore(instance, await instance.connect());
  }

  /** JavaScript columns as table `name`, converted as `writeParquet` converts them, with `rn` = row order. */
  async stage(name: string, table: TableName, data: TableData): Promise<void> {
    const rn = columnBuilder({ name: 'rn', sql: 'INTEGER', doc: '' } satisfies TableColumn);
    for (let i = 0; i < data.length; i++) rn.push(i);
    const selects = await stageColumns(this.db, `${name}__staged`, [...data.columns, rn.finish(data.length)], data.length);
    await this.db.run(`CREATE TABLE ${ident(name)} AS SELECT rn, ${selects.slice(0, TABLES[table].length).join(', ')} FROM ${ident(`${name}__staged`)}`);
  }

  /**
   * Materialises the merged tickets and the surveys completed from them (a survey without an agent
   * or team takes its ticket's), and works out the facts the manifest reports.
   */
  async merge(ticketsView: string, surveysView: string): Promise<NativeFacts> {
    // computed once, in the order the Parquet file takes (the view joins and converts on every read)
    await this.db.run(`CREATE TABLE merged_tickets AS SELECT * FROM ${ident(ticketsView)} ORDER BY ${PARQUET_ORDER.tickets}`);
    const surveyColumns = TABLES.surveys.map((c) => (c.name === 'agent' || c.name === 'team' ? `coalesce(s.${c.name}, t.${c.name}) AS ${c.name}` : `s.${ident(c.name)}`));
    await this.db.run(
      `CREATE TABLE merged_surveys AS SELECT s.rn, ${surveyColumns.join(', ')}, t.ticket_id IS NULL AS orphan FROM ${ident(surveysView)} s LEFT JOIN (SELECT ticket_id, agent, team FROM merged_tickets) t ON t.ticket_id = s.ticket_id`,
    );
    const one = async (sql: string) => (await this.db.runAndReadAll(sql)).getRows()[0];
    const [tRows, tFrom, tTo, negative] = await one(
      `SELECT count(*), epoch_ms(min(created_local)), epoch_ms(max(created_local)), count(*) FILTER (WHERE coalesce(frt_min, 0) < 0 OR coalesce(resolution_min, 0) < 0) FROM merged_tickets`,
    );
    const [sRows, sFrom, sTo, orphans] = await one(`SELECT count(*), epoch_ms(min(submitted_local)), epoch_ms(max(submitted_local)), count(*) FILTER (WHERE orphan) FROM merged_surveys`);
    // the first newest instant in row order, then column order, tickets before surveys: as `dataAsOf` scans
    const instants = [
      ...['created', 'first_response', 'resolved', 'closed'].map((c, k) => `SELECT 0 AS src, rn, ${k} AS col, epoch_ms(${c}_at) AS utc, epoch_ms(${c}_local) AS local FROM merged_tickets`),
      `SELECT 1, rn, 0, epoch_ms(submitted_at), epoch_ms(submitted_local) FROM merged_surveys`,
    ];
    const newest = await one(`SELECT utc, local FROM (${instants.join(' UNION ALL ')}) WHERE utc IS NOT NULL ORDER BY utc DESC, src, rn, col LIMIT 1`);
    const range = (from: unknown, to: unknown) => ({ from: formatLocal(toNumberOrNull(from)), to: formatLocal(toNumberOrNull(to)) });
    return {
      rows: { tickets: toNumber(tRows), surveys: toNumber(sRows) },
      timeRanges: { tickets: range(tFrom, tTo), surveys: range(sFrom, sTo) },
      asOf: newest ? { utc: toNumberOrNull(newest[0]), local: toNumberOrNull(newest[1]) } : { utc: null, local: null },
      negativeDurations: toNumber(negative),
      orphanSurveys: toNumber(orphans),
    };
  }

  #queue: Promise<unknown> = Promise.resolve();

  /** Writes a merged table to Parquet exactly as `writeParquet` would have (one statement at a time on this connection). */
  writeParquet(table: 'tickets' | 'surveys', file: string): Promise<void> {
    const columns = TABLES[table].map((c) => ident(c.name)).join(', ');
    // merged_tickets is already in order, and a table scan keeps it
    const order = table === 'tickets' ? '' : ` ORDER BY ${PARQUET_ORDER[table]}`;
    const done = this.#queue.then(() => this.db.run(`COPY (SELECT ${columns} FROM merged_${table}${order}) TO ${sqlString(file)} ${PARQUET_OPTIONS}`));
    this.#queue = done.catch(() => {});
    return done.then(() => {});
  }

  close(): void {
    this.db.closeSync();
    this.instance.closeSync();
  }
}
