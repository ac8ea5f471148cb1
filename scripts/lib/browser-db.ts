/**
 * The browser's copy of a published table: a DuckDB database file holding the columns the metric
 * SQL reads, with their declared types, in the storage format of the DuckDB-WASM engine. The
 * browser attaches it as it is (no decoding, no insert), and its lightweight compression is what
 * the queries scan.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/lib/db/db.ts';
import { metricTableColumns } from '../../src/lib/schema/derived.ts';
import type { TableName } from '../../src/lib/schema/tables.ts';

/** Storage format of DuckDB-WASM 1.32 (engine v1.4.3); native DuckDB 1.5 writes a newer one unless told. */
export const WASM_STORAGE_VERSION = 'v1.4.0';

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The bytes of `<table>.duckdb`: table `table` of `db` reduced to `columns` (in declared order, cast
 * to their declared types; a declared column the source lacks becomes a typed NULL).
 */
export async function browserTableFile(db: Db, table: TableName, columns: readonly string[]): Promise<Uint8Array<ArrayBuffer>> {
  const present = new Set((await db.query<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE "${table}")`, `describe ${table}`)).map((r) => r.column_name));
  const select = metricTableColumns(table)
    .filter((c) => columns.includes(c.name))
    .map((c) => `CAST(${present.has(c.name) ? `"${c.name}"` : 'NULL'} AS ${c.sql}) AS "${c.name}"`);
  const dir = mkdtempSync(join(tmpdir(), 'sp-browser-db-'));
  const file = join(dir, `${table}.duckdb`);
  const alias = `browser_${table}`;
  try {
    await db.query(`ATTACH ${literal(file)} AS ${alias} (STORAGE_VERSION '${WASM_STORAGE_VERSION}')`, `attach ${file}`);
    try {
      await db.query(`CREATE TABLE ${alias}."${table}" AS SELECT ${select.join(', ')} FROM "${table}"`, `write ${table}.duckdb`);
    } finally {
      await db.query(`DETACH ${alias}`, `detach ${file}`);
    }
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
