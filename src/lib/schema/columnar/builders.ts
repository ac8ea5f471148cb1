import type { TableColumn } from '../tables.ts';

/** One column held in DuckDB's vector layout; `valid` is a validity bitmap (bit set = not null), absent when nothing is null. */
export type ColumnData = { name: string; valid: Uint8Array | null } & (
  | { kind: 'varchar'; values: (string | null)[] }
  | { kind: 'enum'; data: Uint8Array | Uint16Array; dict: string[] }
  | { kind: 'timestamp' | 'date'; data: Int32Array }
  | { kind: 'fixed'; sql: TableColumn['sql']; data: Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array }
);

/** Collects one column's values, row after row. */
export interface ColumnBuilder {
  push(v: unknown): void;
  /** The column of the first `n` values pushed. */
  finish(n: number): ColumnData;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TWO_32 = 2 ** 32;
const INITIAL = 1024;

const bitmapBytes = (n: number) => Math.ceil(n / 64) * 8;
const clear = (bits: Uint8Array, i: number) => (bits[i >> 3] &= ~(1 << (i & 7)));

/** A copy of `a` with room for `n` elements. */
function grown<A extends Uint8Array | Uint16Array | Int8Array | Int16Array | Int32Array | Float64Array>(a: A, n: number): A {
  const b = new (a.constructor as new (n: number) => A)(n);
  b.set(a);
  return b;
}

/** A validity bitmap with room for `n` rows, all valid beyond `bits`. */
function grownBitmap(bits: Uint8Array, n: number): Uint8Array {
  const b = new Uint8Array(bitmapBytes(n)).fill(0xff);
  b.set(bits);
  return b;
}

function invalid(col: TableColumn, v: unknown): Error {
  return new Error(`invalid ${col.name} value for ${col.sql}: ${String(v)}`);
}

/** Strings: dictionary codes while few distinct values repeat (staged as an ENUM), else plain values. */
class Strings implements ColumnBuilder {
  #n = 0;
  #valid: Uint8Array = new Uint8Array(bitmapBytes(INITIAL)).fill(0xff);
  #nulls = 0;
  #codes: Uint16Array | null = new Uint16Array(INITIAL);
  readonly #dict = new Map<string, number>();
  #last: string | null = null;
  #lastCode = 0;
  #values: (string | null)[] | null = null;

  constructor(readonly col: TableColumn) {}

  push(v: unknown): void {
    const i = this.#n++;
    if (i === this.#valid.length * 8) this.#valid = grownBitmap(this.#valid, i * 2);
    if (this.#codes && i === this.#codes.length) this.#codes = grown(this.#codes, i * 2);
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
      if (size === 65535 || (i < 4096 && size >= 1024) || s.includes('\0') || LONE_SURROGATE.test(s)) {
        this.#values = this.#plain(i);
        this.#codes = null;
        this.#values.push(s);
        return;
      }
      this.#dict.set(s, (code = size));
    }
    this.#codes![i] = code;
    this.#last = s;
    this.#lastCode = code;
  }

  /** The first `n` values as plain strings. */
  #plain(n: number): (string | null)[] {
    const words = [...this.#dict.keys()];
    const values: (string | null)[] = []; // new Array(n) of this size would start in slow dictionary mode
    for (let k = 0; k < n; k++) values.push((this.#valid[k >> 3] >> (k & 7)) & 1 ? words[this.#codes![k]] : null);
    return values;
  }

  finish(n: number): ColumnData {
    const valid = this.#nulls ? this.#valid.subarray(0, bitmapBytes(n)) : null;
    // ENUM staging pays off while the dictionary stays small against the rows
    if (!this.#values && this.#dict.size > Math.min(65535, Math.max(16, n >> 4))) this.#values = this.#plain(n);
    if (this.#values) return { name: this.col.name, kind: 'varchar', values: this.#values, valid };
    // DuckDB stores an ENUM of up to 255 members as UTINYINT, up to 65,535 as USMALLINT
    const codes = this.#codes!.subarray(0, n);
    const data = this.#dict.size <= 255 ? Uint8Array.from(codes) : codes;
    return { name: this.col.name, kind: 'enum', data, dict: [...this.#dict.keys()], valid };
  }
}

/** Epoch milliseconds as little-endian int64 pairs, without going through BigInt. */
class Millis implements ColumnBuilder {
  #n = 0;
  #data = new Int32Array(INITIAL * 2);
  #valid: Uint8Array = new Uint8Array(bitmapBytes(INITIAL)).fill(0xff);
  #nulls = 0;
  constructor(readonly col: TableColumn) {}
  push(v: unknown): void {
    const i = this.#n++;
    if (i === this.#valid.length * 8) this.#valid = grownBitmap(this.#valid, i * 2);
    if (2 * i === this.#data.length) this.#data = grown(this.#data, i * 4);
    if (v === null || v === undefined) {
      clear(this.#valid, i);
      this.#nulls++;
    } else if (typeof v === 'number' && Number.isSafeInteger(v)) {
      const hi = Math.floor(v / TWO_32);
      this.#data[2 * i] = v - hi * TWO_32;
      this.#data[2 * i + 1] = hi;
    } else throw invalid(this.col, v);
  }
  finish(n: number): ColumnData {
    return { name: this.col.name, kind: this.col.sql === 'DATE' ? 'date' : 'timestamp', data: this.#data.subarray(0, 2 * n), valid: this.#nulls ? this.#valid.subarray(0, bitmapBytes(n)) : null };
  }
}

const RANGES: Partial<Record<TableColumn['sql'], [number, number, new (n: number) => Int32Array | Int16Array | Int8Array]>> = {
  TINYINT: [-128, 127, Int8Array],
  SMALLINT: [-32768, 32767, Int16Array],
  INTEGER: [-(2 ** 31), 2 ** 31 - 1, Int32Array],
};

/** Numbers and booleans, checked against their column type. */
class Numbers implements ColumnBuilder {
  #n = 0;
  #data: Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array;
  #valid: Uint8Array = new Uint8Array(bitmapBytes(INITIAL)).fill(0xff);
  readonly #range: [number, number, unknown] | undefined;
  readonly #boolean: boolean;
  #nulls = 0;
  constructor(readonly col: TableColumn) {
    this.#range = RANGES[col.sql];
    this.#boolean = col.sql === 'BOOLEAN';
    this.#data = this.#range ? new RANGES[col.sql]![2](INITIAL) : this.#boolean ? new Uint8Array(INITIAL) : new Float64Array(INITIAL);
  }
  push(v: unknown): void {
    const i = this.#n++;
    if (i === this.#valid.length * 8) this.#valid = grownBitmap(this.#valid, i * 2);
    if (i === this.#data.length) this.#data = grown(this.#data, i * 2);
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
  finish(n: number): ColumnData {
    return { name: this.col.name, kind: 'fixed', sql: this.col.sql, data: this.#data.subarray(0, n), valid: this.#nulls ? this.#valid.subarray(0, bitmapBytes(n)) : null };
  }
}

/** A builder for one table column, by its SQL type. */
export function columnBuilder(col: TableColumn): ColumnBuilder {
  switch (col.sql) {
    case 'VARCHAR':
      return new Strings(col);
    case 'TIMESTAMP':
    case 'DATE':
      return new Millis(col);
    case 'DOUBLE':
    case 'TINYINT':
    case 'SMALLINT':
    case 'INTEGER':
    case 'BOOLEAN':
      return new Numbers(col);
    default:
      throw new Error(`invalid column type: ${col.sql}`);
  }
}
