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

/** A `Db` over a DuckDB-WASM connection; results are normalised with `arrowToRows`. */
export function arrowDb(conn: ArrowConnection, close?: () => Promise<void>): Db & { conn: ArrowConnection } {
  return {
    conn,
    async query<T = Row>(sql: string, label = 'query'): Promise<T[]> {
      try {
        return arrowToRows<T>(await conn.query(sql));
      } catch (error) {
        throw new QueryError(label, sql, error);
      }
    },
    close,
  };
}

/** Applies `OFFLINE_SETTINGS` on a DuckDB-WASM connection. */
export async function goOffline(conn: ArrowConnection): Promise<void> {
  for (const sql of OFFLINE_SETTINGS) await conn.query(sql);
}
