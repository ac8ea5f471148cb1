/** The engine seam: `Db` interface, value normalisation, DuckDB-WASM and the hyparquet → Arrow loader. */
export { type Db, type Row, QueryError, runQuery } from './db.ts';
export { normalizeValue, normalizeRow, arrowToRows } from './normalize.ts';
export { type ArrowConnection, arrowDb, goOffline, OFFLINE_SETTINGS } from './arrow-db.ts';
export { type ColumnSelection, loadParquet, loadParquetFromUrl, readParquetColumns, insertStaged, parquetCompressors } from './parquet.ts';
