/// <reference types="astro/client" />
/**
 * Engine bootstrap: DuckDB-WASM (`eh` bundle only, self-hosted through Vite `?url` imports, in a
 * Web Worker, extension autoinstall/autoload off) plus the page's tables, all from the site's own
 * origin. Each table is the build's `data/<table>.duckdb.gz.bin`, fetched and inflated while the
 * worker compiles the wasm, then attached as it is: nothing is decoded into JS values.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { attachTable } from '../../db/attach.ts';
import type { Db } from '../../db/db.ts';
import { createWasmDb } from '../../db/wasm.ts';
import type { WasmDb } from '../../db/wasm.ts';
import { contextFromManifest } from '../../metrics/context.ts';
import type { ManifestLike, MetricContext } from '../../metrics/context.ts';
import type { TableName } from '../../schema/tables.ts';
import { dataUrl } from '../paths.ts';
import type { ColumnSelection } from './columns.ts';

/** A ready engine: the browser `Db` with the page's tables, and the metric context of the dataset. */
export interface Engine {
  db: Db;
  ctx: MetricContext;
  /** when each phase finished, ms after the wasm boot: `wasm` compiled, `fetch` all files in, `attach` done */
  phases: { wasm: number; fetch: number; attach: number };
  /** for a second engine (`wantsSpareEngine`): copies of the table files, taken before attaching moved them into the worker */
  spareFiles?: (readonly [TableName, Uint8Array])[];
}

// Share of the progress bar per phase: the wasm download dominates, then the table files.
const WASM_SHARE = 0.55;
const DATA_SHARE = 0.4;

/** Reads the dataset's manifest and its metric context. */
export async function loadContext(base: string): Promise<MetricContext> {
  const res = await fetch(dataUrl(base, 'manifest.json'));
  if (!res.ok) throw new Error(`manifest.json: HTTP ${res.status}`);
  return contextFromManifest((await res.json()) as ManifestLike);
}

/** The bytes of the build's `data/<table>.duckdb.gz.bin` (src/pages/data/[table].duckdb.gz.bin.ts), inflated as they arrive. */
async function fetchTableFile(base: string, table: TableName): Promise<Uint8Array> {
  const file = `${table}.duckdb.gz.bin`;
  const res = await fetch(dataUrl(base, file));
  if (!res.ok || !res.body) throw new Error(`${file}: HTTP ${res.status}`);
  return new Uint8Array(await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

/** What the engine needs to know before it fetches tables: the dataset's context and the page's columns. */
export interface EngineNeeds {
  ctx: MetricContext;
  columns: ColumnSelection;
}

/**
 * DuckDB-WASM starting in its worker. ./index.ts boots it as soon as a hydrating page has painted,
 * from a small chunk, while the page's larger rendering code still loads.
 */
export interface WasmBoot {
  db: Promise<WasmDb>;
  worker: Worker;
  /** `performance.now()` when it started */
  t0: number;
  /** the wasm download so far, 0…1; `onProgress` is called on every change */
  progress: number;
  onProgress?: (fraction: number) => void;
}

/** Starts the worker and the wasm download and compile. */
export function bootWasm(): WasmBoot {
  const worker = new Worker(ehWorker);
  const state: Pick<WasmBoot, 'progress' | 'onProgress'> = { progress: 0 };
  const db = createWasmDb({
    mainModule: ehWasm,
    worker,
    onProgress: (loaded, total) => {
      state.progress = total > 0 ? loaded / total : state.progress;
      state.onProgress?.(state.progress);
    },
  });
  return Object.assign(state, { db, worker, t0: performance.now() });
}

/**
 * Attaches the tables of `needs` to a booted DuckDB-WASM once `needs` resolves, so the manifest and
 * the page plan are read while the wasm downloads and compiles; `onProgress` gets 0…1. Phases are
 * timed from the boot.
 */
export async function startEngine(base: string, boot: WasmBoot, needs: Promise<EngineNeeds>, onProgress: (fraction: number) => void): Promise<Engine> {
  const since = () => Math.round(performance.now() - boot.t0);
  let wasm = boot.progress;
  let data = 0;
  let tables = 0;
  const report = () => onProgress(wasm * WASM_SHARE + (tables ? data / tables : 0) * DATA_SHARE);
  boot.onProgress = (fraction) => {
    wasm = fraction;
    report();
  };
  const { worker, db: dbPromise } = boot;
  const fetched = needs.then(({ columns }) => {
    const names = Object.keys(columns) as TableName[];
    tables = names.length;
    return Promise.all(names.map(async (table) => {
      const bytes = await fetchTableFile(base, table);
      data++;
      report();
      return [table, bytes] as const;
    }));
  });
  const phases = { wasm: 0, fetch: 0, attach: 0 };
  void fetched.then(() => void (phases.fetch = since()), () => undefined);
  let db: Awaited<typeof dbPromise> | undefined;
  try {
    db = await dbPromise;
    phases.wasm = since();
    wasm = 1;
    report();
    const files = await fetched;
    const bytes = files.reduce((n, [, b]) => n + b.length, 0);
    const spareFiles = wantsSpareEngine(bytes, globalThis.navigator?.hardwareConcurrency ?? 1) ? files.map(([t, b]) => [t, b.slice()] as const) : undefined;
    await attachFiles(db, files);
    phases.attach = since();
    onProgress(1);
    return { db, ctx: (await needs).ctx, phases, spareFiles };
  } catch (error) {
    await fetched.catch(() => undefined);
    await abandon(db, worker);
    throw error;
  }
}

/** Attaches table files to an engine; attaching moves each file's bytes into the worker. */
async function attachFiles(db: WasmDb, files: readonly (readonly [TableName, Uint8Array])[]): Promise<void> {
  for (const [table, bytes] of files) await attachTable(db.duckdb, db.conn, table, bytes);
}

/** Shuts down an engine that failed to start: closes it when it opened, else stops its worker. */
async function abandon(db: WasmDb | undefined, worker: Worker): Promise<void> {
  if (db) await db.close?.().catch(() => undefined);
  else worker.terminate();
}

/**
 * Below this many bytes of tables a page's queries take a few milliseconds each and a second
 * engine is not worth its memory (a second copy of the wasm heap and of the tables).
 */
export const SPARE_ENGINE_MIN_BYTES = 16_000_000;

/** Whether a page whose tables inflate to `bytes` gets a second engine, on a machine with `cores` logical cores. */
export function wantsSpareEngine(bytes: number, cores: number): boolean {
  return bytes >= SPARE_ENGINE_MIN_BYTES && cores >= 2;
}

/**
 * A second DuckDB-WASM with the same tables, for `poolDb`: the first engine's table files (copies,
 * so nothing is downloaded or inflated twice) attached the same way, so it answers every statement
 * exactly as the first engine does.
 */
export async function startSpareEngine(files: readonly (readonly [TableName, Uint8Array])[]): Promise<Db> {
  const boot = bootWasm();
  let db: WasmDb | undefined;
  try {
    db = await boot.db;
    await attachFiles(db, files);
    return db;
  } catch (error) {
    await abandon(db, boot.worker);
    throw error;
  }
}
