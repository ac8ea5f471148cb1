import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type NativeDb, createNativeDb } from '../../../scripts/lib/db-native.ts';
import { DERIVED, deriveStatements, metricTableColumns } from '../../../src/lib/schema/derived.ts';
import { TABLES } from '../../../src/lib/schema/tables.ts';
import { type OpenFixture, openFixture } from '../metrics/fixture.ts';

describe('derived columns on hand-made rows', () => {
  let db: NativeDb;
  beforeAll(async () => {
    db = await createNativeDb();
    for (const t of ['tickets', 'surveys'] as const) await db.query(`CREATE TABLE ${t} (${TABLES[t].map((c) => `"${c.name}" ${c.sql}`).join(', ')})`);
    // T1 rated twice, T2 offered but unanswered, T3 no survey; S9 is about a ticket the data lacks
    // T1 resolved 23:30 and closed the next day; T2 resolved "before" it was created; T3 only closed; T4 still open
    await db.query(`INSERT INTO tickets (ticket_id, channel, priority, category, created_local, resolved_local, closed_local) VALUES
      ('T1', 'chat', 'high', 'complaint', TIMESTAMP '2026-07-01 09:00', TIMESTAMP '2026-07-02 23:30', TIMESTAMP '2026-07-03 08:00'),
      ('T2', 'phone', NULL, 'inquiry', TIMESTAMP '2026-07-05 10:00', TIMESTAMP '2026-07-04 10:00', NULL),
      ('T3', 'email', 'low', 'fault', TIMESTAMP '2026-07-06 23:59:59', NULL, TIMESTAMP '2026-07-08 00:00'),
      ('T4', 'web', 'low', 'fault', TIMESTAMP '2026-07-07 12:00', NULL, NULL)`);
    await db.query(`INSERT INTO surveys (survey_id, ticket_id, score) VALUES ('S3', 'T1', 5), ('S1', 'T1', 2), ('S2', 'T2', NULL), ('S9', 'T9', 4)`);
    for (const sql of deriveStatements()) await db.query(sql);
  });
  afterAll(() => db.close());

  test('a ticket is rated when at least one of its surveys has a score', async () => {
    expect(await db.query('SELECT ticket_id, rated FROM tickets')).toEqual([
      { ticket_id: 'T1', rated: true },
      { ticket_id: 'T2', rated: false },
      { ticket_id: 'T3', rated: false },
      { ticket_id: 'T4', rated: false },
    ]);
  });

  test('created_day is the local creation day; ended_day the day it was resolved, else closed, never before creation, null while open', async () => {
    expect(await db.query(`SELECT ticket_id, strftime(created_day, '%m-%d') AS c, strftime(ended_day, '%m-%d') AS e FROM tickets`)).toEqual([
      { ticket_id: 'T1', c: '07-01', e: '07-02' },
      { ticket_id: 'T2', c: '07-05', e: '07-05' },
      { ticket_id: 'T3', c: '07-06', e: '07-08' },
      { ticket_id: 'T4', c: '07-07', e: null },
    ]);
  });

  test('a survey carries its ticket’s channel, priority and category, NULL when the ticket is unknown; row order is kept', async () => {
    expect(await db.query('SELECT survey_id, ticket_channel, ticket_priority, ticket_category FROM surveys')).toEqual([
      { survey_id: 'S3', ticket_channel: 'chat', ticket_priority: 'high', ticket_category: 'complaint' },
      { survey_id: 'S1', ticket_channel: 'chat', ticket_priority: 'high', ticket_category: 'complaint' },
      { survey_id: 'S2', ticket_channel: 'phone', ticket_priority: null, ticket_category: 'inquiry' },
      { survey_id: 'S9', ticket_channel: null, ticket_priority: null, ticket_category: null },
    ]);
  });

  test('the metric tables are the published columns, then the derived ones, in that order', async () => {
    for (const t of ['tickets', 'surveys'] as const) {
      const names = (await db.query<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE ${t})`)).map((r) => r.column_name);
      expect(names).toEqual(metricTableColumns(t).map((c) => c.name));
      expect(names.slice(TABLES[t].length)).toEqual(DERIVED[t]!.map((c) => c.name));
    }
  });
});

describe('derived columns when an ingested fixture is loaded', () => {
  let f: OpenFixture;
  beforeAll(async () => void (f = await openFixture('basic')));
  afterAll(() => f.db.close());

  test('basic: T01, T02, T03, T08, T11 rated (S1, S2, S3, S5, S6); T04 only has the unanswered S4', async () => {
    const rated = await f.db.query<{ ticket_id: string }>('SELECT ticket_id FROM tickets WHERE rated ORDER BY 1');
    expect(rated.map((r) => r.ticket_id)).toEqual(['T01', 'T02', 'T03', 'T08', 'T11']);
    expect(await f.db.query('SELECT count(*) AS n FROM tickets WHERE rated IS NULL')).toEqual([{ n: 0 }]);
  });

  test('basic: S2 is about T02 (chat, complaint, normal), S5 about T08 (email, inquiry, normal)', async () => {
    expect(await f.db.query(`SELECT survey_id, ticket_channel, ticket_category, ticket_priority FROM surveys WHERE survey_id IN ('S2', 'S5') ORDER BY 1`)).toEqual([
      { survey_id: 'S2', ticket_channel: 'chat', ticket_category: 'complaint', ticket_priority: 'normal' },
      { survey_id: 'S5', ticket_channel: 'email', ticket_category: 'inquiry', ticket_priority: 'normal' },
    ]);
  });
});
