import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AsyncBuffer } from 'hyparquet';
import { beforeAll, describe, expect, test } from 'vitest';
import { arrowDb } from '../../../src/lib/db/arrow-db.ts';
import { loadParquet, readParquetColumns } from '../../../src/lib/db/parquet.ts';
import { tempDir } from '../../helpers/ingest.ts';
import { NORMALIZED, NORMALIZE_SQL, createBlockingWasmDb, loadIntoWasm } from './wasm-engine.ts';
import { openFixture } from '../metrics/fixture.ts';

let wasm: Awaited<ReturnType<typeof createBlockingWasmDb>>;
beforeAll(async () => void (wasm = await createBlockingWasmDb()), 60_000);

/** A multi-row-group tickets file (row groups of 1,000) written by native DuckDB. */
async function bigTickets(rows: number): Promise<string> {
  const file = join(tempDir('sp-pq-'), 'tickets.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  await c.run(`COPY (SELECT 'T' || lpad(CAST(i AS VARCHAR), 6, '0') AS ticket_id,
      TIMESTAMP '2026-07-01 00:00:00' + to_minutes(i) AS created_at, TIMESTAMP '2026-07-01 08:00:00' + to_minutes(i) AS created_local,
      CASE WHEN i % 7 = 0 THEN NULL ELSE CAST(i % 97 AS DOUBLE) END AS frt_min, CAST(i % 5 AS SMALLINT) AS contacts,
      CASE i % 3 WHEN 0 THEN '售后一组' WHEN 1 THEN 'O''Brien' ELSE NULL END AS team
    FROM range(${rows}) t(i)) TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000)`);
  c.closeSync();
  instance.closeSync();
  return file;
}

/** An AsyncBuffer that resolves later slices first, so column chunks arrive out of row order. */
function shuffledBuffer(bytes: Uint8Array): AsyncBuffer {
  return {
    byteLength: bytes.byteLength,
    slice: (start, end) => new Promise((resolve) => setTimeout(() => resolve(bytes.slice(start, end).buffer), Math.max(0, 50 - start / 2000))),
  };
}

describe('hyparquet → Arrow → DuckDB-WASM', () => {
  test('chunks arriving out of order still land on their rows; a self-join keeps every row', async () => {
    const file = await bigTickets(5000);
    const buffer = shuffledBuffer(new Uint8Array(readFileSync(file)));
    const rows = await loadParquet(wasm.conn, 'tickets', buffer, ['ticket_id', 'created_local', 'frt_min', 'contacts', 'team']);
    expect(rows).toBe(5000);
    const check = await wasm.query<{ n: number; bad: number; joined: number; nulls: number; types: string }>(`SELECT count(*) AS n,
        count(*) FILTER (WHERE CAST(substr(ticket_id, 2) AS INTEGER) != date_diff('minute', TIMESTAMP '2026-07-01 08:00:00', created_local)
          OR coalesce(frt_min, -1) != CASE WHEN CAST(substr(ticket_id, 2) AS INTEGER) % 7 = 0 THEN -1 ELSE CAST(substr(ticket_id, 2) AS INTEGER) % 97 END
          OR team IS DISTINCT FROM CASE CAST(substr(ticket_id, 2) AS INTEGER) % 3 WHEN 0 THEN '售后一组' WHEN 1 THEN 'O''Brien' END) AS bad,
        (SELECT count(*) FROM tickets a JOIN tickets b ON a.ticket_id = b.ticket_id AND a.created_local = b.created_local) AS joined,
        count(*) FILTER (WHERE team IS NULL) AS nulls,
        (SELECT string_agg(column_type, ',' ORDER BY column_name) FROM (DESCRIBE tickets) WHERE column_name IN ('contacts', 'created_local')) AS types
      FROM tickets`);
    // 5000 rows, none misplaced; ids 2, 5, 8 … (i % 3 = 2) have no team: ⌊(5000 − 2 − 1)/3⌋ + 1 = 1666
    expect(check).toEqual([{ n: 5000, bad: 0, joined: 5000, nulls: 1666, types: 'SMALLINT,TIMESTAMP' }]);
  });

  test('only the requested columns are read; columns missing from the file become typed NULLs', async () => {
    const file = await bigTickets(10);
    const { arrow, columns } = await readParquetColumns(shuffledBuffer(new Uint8Array(readFileSync(file))), 'tickets', ['ticket_id', 'resolved_at']);
    expect(arrow.schema.fields.map((f) => f.name)).toEqual(['ticket_id']);
    expect(columns.map((c) => c.name)).toEqual(['ticket_id', 'resolved_at']);
  });

  test('the browser path fetches with range requests only: footers, then the needed column chunks', async () => {
    const f = await openFixture('basic');
    const log: string[] = [];
    await loadIntoWasm(wasm, f.outDir, log);
    expect(log.filter((l) => l.startsWith('GET')).every((l) => / bytes=\d+-\d+$/.test(l))).toBe(true);
    expect(await wasm.query('SELECT count(*) AS n FROM tickets')).toEqual([{ n: 12 }]);
    await f.db.close();
  });

  test('engine errors become a QueryError naming the caller and the SQL', async () => {
    const db = arrowDb(wasm.conn);
    await expect(db.query('SELECT nope FROM tickets', 'csat')).rejects.toThrow(/^csat: query failed: .*\n--- SQL ---\nSELECT nope FROM tickets$/s);
  });

  test('WASM rows normalise exactly like native ones (BigInt, HUGEINT, DECIMAL, TIMESTAMP, DATE)', async () => {
    expect(await wasm.query(NORMALIZE_SQL)).toEqual([NORMALIZED]);
  });

  test('extension autoload is off: read_parquet fails fast instead of reaching the network', async () => {
    await expect(wasm.query(`SELECT * FROM read_parquet('x.parquet')`)).rejects.toThrow();
  });
});
