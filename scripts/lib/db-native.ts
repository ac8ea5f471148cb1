import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type Db, QueryError, type Row } from '../../src/lib/db/db.ts';
import { normalizeRow } from '../../src/lib/db/normalize.ts';
import { type ManifestLike, type MetricContext, contextFromManifest } from '../../src/lib/metrics/context.ts';
import { deriveStatements } from '../../src/lib/schema/derived.ts';
import { TABLES, type TableName } from '../../src/lib/schema/tables.ts';

/** A `Db` over native DuckDB (`@duckdb/node-api`), for build time, the report CLI and tests. */
export type NativeDb = Db & { close(): Promise<void> };

/** Opens an in-memory native DuckDB; rows are normalised exactly like DuckDB-WASM's. */
export async function createNativeDb(): Promise<NativeDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  return {
    async query<T = Row>(sql: string, label = 'query'): Promise<T[]> {
      try {
        const reader = await conn.runAndReadAll(sql);
        return reader.getRowObjectsJS().map((r) => normalizeRow(r as Record<string, unknown>)) as T[];
      } catch (error) {
        throw new QueryError(label, sql, error);
      }
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Loads `<dir>/<table>.parquet` into tables of the same names; a missing file gives an empty
 * table with the published columns (staff is optional). When tickets and surveys are both loaded,
 * the derived columns the metric SQL reads are added (`src/lib/schema/derived.ts`).
 */
export async function loadParquetDir(db: Db, dir: string, tables: TableName[] = ['tickets', 'surveys', 'evaluations', 'staff']): Promise<void> {
  for (const name of tables) {
    const file = join(dir, `${name}.parquet`);
    const sql = existsSync(file)
      ? `CREATE OR REPLACE TABLE "${name}" AS SELECT * FROM read_parquet(${literal(file)})`
      : `CREATE OR REPLACE TABLE "${name}" (${TABLES[name].map((c) => `"${c.name}" ${c.sql}`).join(', ')})`;
    await db.query(sql, `load ${name}`);
  }
  if (tables.includes('tickets') && tables.includes('surveys')) for (const sql of deriveStatements()) await db.query(sql, 'derive columns');
}

/** Reads `<dir>/manifest.json`; throws a clear error when the directory holds no ingested data. */
export function readManifestFile(dir: string): ManifestLike & Record<string, unknown> {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`no manifest.json in ${dir}: run \`npm run ingest\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Opens an ingested dataset directory: native Db with its tables, the manifest and the metric context. */
export async function openDataset(dir: string): Promise<{ db: NativeDb; manifest: ManifestLike & Record<string, unknown>; ctx: MetricContext }> {
  const manifest = readManifestFile(dir);
  const db = await createNativeDb();
  await loadParquetDir(db, dir);
  return { db, manifest, ctx: contextFromManifest(manifest) };
}
