import { type Data, type DataType, Bool, Float64, Table, Utf8, makeData, makeVector, tableToIPC, vectorFromArray } from 'apache-arrow';
import { type AsyncBuffer, type ColumnData, type Compressors, asyncBufferFromUrl, cachedAsyncBuffer, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import { compressors as jsCompressors } from 'hyparquet-compressors';
import { ZSTDDecoder } from 'zstddec';
import { TABLES, type TableColumn, type TableName } from '../schema/tables.ts';
import type { ArrowConnection } from './arrow-db.ts';

/** Columns to load per table; a table left out is not loaded. */
export type ColumnSelection = Partial<Record<TableName, readonly string[]>>;

let zstd: Promise<Compressors> | undefined;

/** hyparquet decompressors: the pure-JS set, with ZSTD from the `zstddec` wasm (about 2× faster). */
export function parquetCompressors(): Promise<Compressors> {
  zstd ??= (async () => {
    try {
      const decoder = new ZSTDDecoder();
      await decoder.init();
      return { ...jsCompressors, ZSTD: (input: Uint8Array, size: number) => decoder.decode(input, size) };
    } catch {
      return jsCompressors;
    }
  })();
  return zstd;
}

// Raw epoch units instead of a Date per value (a third faster); micro-seconds fit a double exactly.
const RAW_TIME = {
  timestampFromMilliseconds: (v: bigint) => Number(v) * 1000,
  timestampFromMicroseconds: (v: bigint) => Number(v),
  timestampFromNanoseconds: (v: bigint) => Number(v / 1000n),
  dateFromDays: (v: number) => v,
};

/** Staged Arrow type of a declared column; the exact SQL type is restored by `castExpression`. */
const stagedType = (col: TableColumn): DataType =>
  col.sql === 'VARCHAR' ? new Utf8() : col.sql === 'BOOLEAN' ? new Bool() : new Float64();

/** SQL turning a staged column back into its declared type (timestamps arrive as epoch µs, dates as days). */
function castExpression(col: TableColumn): string {
  const c = `"${col.name}"`;
  if (col.sql === 'TIMESTAMP') return `make_timestamp(CAST(${c} AS BIGINT)) AS ${c}`;
  if (col.sql === 'DATE') return `CAST(DATE '1970-01-01' + CAST(${c} AS INTEGER) AS DATE) AS ${c}`;
  return `CAST(${c} AS ${col.sql}) AS ${c}`;
}

function toVector(col: TableColumn, values: unknown[]) {
  const type = stagedType(col);
  if (!(type instanceof Float64)) return vectorFromArray(values.map((v) => (v === undefined ? null : v)), type as Utf8 | Bool);
  const data = new Float64Array(values.length);
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) nulls++;
    else {
      data[i] = typeof v === 'number' ? v : Number(v);
      bitmap[i >> 3] |= 1 << (i & 7);
    }
  }
  return makeVector(makeData({ type, length: values.length, nullCount: nulls, data, nullBitmap: bitmap }) as Data<Float64>);
}

/**
 * Reads the requested columns of one Parquet file into an Arrow table (staged types).
 * Column chunks may arrive in network order, not row order: each is written at its own row
 * offset, so columns never scramble against each other.
 */
export async function readParquetColumns(file: AsyncBuffer, table: TableName, wanted: readonly string[]): Promise<{ arrow: Table; columns: TableColumn[] }> {
  const declared = TABLES[table].filter((c) => wanted.includes(c.name));
  const metadata = await parquetMetadataAsync(file);
  const present = new Set(parquetSchema(metadata).children.map((c) => c.element.name));
  const read = declared.filter((c) => present.has(c.name));
  const rows = Number(metadata.num_rows);
  const assembled = new Map<string, unknown[]>(read.map((c) => [c.name, new Array(rows).fill(null)]));
  if (read.length && rows) {
    await parquetRead({
      file,
      metadata,
      columns: read.map((c) => c.name),
      compressors: await parquetCompressors(),
      parsers: RAW_TIME,
      onChunk(chunk: ColumnData) {
        const target = assembled.get(chunk.columnName);
        if (!target) return;
        const end = Math.min(chunk.rowEnd, rows);
        for (let r = chunk.rowStart, i = 0; r < end; r++, i++) target[r] = chunk.columnData[i];
      },
    });
  }
  const vectors = Object.fromEntries(read.map((c) => [c.name, toVector(c, assembled.get(c.name)!)]));
  return { arrow: new Table(vectors), columns: declared };
}

/** Creates table `name` in DuckDB-WASM from Arrow staged by `readParquetColumns`, restoring the declared types. */
export async function insertStaged(conn: ArrowConnection, name: TableName, arrow: Table, columns: TableColumn[]): Promise<void> {
  const stage = `_stage_${name}`;
  const hasData = arrow.numRows > 0 && arrow.numCols > 0;
  if (hasData) await conn.insertArrowFromIPCStream(tableToIPC(arrow, 'stream'), { name: stage, create: true });
  const staged = new Set(arrow.schema.fields.map((f) => f.name));
  const select = columns.map((c) => (hasData && staged.has(c.name) ? castExpression(c) : `CAST(NULL AS ${c.sql}) AS "${c.name}"`));
  const from = hasData ? ` FROM "${stage}"` : ' LIMIT 0';
  await conn.query(`CREATE OR REPLACE TABLE "${name}" AS SELECT ${select.join(', ')}${from}`);
  if (hasData) await conn.query(`DROP TABLE "${stage}"`);
}

/** Loads the selected columns of one Parquet file (any `AsyncBuffer`) into DuckDB-WASM as table `name`. */
export async function loadParquet(conn: ArrowConnection, name: TableName, file: AsyncBuffer, columns: readonly string[]): Promise<number> {
  const { arrow, columns: declared } = await readParquetColumns(file, name, columns);
  await insertStaged(conn, name, arrow, declared);
  return arrow.numRows;
}

/**
 * Loads `<baseUrl>/<table>.parquet` for every table in `columns` with HTTP range requests
 * (footer first, then only the needed column chunks). Returns the row count per table.
 */
export async function loadParquetFromUrl(conn: ArrowConnection, baseUrl: string, columns: ColumnSelection, fetchImpl?: typeof fetch): Promise<Partial<Record<TableName, number>>> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const entries = Object.entries(columns) as [TableName, readonly string[]][];
  const counts = await Promise.all(
    entries.map(async ([name, cols]) => {
      const file = cachedAsyncBuffer(await asyncBufferFromUrl({ url: `${base}${name}.parquet`, fetch: fetchImpl }));
      return [name, await loadParquet(conn, name, file, cols)] as const;
    }),
  );
  return Object.fromEntries(counts);
}
