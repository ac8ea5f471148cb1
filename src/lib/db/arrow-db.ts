import type { Table } from 'apache-arrow';
import { type Db, QueryError, type Row } from './db.ts';
import { arrowToRows } from './normalize.ts';

/**
 * What both DuckDB-WASM connections offer (the browser's `AsyncDuckDBConnection` and the
 * node-blocking `DuckDBConnection` used in tests): SQL in, Arrow out.
 */
export interface ArrowConnection {
  query(sql: string): Table | Promise<Table>;
}

/** SQL that switches off extension download and autoload, so DuckDB-WASM never touches the network. */
export const OFFLINE_SETTINGS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

/**
 * A `Db` over a DuckDB-WASM connection; results are normalised with `arrowToRows`. Each query is
 * recorded as a `performance.measure` named `sp:<label>` (SQL in its detail), for devtools and the bench.
 */
export function arrowDb(conn: ArrowConnection, close?: () => Promise<void>): Db & { conn: ArrowConnection } {
  return {
    conn,
    async query<T = Row>(sql: string, label = 'query'): Promise<T[]> {
      const start = performance.now();
      try {
        return arrowToRows<T>(await conn.query(sql));
      } catch (error) {
        throw new QueryError(label, sql, error);
      } finally {
        performance.measure?.(`sp:${label}`, { start, detail: sql });
      }
    },
    close,
  };
}

/** Applies `OFFLINE_SETTINGS` on a DuckDB-WASM connection. */
export async function goOffline(conn: ArrowConnection): Promise<void> {
  for (const sql of OFFLINE_SETTINGS) await conn.query(sql);
}
