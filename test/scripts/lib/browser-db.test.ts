import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserTableFile } from '../../../scripts/lib/browser-db.ts';
import { createNativeDb } from '../../../scripts/lib/db-native.ts';
import { tempDir } from '../../helpers/ingest.ts';

describe('browserTableFile', () => {
  test('keeps the requested columns in declared order with declared types; a column the source lacks is a typed NULL', async () => {
    const db = await createNativeDb();
    // a source with a wider type (BIGINT contacts), an extra column and no `team` column
    await db.query(`CREATE TABLE tickets AS SELECT 'T1' AS ticket_id, 2::BIGINT AS contacts, 'x' AS customer_key, TIMESTAMP '2026-07-01 09:00:00.000123' AS created_at`);
    const bytes = await browserTableFile(db, 'tickets', ['contacts', 'team', 'created_at', 'ticket_id']);
    const file = join(tempDir('sp-bdb-'), 'tickets.duckdb');
    writeFileSync(file, bytes);
    await db.query(`ATTACH '${file}' AS f (READ_ONLY)`);
    expect(await db.query(`SELECT column_name AS name, column_type AS type FROM (DESCRIBE f.tickets)`)).toEqual([
      { name: 'ticket_id', type: 'VARCHAR' },
      { name: 'created_at', type: 'TIMESTAMP' },
      { name: 'team', type: 'VARCHAR' },
      { name: 'contacts', type: 'SMALLINT' },
    ]);
    expect(await db.query(`SELECT ticket_id, epoch_us(created_at) AS us, team, contacts FROM f.tickets`)).toEqual([{ ticket_id: 'T1', us: 1782896400000123, team: null, contacts: 2 }]);
    await db.close();
  });

  test('leaves no attached database behind, so the build can write the next table', async () => {
    const db = await createNativeDb();
    await db.query(`CREATE TABLE surveys AS SELECT 'S1' AS survey_id`);
    await browserTableFile(db, 'surveys', ['survey_id']);
    expect(await db.query(`SELECT database_name FROM duckdb_databases() WHERE NOT internal ORDER BY 1`)).toEqual([{ database_name: 'memory' }]);
    await db.close();
  });
});
