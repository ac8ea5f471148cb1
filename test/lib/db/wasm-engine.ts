import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { browserTableFile } from '../../../scripts/lib/browser-db.ts';
import { createNativeDb, loadParquetDir } from '../../../scripts/lib/db-native.ts';
import { type ArrowConnection, arrowDb, goOffline } from '../../../src/lib/db/arrow-db.ts';
import { type FileRegistry, attachTable } from '../../../src/lib/db/attach.ts';
import type { Db } from '../../../src/lib/db/db.ts';
import { METRIC_COLUMNS } from '../../../src/lib/metrics/registry.ts';

/** One row of every awkward type; both engines must normalise it to `NORMALIZED`. */
export const NORMALIZE_SQL = `SELECT 42::BIGINT AS big, sum(x)::HUGEINT AS huge, 1.25::DECIMAL(9, 2) AS dec, TIMESTAMP '2026-07-01 09:30:00' AS ts,
  DATE '2026-07-01' AS d, 'x' AS s, NULL::VARCHAR AS nothing, true AS b FROM (VALUES (1), (2)) t(x)`;
/** 2026-07-01 09:30 read as UTC = 1782898200000 ms; the date = 1782864000000 ms. */
export const NORMALIZED = { big: 42, huge: 3, dec: 1.25, ts: 1782898200000, d: 1782864000000, s: 'x', nothing: null, b: true };

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');
const require = createRequire(import.meta.url);

/** DuckDB-WASM 1.4.3 (node-blocking build) and its connection, with autoload off. */
export type BlockingWasmDb = Db & { conn: ArrowConnection; files: FileRegistry };

/** DuckDB-WASM 1.4.3 (node-blocking build) with autoload off: one per test file, it takes ~1.5 s. */
export async function createBlockingWasmDb(): Promise<BlockingWasmDb> {
  const duckdb: Blocking = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const instance = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await instance.instantiate();
  instance.open({});
  const conn = instance.connect() as unknown as ArrowConnection;
  await goOffline(conn);
  return { ...arrowDb(conn), files: instance };
}

/** The build's `<table>.duckdb` files for an ingested directory, written by native DuckDB as `astro build` does. */
export async function browserFiles(outDir: string): Promise<Map<keyof typeof METRIC_COLUMNS, Uint8Array>> {
  const native = await createNativeDb();
  try {
    await loadParquetDir(native, outDir);
    const files = new Map<keyof typeof METRIC_COLUMNS, Uint8Array>();
    for (const [table, columns] of Object.entries(METRIC_COLUMNS) as [keyof typeof METRIC_COLUMNS, readonly string[]][]) files.set(table, await browserTableFile(native, table, columns));
    return files;
  } finally {
    await native.close();
  }
}

/** Loads an ingested directory into DuckDB-WASM the way the browser does: the build's `<table>.duckdb` files, attached. */
export async function loadIntoWasm(db: BlockingWasmDb, outDir: string): Promise<void> {
  for (const [table, bytes] of await browserFiles(outDir)) await attachTable(db.files, db.conn, table, bytes);
}
