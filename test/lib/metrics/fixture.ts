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

/** Rounds every number in rows to 9 decimals, so hand-computed thirds compare cleanly. */
export function rounded<T>(rows: T): T {
  return JSON.parse(JSON.stringify(rows, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));
}
