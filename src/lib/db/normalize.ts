import { type Table, type DataType, Type, util } from 'apache-arrow';
import type { Row } from './db.ts';

/**
 * The one place where engine values become plain JS: BigInt → number, DECIMAL → number,
 * DATE and TIMESTAMP (a JS `Date` from native DuckDB, epoch ms from DuckDB-WASM) → epoch
 * milliseconds of the wall clock read as UTC. Strings, booleans, numbers and null pass through.
 * Metric SQL casts bucket keys to VARCHAR, so temporal values rarely reach this point.
 */
export function normalizeValue(value: unknown, decimalScale?: number): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  if (decimalScale !== undefined && typeof value === 'object') return util.bigNumToNumber(value as never, decimalScale);
  if (typeof value === 'object' && 'toDouble' in value && typeof value.toDouble === 'function') return value.toDouble() as number;
  return value;
}

/** Normalises every value of a row object (native DuckDB `getRowObjectsJS()` rows). */
export function normalizeRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const key of Object.keys(row)) out[key] = normalizeValue(row[key]);
  return out;
}

const scaleOf = (type: DataType): number | undefined =>
  type.typeId === Type.Decimal ? (type as unknown as { scale: number }).scale : undefined;

/** Turns an Arrow table (DuckDB-WASM results) into normalised row objects. */
export function arrowToRows<T = Row>(table: Table): T[] {
  const fields = table.schema.fields;
  const columns = fields.map((f, i) => ({ name: f.name, vector: table.getChildAt(i), scale: scaleOf(f.type) }));
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (const c of columns) row[c.name] = normalizeValue(c.vector?.get(r), c.scale);
    rows[r] = row;
  }
  return rows as T[];
}
