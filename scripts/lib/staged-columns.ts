import { createRequire } from 'node:module';
import type { TableColumn } from '../../src/lib/schema/tables.ts';

type Bindings = typeof import('@duckdb/node-bindings');

/** The native bindings `@duckdb/node-api` itself runs on (its vector classes copy value by value; these copy whole arrays). */
export function bindings(): Bindings {
  const fromNodeApi = createRequire(createRequire(import.meta.url).resolve('@duckdb/node-api'));
  return fromNodeApi('@duckdb/node-bindings') as Bindings;
}

/** A table column laid out for DuckDB vectors; `valid` is a validity bitmap (bit set = not null), absent when nothing is null. */
export type StagedColumn = { name: string; valid: Uint8Array | null } & (
  | { kind: 'varchar'; values: (string | null)[] }
  | { kind: 'enum'; data: Uint8Array | Uint16Array; dict: string[] }
  | { kind: 'timestamp' | 'date'; data: Int32Array }
  | { kind: 'fixed'; sql: TableColumn['sql']; data: Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array }
);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TWO_32 = 2 ** 32;

const bitmap = (n: number) => new Uint8Array(Math.ceil(n / 64) * 8).fill(0xff);
const clear = (bits: Uint8Array, i: number) => (bits[i >> 3] &= ~(1 << (i & 7)));

function invalid(col: TableColumn, v: unknown): Error {
  return new Error(`invalid ${col.name} value for ${col.sql}: ${String(v)}`);
}

/** Strings: ENUM codes when few distinct values repeat (one SQL literal each instead of one native call per row), else plain values. */
function strings(col: TableColumn, rows: readonly (readonly unknown[])[], c: number): StagedColumn {
  const n = rows.length;
  const valid = bitmap(n);
  let nulls = 0;
  const values: (string | null)[] = []; // new Array(n) of this size would start in slow dictionary mode
  const codes = new Map<string, number>();
  const limit = Math.min(65535, Math.max(16, n >> 4));
  let enumerable = true;
  let last: string | null = null;
  for (let i = 0; i < n; i++) {
    const v = rows[i][c];
    if (v === null || v === undefined) {
      values.push(null);
      clear(valid, i);
      nulls++;
      continue;
    }
    const s = typeof v === 'string' ? v : String(v);
    values.push(s);
    if (!enumerable || s === last) continue;
    last = s;
    if (!codes.has(s)) {
      // a column whose first rows are mostly distinct (ids, hashes) is not worth a dictionary
      if (codes.size === limit || (i < 4096 && codes.size >= 1024) || s.includes('\0') || LONE_SURROGATE.test(s)) enumerable = false;
      else codes.set(s, codes.size);
    }
  }
  const validOrNull = nulls ? valid : null;
  if (!enumerable) return { name: col.name, kind: 'varchar', values, valid: validOrNull };
  // DuckDB stores an ENUM of up to 255 members as UTINYINT, up to 65,535 as USMALLINT
  const data = codes.size <= 255 ? new Uint8Array(n) : new Uint16Array(n);
  let lastCode = 0;
  last = null;
  for (let i = 0; i < n; i++) {
    const s = values[i];
    if (s === null) continue;
    if (s !== last) {
      last = s;
      lastCode = codes.get(s)!;
    }
    data[i] = lastCode;
  }
  return { name: col.name, kind: 'enum', data, dict: [...codes.keys()], valid: validOrNull };
}

/** Epoch milliseconds as little-endian int64 pairs, without going through BigInt. */
function millis(col: TableColumn, rows: readonly (readonly unknown[])[], c: number): StagedColumn {
  const n = rows.length;
  const data = new Int32Array(n * 2);
  const valid = bitmap(n);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const v = rows[i][c];
    if (v === null || v === undefined) {
      clear(valid, i);
      nulls++;
    } else if (typeof v === 'number' && Number.isSafeInteger(v)) {
      const hi = Math.floor(v / TWO_32);
      data[2 * i] = v - hi * TWO_32;
      data[2 * i + 1] = hi;
    } else throw invalid(col, v);
  }
  return { name: col.name, kind: col.sql === 'DATE' ? 'date' : 'timestamp', data, valid: nulls ? valid : null };
}

const RANGES: Partial<Record<TableColumn['sql'], [number, number, new (n: number) => Int32Array | Int16Array | Int8Array]>> = {
  TINYINT: [-128, 127, Int8Array],
  SMALLINT: [-32768, 32767, Int16Array],
  INTEGER: [-(2 ** 31), 2 ** 31 - 1, Int32Array],
};

function numbers(col: TableColumn, rows: readonly (readonly unknown[])[], c: number): StagedColumn {
  const n = rows.length;
  const valid = bitmap(n);
  let nulls = 0;
  const range = RANGES[col.sql];
  const data = range ? new range[2](n) : col.sql === 'BOOLEAN' ? new Uint8Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = rows[i][c];
    if (v === null || v === undefined) {
      clear(valid, i);
      nulls++;
    } else if (col.sql === 'BOOLEAN') {
      if (typeof v !== 'boolean') throw invalid(col, v);
      data[i] = v ? 1 : 0;
    } else if (typeof v !== 'number') throw invalid(col, v);
    else if (range) {
      if (!Number.isInteger(v) || v < range[0] || v > range[1]) throw invalid(col, v);
      data[i] = v;
    } else data[i] = v === 0 ? 0 : v; // -0 was staged as "0" in text
  }
  return { name: col.name, kind: 'fixed', sql: col.sql, data, valid: nulls ? valid : null };
}

/** Lays out rows (arrays in `cols` order) as columns for DuckDB. */
export function toColumns(cols: readonly TableColumn[], rows: readonly (readonly unknown[])[]): StagedColumn[] {
  return cols.map((col, c) => {
    switch (col.sql) {
      case 'VARCHAR':
        return strings(col, rows, c);
      case 'TIMESTAMP':
      case 'DATE':
        return millis(col, rows, c);
      case 'DOUBLE':
      case 'TINYINT':
      case 'SMALLINT':
      case 'INTEGER':
      case 'BOOLEAN':
        return numbers(col, rows, c);
      default:
        throw new Error(`invalid column type: ${col.sql}`);
    }
  });
}
