import { DuckDBInstance } from '@duckdb/node-api';
import { closeSync, openSync, writeSync } from 'node:fs';
import { SORT_KEY, TABLES, type TableColumn, type TableName } from '../../src/lib/schema/tables.ts';

/** One staged CSV line: strings always quoted (so '' and NULL differ), everything else bare. */
function csvLine(row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (i > 0) line += ',';
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') line += '"' + (v.indexOf('"') === -1 ? v : v.replace(/"/g, '""')) + '"';
    else line += v;
  }
  return line;
}

/** How a staged column is declared to DuckDB's CSV reader and converted on the way to Parquet. */
function staged(col: TableColumn): { declare: string; select: string } {
  const q = `"${col.name}"`;
  switch (col.sql) {
    case 'TIMESTAMP':
      return { declare: 'BIGINT', select: `make_timestamp(${q} * 1000) AS ${q}` };
    case 'DATE':
      return { declare: 'BIGINT', select: `CAST(make_timestamp(${q} * 1000) AS DATE) AS ${q}` };
    default:
      return { declare: col.sql, select: q };
  }
}

/**
 * Writes rows (arrays in `TABLES[table]` order; timestamps as epoch ms) to a ZSTD Parquet file
 * sorted by the table's key: rows are staged as CSV and DuckDB's parallel reader does the rest.
 */
export async function writeParquet(table: TableName, rows: readonly (readonly unknown[])[], stagingFile: string, parquetFile: string): Promise<void> {
  const fd = openSync(stagingFile, 'w');
  try {
    let chunk = '';
    let n = 0;
    for (const row of rows) {
      chunk += csvLine(row) + '\n';
      if (++n === 20_000) {
        writeSync(fd, chunk);
        chunk = '';
        n = 0;
      }
    }
    if (chunk) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  const cols = TABLES[table];
  const columns = cols.map((c) => `'${c.name}': '${staged(c).declare}'`).join(', ');
  const select = cols.map((c) => staged(c).select).join(', ');
  const key = SORT_KEY[table];
  const order = table === 'tickets' ? `${key}, ticket_id` : table === 'surveys' ? `${key} NULLS LAST, survey_id` : cols.map((c) => `"${c.name}"`).join(', ');
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run(`
      COPY (
        SELECT ${select}
        FROM read_csv('${stagingFile.replace(/'/g, "''")}', header = false, auto_detect = false, columns = {${columns}},
                      delim = ',', quote = '"', escape = '"', new_line = '\\n', allow_quoted_nulls = false, null_padding = false, parallel = true)
        ORDER BY ${order}
      ) TO '${parquetFile.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
