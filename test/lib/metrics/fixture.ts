import { join } from 'node:path';
import { type NativeDb, createNativeDb, loadParquetDir } from '../../../scripts/lib/db-native.ts';
import { type MetricContext, contextFromManifest } from '../../../src/lib/metrics/context.ts';
import { readManifest, runIngest } from '../../helpers/ingest.ts';

/** Directory of a hand-made metric fixture. */
export const fixtureDir = (name: string): string => join(import.meta.dirname, '../../fixtures/metrics', name);

/** An ingested fixture: where its Parquet is, its metric context, and a native Db over it. */
export interface OpenFixture {
  outDir: string;
  ctx: MetricContext;
  db: NativeDb;
}

/** Runs the real ingest on `test/fixtures/metrics/<name>` and opens the result in native DuckDB. */
export async function openFixture(name: string): Promise<OpenFixture> {
  const { outDir } = await runIngest(fixtureDir(name));
  const ctx = contextFromManifest(readManifest(outDir));
  const db = await createNativeDb();
  await loadParquetDir(db, outDir);
  return { outDir, ctx, db };
}

/**
 * A native Db holding only `columns` of each metric table of `outDir` (published and derived
 * columns alike), as the browser would: for checking that a page's planned columns suffice.
 */
export async function openColumns(outDir: string, columns: Partial<Record<string, readonly string[]>>): Promise<NativeDb> {
  const db = await createNativeDb();
  await loadParquetDir(db, outDir);
  for (const table of ['tickets', 'surveys', 'evaluations', 'staff']) {
    const names = columns[table];
    await db.query(names ? `CREATE OR REPLACE TABLE ${table} AS SELECT ${names.map((c) => `"${c}"`).join(', ')} FROM ${table}` : `DROP TABLE ${table}`);
  }
  return db;
}

/** Rounds every number in rows to 9 decimals, so hand-computed thirds compare cleanly. */
export function rounded<T>(rows: T): T {
  return JSON.parse(JSON.stringify(rows, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));
}
