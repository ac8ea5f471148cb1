import { createRequire } from 'node:module';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnData } from '../../src/lib/schema/index.ts';

type Bindings = typeof import('@duckdb/node-bindings');

/** The native bindings `@duckdb/node-api` itself runs on (its vector classes copy value by value; these copy whole arrays). */
export function bindings(): Bindings {
  const fromNodeApi = createRequire(createRequire(import.meta.url).resolve('@duckdb/node-api'));
  return fromNodeApi('@duckdb/node-bindings') as Bindings;
}

/** Appends columns to a table in vector-sized data chunks, copying typed arrays straight into the vectors. */
export function appendColumns(db: DuckDBConnection, table: string, columns: ColumnData[], rowCount: number): void {
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
