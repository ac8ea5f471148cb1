import type { TableColumn } from '../tables.ts';
import { columnBuilder, type ColumnBuilder, type ColumnData } from './builders.ts';

/** A table's rows held column by column, in `TABLES[table]` order. */
export interface TableData {
  length: number;
  columns: ColumnData[];
}

const TWO_32 = 2 ** 32;

/** Whether row `i` of a column holds a value. */
export const isValid = (col: ColumnData, i: number): boolean => col.valid === null || ((col.valid[i >> 3] >> (i & 7)) & 1) === 1;

/** The value of row `i` as the readers produced it: string, number (epoch ms for times), boolean or null. */
export function valueAt(col: ColumnData, i: number): string | number | boolean | null {
  if (col.kind === 'varchar') return col.values[i];
  if (!isValid(col, i)) return null;
  switch (col.kind) {
    case 'enum':
      return col.dict[col.data[i]];
    case 'fixed':
      return col.sql === 'BOOLEAN' ? col.data[i] === 1 : col.data[i];
    default:
      return col.data[2 * i + 1] * TWO_32 + (col.data[2 * i] >>> 0);
  }
}

/** Row `i` as an array in column order. */
export const rowAt = (table: TableData, i: number): unknown[] => table.columns.map((c) => valueAt(c, i));

/** Collects rows (arrays in column order) into columns as they are read. */
export class TableBuilder {
  readonly #builders: ColumnBuilder[];
  length = 0;
  constructor(cols: readonly TableColumn[]) {
    this.#builders = cols.map(columnBuilder);
  }
  push(row: readonly unknown[]): void {
    const builders = this.#builders;
    for (let c = 0; c < builders.length; c++) builders[c].push(row[c]);
    this.length++;
  }
  finish(): TableData {
    return { length: this.length, columns: this.#builders.map((b) => b.finish(this.length)) };
  }
}

/** Rows (arrays in `cols` order) as a table. */
export function toTable(cols: readonly TableColumn[], rows: Iterable<readonly unknown[]>): TableData {
  const builder = new TableBuilder(cols);
  for (const row of rows) builder.push(row);
  return builder.finish();
}

/** All rows of a table, materialised (for small tables and the general merge). */
export function* rowsOf(table: TableData): Generator<unknown[]> {
  for (let i = 0; i < table.length; i++) yield rowAt(table, i);
}
