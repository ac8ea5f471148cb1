/**
 * npx tsx scripts/bench/ingest-digest.ts --out <published dir> [--reports <reports dir>]
 * Prints a canonical JSON digest of what an ingest produced: per Parquet file its schema, row
 * count, row groups and an MD5 of every row in file order; the manifest without `generated_at`;
 * and rejects.csv. Two ingests that print the same digest produced the same data, so a change to
 * the ingest can be checked against the previous version (diff the two digests).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string' }, reports: { type: 'string' } } });
if (!values.out) throw new Error('usage: ingest-digest.ts --out <dir> [--reports <dir>]');
const out = values.out;
const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const digest: Record<string, unknown> = {};
for (const name of readdirSync(out).sort()) {
  const file = join(out, name);
  if (name.endsWith('.parquet')) {
    const schema = (await db.runAndReadAll(`SELECT name, type, converted_type, logical_type FROM parquet_schema(${sql(file)})`)).getRowsJson();
    const groups = (await db.runAndReadAll(`SELECT row_group_id, row_group_num_rows FROM parquet_metadata(${sql(file)}) GROUP BY ALL ORDER BY 1`)).getRowsJson();
    const rows = (
      await db.runAndReadAll(
        `SELECT count(*)::VARCHAR, coalesce(md5(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY file_row_number)), '') FROM read_parquet(${sql(file)}, file_row_number = true) t`,
      )
    ).getRowsJson();
    digest[name] = { schema, row_groups: groups, rows: rows[0][0], md5: rows[0][1] };
  } else if (name === 'manifest.json') {
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    delete manifest.generated_at;
    digest[name] = manifest;
  } else digest[name] = createHash('md5').update(readFileSync(file)).digest('hex');
}
db.closeSync();
instance.closeSync();
const rejects = values.reports ? join(values.reports, 'rejects.csv') : null;
if (rejects && existsSync(rejects)) digest['rejects.csv'] = readFileSync(rejects, 'utf8');
console.log(JSON.stringify(digest, null, 1));
