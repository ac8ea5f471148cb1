import { type Data, type DataType, Bool, Float64, Table, Utf8, makeData, makeVector, tableToIPC } from 'apache-arrow';
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

/** Validity bitmap of `values` (bit set: not null) and the null count. */
function validity(values: readonly unknown[]): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null || values[i] === undefined) nulls++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return { bitmap, nulls };
}

// Distinct strings remembered while encoding a column: team, channel and the like repeat a
// handful of values a million times; ids are all distinct, so the memo stops growing early.
const MEMO_LIMIT = 4096;

/**
 * A Utf8 vector built straight from its buffers: Arrow's generic builder takes seconds for a
 * million strings, this takes tens of milliseconds for repeating values.
 */
function utf8Vector(values: readonly unknown[]) {
  const { bitmap, nulls } = validity(values);
  const encoder = new TextEncoder();
  const memo = new Map<string, Uint8Array>();
  const encoded: (Uint8Array | undefined)[] = new Array(values.length);
  const offsets = new Int32Array(values.length + 1);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) {
      const text = String(v);
      let bytes = memo.get(text);
      if (!bytes) {
        bytes = encoder.encode(text);
        if (memo.size < MEMO_LIMIT) memo.set(text, bytes);
      }
      encoded[i] = bytes;
      total += bytes.length;
    }
    offsets[i + 1] = total;
  }
  const data = new Uint8Array(total);
  for (let i = 0; i < values.length; i++) if (encoded[i]) data.set(encoded[i]!, offsets[i]!);
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: nulls, valueOffsets: offsets, data, nullBitmap: bitmap }));
}

function boolVector(values: readonly unknown[]) {
  const { bitmap, nulls } = validity(values);
  const data = new Uint8Array((values.length + 7) >> 3);
  for (let i = 0; i < values.length; i++) if (values[i]) data[i >> 3] |= 1 << (i & 7);
  return makeVector(makeData({ type: new Bool(), length: values.length, nullCount: nulls, data, nullBitmap: bitmap }));
}

function toVector(col: TableColumn, values: unknown[]) {
  const type = stagedType(col);
  if (type instanceof Utf8) return utf8Vector(values);
  if (type instanceof Bool) return boolVector(values);
  const { bitmap, nulls } = validity(values);
  const data = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) data[i] = typeof v === 'number' ? v : Number(v);
  }
  return makeVector(makeData({ type: new Float64(), length: values.length, nullCount: nulls, data, nullBitmap: bitmap }) as Data<Float64>);
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
