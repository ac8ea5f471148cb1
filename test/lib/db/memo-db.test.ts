import { describe, expect, test } from 'vitest';
import type { Db, Row } from '../../../src/lib/db/db.ts';
import { memoDb } from '../../../src/lib/db/memo-db.ts';

/** A Db that counts the statements it runs and fails on `FAIL`. */
function countingDb(): Db & { runs: string[] } {
  const runs: string[] = [];
  return {
    runs,
    async query<T = Row>(sql: string): Promise<T[]> {
      runs.push(sql);
      if (sql === 'FAIL') throw new Error('engine said no');
      return [{ sql, n: runs.length, nested: { a: [1, 2] } }] as T[];
    },
  };
}

describe('memoDb', () => {
  test('runs a statement once, also when asked twice at the same time', async () => {
    const inner = countingDb();
    const db = memoDb(inner);
    const [a, b] = await Promise.all([db.query('SELECT 1'), db.query('SELECT 1')]);
    const c = await db.query('SELECT 1');
    await db.query('SELECT 2');
    expect(inner.runs).toEqual(['SELECT 1', 'SELECT 2']);
    expect([a, b, c]).toEqual([[{ sql: 'SELECT 1', n: 1, nested: { a: [1, 2] } }], [{ sql: 'SELECT 1', n: 1, nested: { a: [1, 2] } }], [{ sql: 'SELECT 1', n: 1, nested: { a: [1, 2] } }]]);
  });

  test('each caller gets its own copy of the rows', async () => {
    const db = memoDb(countingDb());
    const first = await db.query<{ n: number; nested: { a: number[] } }>('SELECT 1');
    first[0]!.n = 99;
    first[0]!.nested.a.push(3);
    first.push({ n: 0, nested: { a: [] } });
    expect(await db.query('SELECT 1')).toEqual([{ sql: 'SELECT 1', n: 1, nested: { a: [1, 2] } }]);
  });

  test('a failed statement is tried again next time', async () => {
    const inner = countingDb();
    const db = memoDb(inner);
    await expect(db.query('FAIL')).rejects.toThrow('engine said no');
    await expect(db.query('FAIL')).rejects.toThrow('engine said no');
    expect(inner.runs).toEqual(['FAIL', 'FAIL']);
  });

  test('the memory is cleared when it holds `limit` statements', async () => {
    const inner = countingDb();
    const db = memoDb(inner, 2);
    for (const sql of ['A', 'B', 'A', 'C', 'A']) await db.query(sql);
    // A, B held; C clears the memory and is held alone; A runs again.
    expect(inner.runs).toEqual(['A', 'B', 'C', 'A']);
  });
});
