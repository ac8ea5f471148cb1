import { AsyncDuckDB, ConsoleLogger, LogLevel, VoidLogger } from '@duckdb/duckdb-wasm';
import type { Db } from './db.ts';
import { type ArrowConnection, arrowDb, goOffline } from './arrow-db.ts';

/** Where the self-hosted `eh` bundle lives (Vite `?url` imports) and the worker the caller created. */
export interface WasmDbOptions {
  /** URL of `duckdb-eh.wasm` */
  mainModule: string;
  /** a Web Worker running `duckdb-browser-eh.worker.js`, created by the caller */
  worker: Worker;
  /** log engine warnings to the console (default false) */
  verbose?: boolean;
  /** called as the wasm module downloads (bytes loaded, bytes total; total 0 when unknown) */
  onProgress?: (loaded: number, total: number) => void;
}

/** A browser `Db` plus the raw connection and the engine the table files are attached through. */
export type WasmDb = Db & { conn: ArrowConnection; duckdb: AsyncDuckDB };

/**
 * Instantiates DuckDB-WASM in the caller's worker, opens an in-memory database and switches
 * extension autoinstall/autoload off (no request ever leaves the site's origin).
 */
export async function createWasmDb(options: WasmDbOptions): Promise<WasmDb> {
  // ConsoleLogger(LogLevel.NONE) would print every entry (it logs levels >= its own, and NONE is the lowest): every query, on the main thread
  const logger = options.verbose ? new ConsoleLogger(LogLevel.WARNING) : new VoidLogger();
  const duckdb = new AsyncDuckDB(logger, options.worker);
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      performance.measure(`sp:engine ${name}`, { start, end: performance.now() });
    }
  };
  await step('instantiate', () => duckdb.instantiate(options.mainModule, null, options.onProgress && ((p) => options.onProgress!(p.bytesLoaded, p.bytesTotal))));
  await step('open', () => duckdb.open({}));
  const conn = await step('connect', () => duckdb.connect());
  const arrowConn = conn as unknown as ArrowConnection;
  await step('offline', () => goOffline(arrowConn));
  const db = arrowDb(arrowConn, async () => {
    await conn.close();
    await duckdb.terminate();
  });
  return Object.assign(db, { duckdb });
}
