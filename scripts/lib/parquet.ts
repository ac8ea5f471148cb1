import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SORT_KEY, TABLES, type TableName } from '../../src/lib/schema/tables.ts';
import { bindings, toColumns, type StagedColumn } from './staged-columns.ts';

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** How a staged column is declared in the staging table, and converted on the way to Parquet. */
function staging(col: StagedColumn, i: number): { declare: string; select: string } {
  const q = `"${col.name}"`;
  switch (col.kind) {
    case 'enum':
      return { declare: `e${i}`, select: `CAST(${q} AS VARCHAR) AS ${q}` };
    case 'timestamp':
      return { declare: 'BIGINT', select: `make_timestamp(${q} * 1000) AS ${q}` };
    case 'date':
      return { declare: 'BIGINT', select: `CAST(make_timestamp(${q} * 1000) AS DATE) AS ${q}` };
    case 'varchar':
      return { declare: 'VARCHAR', select: q };
    default:
      return { declare: col.sql, select: q };
  }
}

/**
 * Writes rows (arrays in `TABLES[table]` order; timestamps as epoch ms) to a ZSTD Parquet file
 * sorted by the table's key. The rows go to DuckDB as typed columns through an appender
 * (repeating strings as ENUM codes), so nothing is formatted as text on the way.
 */
export async function writeParquet(table: TableName, rows: readonly (readonly unknown[])[], parquetFile: string, lap: (what: string) => void = () => {}): Promise<void> {
  const columns = toColumns(TABLES[table], rows);
  lap(`staged ${table}`);
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const declared = columns.map(staging);
    for (const [i, col] of columns.entries()) if (col.kind === 'enum') await db.run(`CREATE TYPE e${i} AS ENUM (${col.dict.map(sqlString).join(', ')})`);
    await db.run(`CREATE TABLE staged (${columns.map((c, i) => `"${c.name}" ${declared[i].declare}`).join(', ')})`);
    appendColumns(db, 'staged', columns, rows.length);
    lap(`appended ${table}`);
    const key = SORT_KEY[table];
    const order = table === 'tickets' ? `${key}, ticket_id` : table === 'surveys' ? `${key} NULLS LAST, survey_id` : columns.map((c) => `"${c.name}"`).join(', ');
    await db.run(`
      COPY (
        SELECT * FROM (SELECT ${declared.map((d) => d.select).join(', ')} FROM staged)
        ORDER BY ${order}
      ) TO ${sqlString(parquetFile)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** Appends staged columns to a table in vector-sized data chunks, copying typed arrays straight into the vectors. */
function appendColumns(db: DuckDBConnection, table: string, columns: StagedColumn[], rowCount: number): void {
  const duckdb = bindings();
  // node-api keeps the raw connection private; its appender class has no bulk column writes
  const connection = (db as unknown as { connection: import('@duckdb/node-bindings').Connection }).connection;
  const appender = duckdb.appender_create(connection, null, table);
  try {
    const types = columns.map((_, i) => duckdb.appender_column_type(appender, i));
    columns.forEach((col, i) => {
      if (col.kind === 'enum' && duckdb.enum_internal_type(types[i]) !== (col.data instanceof Uint8Array ? duckdb.Type.UTINYINT : duckdb.Type.USMALLINT))
        throw new Error(`invalid ENUM width for ${col.name}`);
    });
    const chunk = duckdb.create_data_chunk(types);
    const size = duckdb.vector_size();
    for (let start = 0; start < rowCount; start += size) {
      const n = Math.min(size, rowCount - start);
      duckdb.data_chunk_reset(chunk);
      columns.forEach((col, c) => {
        const vector = duckdb.data_chunk_get_vector(chunk, c);
        if (col.kind === 'varchar') {
          for (let i = 0; i < n; i++) {
            const v = col.values[start + i];
            if (v !== null) duckdb.vector_assign_string_element(vector, i, v);
          }
        } else {
          const width = col.data.byteLength / rowCount; // int64 timestamps are staged as Int32 pairs
          duckdb.copy_data_to_vector(vector, 0, col.data.buffer as ArrayBuffer, col.data.byteOffset + start * width, n * width);
        }
        if (col.valid) {
          duckdb.vector_ensure_validity_writable(vector);
          duckdb.copy_data_to_vector_validity(vector, 0, col.valid.buffer as ArrayBuffer, col.valid.byteOffset + start / 8, Math.ceil(n / 64) * 8);
        }
      });
      duckdb.data_chunk_set_size(chunk, n);
      duckdb.append_data_chunk(appender, chunk);
    }
    duckdb.appender_flush_sync(appender);
  } finally {
    duckdb.appender_close_sync(appender);
  }
}
