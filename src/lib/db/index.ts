/** The engine seam: `Db` interface, value normalisation, DuckDB-WASM and attaching the build's table files. */
export { type Db, type Row, QueryError, runQuery } from './db.ts';
export { normalizeValue, normalizeRow, arrowToRows } from './normalize.ts';
export { type ArrowConnection, arrowDb, goOffline, OFFLINE_SETTINGS } from './arrow-db.ts';
export { type FileRegistry, attachTable } from './attach.ts';
