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

/** Collects one column's values, row by row. */
interface Builder {
  put(i: number, v: unknown): void;
  finish(): StagedColumn;
}

/** Strings: ENUM codes while few distinct values repeat (one SQL literal each instead of one native call per row), else plain values. */
class Strings implements Builder {
  readonly #valid: Uint8Array;
  #nulls = 0;
  #codes: Uint16Array | null;
  readonly #dict = new Map<string, number>();
  readonly #limit: number;
  #last: string | null = null;
  #lastCode = 0;
  #values: (string | null)[] | null = null;

  constructor(
    readonly col: TableColumn,
    readonly rows: readonly (readonly unknown[])[],
    readonly c: number,
  ) {
    const n = rows.length;
    this.#valid = bitmap(n);
    this.#codes = new Uint16Array(n);
    this.#limit = Math.min(65535, Math.max(16, n >> 4));
  }

  put(i: number, v: unknown): void {
    if (v === null || v === undefined) {
      clear(this.#valid, i);
      this.#nulls++;
      if (this.#values) this.#values.push(null);
      return;
    }
    const s = typeof v === 'string' ? v : String(v);
    if (this.#values) {
      this.#values.push(s);
      return;
    }
    if (s === this.#last) {
      this.#codes![i] = this.#lastCode;
      return;
    }
    let code = this.#dict.get(s);
    if (code === undefined) {
      const size = this.#dict.size;
      // a column whose first rows are mostly distinct (ids, hashes) is not worth a dictionary
      if (size === this.#limit || (i < 4096 && size >= 1024) || s.includes('\0') || LONE_SURROGATE.test(s)) {
        this.#plain(i);
        this.#values!.push(s);
        return;
      }
      this.#dict.set(s, (code = size));
    }
    this.#codes![i] = code;
    this.#last = s;
    this.#lastCode = code;
  }

  /** Switches to plain values, re-reading the rows before `i`. */
  #plain(i: number): void {
    const values: (string | null)[] = []; // new Array(n) of this size would start in slow dictionary mode
    for (let k = 0; k < i; k++) {
      const v = this.rows[k][this.c];
      values.push(v === null || v === undefined ? null : typeof v === 'string' ? v : String(v));
    }
    this.#values = values;
    this.#codes = null;
  }

  finish(): StagedColumn {
    const valid = this.#nulls ? this.#valid : null;
    if (this.#values) return { name: this.col.name, kind: 'varchar', values: this.#values, valid };
    // DuckDB stores an ENUM of up to 255 members as UTINYINT, up to 65,535 as USMALLINT
    const data = this.#dict.size <= 255 ? Uint8Array.from(this.#codes!) : this.#codes!;
    return { name: this.col.name, kind: 'enum', data, dict: [...this.#dict.keys()], valid };
  }
}

/** Epoch milliseconds as little-endian int64 pairs, without going through BigInt. */
class Millis implements Builder {
  readonly #data: Int32Array;
  readonly #valid: Uint8Array;
  #nulls = 0;
  constructor(
    readonly col: TableColumn,
    n: number,
  ) {
    this.#data = new Int32Array(n * 2);
    this.#valid = bitmap(n);
  }
  put(i: number, v: unknown): void {
    if (v === null || v === undefined) {
      clear(this.#valid, i);
      this.#nulls++;
    } else if (typeof v === 'number' && Number.isSafeInteger(v)) {
      const hi = Math.floor(v / TWO_32);
      this.#data[2 * i] = v - hi * TWO_32;
      this.#data[2 * i + 1] = hi;
    } else throw invalid(this.col, v);
  }
  finish(): StagedColumn {
    return { name: this.col.name, kind: this.col.sql === 'DATE' ? 'date' : 'timestamp', data: this.#data, valid: this.#nulls ? this.#valid : null };
  }
}

const RANGES: Partial<Record<TableColumn['sql'], [number, number, new (n: number) => Int32Array | Int16Array | Int8Array]>> = {
  TINYINT: [-128, 127, Int8Array],
  SMALLINT: [-32768, 32767, Int16Array],
  INTEGER: [-(2 ** 31), 2 ** 31 - 1, Int32Array],
};

/** Numbers and booleans, checked against their column type. */
class Numbers implements Builder {
  readonly #data: Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array;
  readonly #valid: Uint8Array;
  readonly #range: [number, number, unknown] | undefined;
  readonly #boolean: boolean;
  #nulls = 0;
  constructor(
    readonly col: TableColumn,
    n: number,
  ) {
    this.#range = RANGES[col.sql];
    this.#boolean = col.sql === 'BOOLEAN';
    this.#data = this.#range ? new RANGES[col.sql]![2](n) : this.#boolean ? new Uint8Array(n) : new Float64Array(n);
    this.#valid = bitmap(n);
  }
  put(i: number, v: unknown): void {
    const range = this.#range;
    if (v === null || v === undefined) {
      clear(this.#valid, i);
      this.#nulls++;
    } else if (this.#boolean) {
      if (typeof v !== 'boolean') throw invalid(this.col, v);
      this.#data[i] = v ? 1 : 0;
    } else if (typeof v !== 'number') throw invalid(this.col, v);
    else if (range) {
      if (!Number.isInteger(v) || v < range[0] || v > range[1]) throw invalid(this.col, v);
      this.#data[i] = v;
    } else this.#data[i] = v === 0 ? 0 : v; // -0 was staged as "0" in text
  }
  finish(): StagedColumn {
    return { name: this.col.name, kind: 'fixed', sql: this.col.sql, data: this.#data, valid: this.#nulls ? this.#valid : null };
  }
}

function builder(col: TableColumn, rows: readonly (readonly unknown[])[], c: number): Builder {
  switch (col.sql) {
    case 'VARCHAR':
      return new Strings(col, rows, c);
    case 'TIMESTAMP':
    case 'DATE':
      return new Millis(col, rows.length);
    case 'DOUBLE':
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BOOLEAN':
      return new Numbers(col, rows.length);
    default:
      throw new Error(`invalid column type: ${col.sql}`);
  }
}

/** Lays out rows (arrays in `cols` order) as columns for DuckDB, in one pass over the rows. */
export function toColumns(cols: readonly TableColumn[], rows: readonly (readonly unknown[])[]): StagedColumn[] {
  const builders = cols.map((col, c) => builder(col, rows, c));
  const width = builders.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let c = 0; c < width; c++) builders[c].put(i, row[c]);
  }
  return builders.map((b) => b.finish());
}
