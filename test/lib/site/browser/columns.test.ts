import { describe, expect, test } from 'vitest';
import { columnsFor, columnsInSql, recordingDb } from '../../../../src/lib/site/browser/columns.ts';

describe('columnsInSql', () => {
  test('keeps the published columns the SQL names, whole words only, per table it reads', () => {
    const sql = 'SELECT t.channel, count(*) FROM tickets t WHERE t.created_local >= 1 AND t.frt_bh_min IS NOT NULL';
    expect(columnsInSql([sql])).toEqual({ tickets: ['created_local', 'channel', 'frt_bh_min'] });
  });

  test('a table the SQL never names is not loaded', () => {
    expect(columnsInSql(['SELECT score FROM surveys s'])).toEqual({ surveys: ['score'] });
  });
});

describe('columnsFor', () => {
  test('runs the query functions on a Db that records SQL and returns no rows', async () => {
    const db = recordingDb();
    expect(await db.query('SELECT 1')).toEqual([]);
    expect(db.sql).toEqual(['SELECT 1']);
    const cols = await columnsFor([(d) => d.query('SELECT s.score, t.team FROM surveys s JOIN tickets t ON t.created_day = s.submitted_local')]);
    // Names are matched without their table alias, so surveys.team comes along: more columns, never fewer.
    expect(cols).toEqual({ tickets: ['team', 'created_day'], surveys: ['submitted_local', 'score', 'team'] });
  });
});
