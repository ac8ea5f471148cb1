import { DuckDBInstance } from '@duckdb/node-api';
import { SORT_KEY, type ColumnData, type TableData, type TableName } from '../../src/lib/schema/index.ts';
import { appendColumns } from './staged-columns.ts';

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** How a staged column is declared in the staging table, and converted on the way to Parquet. */
function staging(col: ColumnData, i: number): { declare: string; select: string } {
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
 * Writes a table's columns to a ZSTD Parquet file sorted by the table's key. The columns go to
 * DuckDB as typed vectors through an appender (repeating strings as ENUM codes), so nothing is
 * formatted as text on the way.
 */
export async function writeParquet(table: TableName, data: TableData, parquetFile: string, lap: (what: string) => void = () => {}): Promise<void> {
  const { columns } = data;
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const declared = columns.map(staging);
    for (const [i, col] of columns.entries()) if (col.kind === 'enum') await db.run(`CREATE TYPE e${i} AS ENUM (${col.dict.map(sqlString).join(', ')})`);
    await db.run(`CREATE TABLE staged (${columns.map((c, i) => `"${c.name}" ${declared[i].declare}`).join(', ')})`);
    appendColumns(db, 'staged', columns, data.length);
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
