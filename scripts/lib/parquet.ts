import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SORT_KEY, type ColumnData, type TableData, type TableName } from '../../src/lib/schema/index.ts';
import { ident, sqlString } from './duck-sql.ts';
import { appendColumns } from './staged-columns.ts';


/** Row order of the large tables on disk: their sort key, then their id (a total order, so a file is the same every run). */
export const PARQUET_ORDER = { tickets: `${SORT_KEY.tickets}, ticket_id`, surveys: `${SORT_KEY.surveys} NULLS LAST, survey_id` } as const;
export const PARQUET_OPTIONS = '(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)';

/** How a staged column is declared in the staging table (`enumType`: its ENUM, for repeating strings), and converted on the way to Parquet. */
function staging(col: ColumnData, enumType: string): { declare: string; select: string } {
  const q = `"${col.name}"`;
  switch (col.kind) {
    case 'enum':
      return { declare: enumType, select: `CAST(${q} AS VARCHAR) AS ${q}` };
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
 * Creates table `name` for `columns` (repeating strings as ENUM types named after it), appends the
 * first `length` rows, and returns the SELECT expressions that convert each column to its published type.
 */
export async function stageColumns(db: DuckDBConnection, name: string, columns: ColumnData[], length: number): Promise<string[]> {
  const enumType = (i: number) => ident(`${name}__e${i}`);
  const declared = columns.map((c, i) => staging(c, enumType(i)));
  for (const [i, col] of columns.entries()) if (col.kind === 'enum') await db.run(`CREATE TYPE ${enumType(i)} AS ENUM (${col.dict.map(sqlString).join(', ')})`);
  await db.run(`CREATE TABLE ${ident(name)} (${columns.map((c, i) => `${ident(c.name)} ${declared[i].declare}`).join(', ')})`);
  appendColumns(db, name, columns, length);
  return declared.map((d) => d.select);
}

/**
 * Writes a table's columns to a ZSTD Parquet file sorted by the table's key. The columns go to
 * DuckDB as typed vectors through an appender (repeating strings as ENUM codes), so nothing is
 * formatted as text on the way.
 */
export async function writeParquet(table: TableName, data: TableData, parquetFile: string, lap: (what: string) => void = () => {}): Promise<void> {
  const { columns } = data;
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const selects = await stageColumns(db, 'staged', columns, data.length);
    lap(`appended ${table}`);
    const order = table === 'tickets' || table === 'surveys' ? PARQUET_ORDER[table] : columns.map((c) => `"${c.name}"`).join(', ');
    await db.run(`
      COPY (
        SELECT * FROM (SELECT ${selects.join(', ')} FROM staged)
        ORDER BY ${order}
      ) TO ${sqlString(parquetFile)} ${PARQUET_OPTIONS}`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
