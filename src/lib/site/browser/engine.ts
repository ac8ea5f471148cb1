/// <reference types="astro/client" />
/**
 * Engine bootstrap: DuckDB-WASM (`eh` bundle only, self-hosted through Vite `?url` imports, in a
 * Web Worker, extension autoinstall/autoload off) plus the page's Parquet columns read with
 * hyparquet range requests, in parallel, all from the site's own origin.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { asyncBufferFromUrl, cachedAsyncBuffer } from 'hyparquet';
import type { Db } from '../../db/db.ts';
import { insertStaged, readParquetColumns } from '../../db/parquet.ts';
import type { ColumnSelection } from '../../db/parquet.ts';
import { createWasmDb } from '../../db/wasm.ts';
import { contextFromManifest } from '../../metrics/context.ts';
import type { ManifestLike, MetricContext } from '../../metrics/context.ts';
import type { TableName } from '../../schema/tables.ts';
import { dataUrl } from '../paths.ts';

/** A ready engine: the browser `Db` with the page's tables, and the metric context of the dataset. */
export interface Engine {
  db: Db;
  ctx: MetricContext;
  /** rows loaded per table */
  rows: Partial<Record<TableName, number>>;
}

// Share of the progress bar per phase: the wasm download dominates, then the Parquet reads.
const WASM_SHARE = 0.55;
const DATA_SHARE = 0.4;

/** Reads the dataset's manifest and its metric context. */
export async function loadContext(base: string): Promise<MetricContext> {
  const res = await fetch(dataUrl(base, 'manifest.json'));
  if (!res.ok) throw new Error(`manifest.json: HTTP ${res.status}`);
  return contextFromManifest((await res.json()) as ManifestLike);
}

/** Starts DuckDB-WASM and loads the selected columns; `onProgress` gets 0…1. */
export async function startEngine(base: string, ctx: MetricContext, columns: ColumnSelection, onProgress: (fraction: number) => void = () => {}): Promise<Engine> {
  let wasm = 0;
  let data = 0;
  const tables = Object.entries(columns) as [TableName, readonly string[]][];
  const report = () => onProgress(wasm * WASM_SHARE + (tables.length ? data / tables.length : 1) * DATA_SHARE);
  const worker = new Worker(ehWorker);
  const dbPromise = createWasmDb({ mainModule: ehWasm, worker, onProgress: (loaded, total) => { wasm = total > 0 ? loaded / total : wasm; report(); } });
  // Decode Parquet on this thread while the worker downloads and compiles the wasm.
  const staged = tables.map(async ([name, cols]) => {
    const file = cachedAsyncBuffer(await asyncBufferFromUrl({ url: dataUrl(base, `${name}.parquet`) }));
    const read = await readParquetColumns(file, name, cols);
    data++;
    report();
    return [name, read] as const;
  });
  let db: Awaited<typeof dbPromise> | undefined;
  try {
    db = await dbPromise;
    wasm = 1;
    report();
    const rows: Partial<Record<TableName, number>> = {};
    for (const [name, read] of await Promise.all(staged)) {
      await insertStaged(db.conn, name, read.arrow, read.columns);
      rows[name] = read.arrow.numRows;
    }
    onProgress(1);
    return { db, ctx, rows };
  } catch (error) {
    await Promise.allSettled(staged);
    if (db) await db.close?.().catch(() => undefined);
    else worker.terminate();
    throw error;
  }
}
