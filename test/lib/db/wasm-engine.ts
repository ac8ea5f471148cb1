import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type ArrowConnection, arrowDb, goOffline } from '../../../src/lib/db/arrow-db.ts';
import type { Db } from '../../../src/lib/db/db.ts';
import { loadParquetFromUrl } from '../../../src/lib/db/parquet.ts';
import { METRIC_COLUMNS } from '../../../src/lib/metrics/registry.ts';

/** One row of every awkward type; both engines must normalise it to `NORMALIZED`. */
export const NORMALIZE_SQL = `SELECT 42::BIGINT AS big, sum(x)::HUGEINT AS huge, 1.25::DECIMAL(9, 2) AS dec, TIMESTAMP '2026-07-01 09:30:00' AS ts,
  DATE '2026-07-01' AS d, 'x' AS s, NULL::VARCHAR AS nothing, true AS b FROM (VALUES (1), (2)) t(x)`;
/** 2026-07-01 09:30 read as UTC = 1782898200000 ms; the date = 1782864000000 ms. */
export const NORMALIZED = { big: 42, huge: 3, dec: 1.25, ts: 1782898200000, d: 1782864000000, s: 'x', nothing: null, b: true };

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');
const require = createRequire(import.meta.url);

/** DuckDB-WASM 1.4.3 (node-blocking build) with autoload off: one per test file, it takes ~1.5 s. */
export async function createBlockingWasmDb(): Promise<Db & { conn: ArrowConnection }> {
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
  return arrowDb(conn);
}

/** A `fetch` serving files of `dir` with HEAD and `Range` support, recording every request. */
export function fileFetch(dir: string, log: string[] = []): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const file = join(dir, decodeURIComponent(url.pathname.split('/').pop()!));
    const size = statSync(file).size;
    const headers = new Headers(init?.headers);
    const range = headers.get('range');
    log.push(`${init?.method ?? 'GET'} ${url.pathname}${range ? ` ${range}` : ''}`);
    if (init?.method === 'HEAD') return new Response(null, { status: 200, headers: { 'content-length': String(size) } });
    const bytes = readFileSync(file);
    if (!range) return new Response(bytes, { status: 200 });
    const m = /bytes=(\d*)-(\d*)/.exec(range)!;
    const start = m[1] === '' ? size - Number(m[2]) : Number(m[1]);
    const end = m[1] === '' || m[2] === '' ? size - 1 : Number(m[2]);
    return new Response(bytes.subarray(start, end + 1), { status: 206, headers: { 'content-length': String(end + 1 - start), 'content-range': `bytes ${start}-${end}/${size}` } });
  }) as typeof fetch;
}

/** Loads an ingested directory into DuckDB-WASM the way the browser does: hyparquet range reads → Arrow. */
export async function loadIntoWasm(db: { conn: ArrowConnection }, outDir: string, log?: string[]): Promise<void> {
  await loadParquetFromUrl(db.conn, 'http://site.test/data/', METRIC_COLUMNS, fileFetch(outDir, log));
}
