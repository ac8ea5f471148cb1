import type { TableName } from '../schema/tables.ts';
import type { ArrowConnection } from './arrow-db.ts';

/** Where DuckDB-WASM takes a file's bytes (the browser's `AsyncDuckDB`, the node-blocking bindings in tests). */
export interface FileRegistry {
  registerFileBuffer(name: string, buffer: Uint8Array): void | Promise<void>;
}

/**
 * Attaches `bytes`, a DuckDB file written by scripts/lib/browser-db.ts, read-only and makes
 * its table queryable as `table`: nothing is decoded or copied into a new table, queries scan the
 * file's compressed columns. Attaching a table again replaces it.
 */
export async function attachTable(files: FileRegistry, conn: ArrowConnection, table: TableName, bytes: Uint8Array): Promise<void> {
  const file = `${table}.duckdb`;
  const alias = `"${table}_file"`;
  await conn.query(`DROP VIEW IF EXISTS "${table}"`);
  await conn.query(`DETACH DATABASE IF EXISTS ${alias}`);
  await files.registerFileBuffer(file, bytes);
  await conn.query(`ATTACH '${file}' AS ${alias} (READ_ONLY)`);
  await conn.query(`CREATE VIEW "${table}" AS SELECT * FROM ${alias}."${table}"`);
}
