import { beforeAll, describe, expect, test } from 'vitest';
import { browserTableFile } from '../../../scripts/lib/browser-db.ts';
import { createNativeDb } from '../../../scripts/lib/db-native.ts';
import { arrowDb } from '../../../src/lib/db/arrow-db.ts';
import { attachTable } from '../../../src/lib/db/attach.ts';
import { METRIC_COLUMNS } from '../../../src/lib/metrics/registry.ts';
import { metricTableColumns } from '../../../src/lib/schema/derived.ts';
import { openFixture } from '../metrics/fixture.ts';
import { type BlockingWasmDb, NORMALIZED, NORMALIZE_SQL, browserFiles, createBlockingWasmDb } from './wasm-engine.ts';

let wasm: BlockingWasmDb;
beforeAll(async () => void (wasm = await createBlockingWasmDb()), 60_000);

const declared = (table: 'tickets' | 'surveys') => metricTableColumns(table).filter((c) => (METRIC_COLUMNS[table] as readonly string[]).includes(c.name));
// Timestamps compared as epoch µs: row normalisation keeps milliseconds only.
const exact = (table: 'tickets' | 'surveys') =>
  `SELECT ${declared(table).map((c) => (c.sql === 'TIMESTAMP' ? `epoch_us("${c.name}") AS "${c.name}"` : `"${c.name}"`)).join(', ')} FROM ${table}`;

describe('attaching the build’s <table>.duckdb in DuckDB-WASM', () => {
  test('every value and type comes back exactly: nulls, µs timestamps, booleans, doubles, Chinese and quoted text', async () => {
    const native = await createNativeDb();
    const typed = (table: 'tickets' | 'surveys') => `CREATE TABLE ${table} (${metricTableColumns(table).map((c) => `"${c.name}" ${c.sql}`).join(', ')})`;
    await native.query(typed('tickets'));
    await native.query(`INSERT INTO tickets (ticket_id, created_at, created_local, resolved_at, channel, team, agent, contacts, reopened, frt_min, frt_bh_min, rated)
      VALUES ('T1', TIMESTAMP '2026-07-01 01:00:00.123456', TIMESTAMP '2026-07-01 09:00:00.123456', NULL, 'chat', '售后一组', 'O''Brien', 1, 0, 2.25, 1620.0000000000073, true),
             ('T2', TIMESTAMP '1999-12-31 23:59:59', TIMESTAMP '2000-01-01 07:59:59', TIMESTAMP '2000-01-02 00:00:00', NULL, '技术支持', '张三', NULL, 32767, NULL, -0.1, NULL)`);
    await native.query(typed('surveys'));
    await native.query(`INSERT INTO surveys (survey_id, ticket_id, submitted_local, score, satisfied, comment, ticket_channel)
      VALUES ('S1', 'T1', TIMESTAMP '2026-07-02 10:00:00', 5, true, '非常满意，谢谢', 'chat'), ('S2', 'T2', NULL, NULL, NULL, NULL, NULL), ('S3', 'T2', TIMESTAMP '2026-07-03 10:00:00', 1, false, '', NULL)`);
    for (const table of ['tickets', 'surveys'] as const) {
      await attachTable(wasm.files, wasm.conn, table, await browserTableFile(native, table, METRIC_COLUMNS[table]));
      expect(await wasm.query(exact(table)), table).toEqual(await native.query(exact(table)));
      expect(await wasm.query(`SELECT column_name AS name, column_type AS sql FROM (DESCRIBE ${table})`)).toEqual(declared(table).map((c) => ({ name: c.name, sql: c.sql })));
    }
    await native.close();
  });

  test('an ingested fixture loads row for row, in file order; attaching again replaces the table', async () => {
    const f = await openFixture('basic');
    const files = await browserFiles(f.outDir);
    for (const [table, bytes] of files) await attachTable(wasm.files, wasm.conn, table, bytes);
    for (const table of ['tickets', 'surveys'] as const) expect(await wasm.query(exact(table)), table).toEqual(await f.db.query(exact(table)));
    expect(await wasm.query('SELECT count(*) AS n FROM evaluations')).toEqual(await f.db.query('SELECT count(*) AS n FROM evaluations'));
    await attachTable(wasm.files, wasm.conn, 'tickets', files.get('tickets')!);
    expect(await wasm.query('SELECT count(*) AS n FROM tickets')).toEqual([{ n: 12 }]);
    await f.db.close();
  });

  test('the attached table is read-only: the browser can never change the published data', async () => {
    await expect(wasm.query(`DELETE FROM tickets_file.tickets`)).rejects.toThrow(/read-only/i);
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
