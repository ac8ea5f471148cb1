import { describe, expect, test } from 'vitest';
import type { Db, Row } from '../../../src/lib/db/db.ts';
import { poolDb } from '../../../src/lib/db/pool-db.ts';
import { SPARE_ENGINE_MIN_BYTES, wantsSpareEngine } from '../../../src/lib/site/browser/engine.ts';

/** An engine whose statements finish when the test releases them; it records what it was sent. */
function engine(name: string) {
  const sent: string[] = [];
  const open = new Map<string, { resolve: (rows: Row[]) => void; reject: (e: Error) => void }>();
  const db: Db = {
    query<T = Row>(sql: string): Promise<T[]> {
      sent.push(sql);
      return new Promise<T[]>((resolve, reject) => open.set(sql, { resolve: resolve as (rows: Row[]) => void, reject }));
    },
  };
  const finish = (sql: string) => open.get(sql)!.resolve([{ by: name, sql }]);
  const fail = (sql: string) => open.get(sql)!.reject(new Error(`${name} failed ${sql}`));
  return { db, sent, finish, fail };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('poolDb', () => {
  test('with one engine every statement goes to it', async () => {
    const a = engine('a');
    const pool = poolDb(a.db);
    const q = pool.query('x');
    a.finish('x');
    expect(await q).toEqual([{ by: 'a', sql: 'x' }]);
    expect(pool.size).toBe(1);
  });

  test('statements go to the engine with the fewest in flight, taking turns among idle ones', async () => {
    const a = engine('a');
    const b = engine('b');
    const pool = poolDb(a.db);
    pool.add(b.db);
    expect(pool.size).toBe(2);
    const q1 = pool.query('1');
    const q2 = pool.query('2');
    const q3 = pool.query('3');
    expect([a.sent, b.sent]).toEqual([['1', '3'], ['2']]);
    b.finish('2');
    await q2;
    // b is idle again, a still has two in flight
    const q4 = pool.query('4');
    expect(b.sent).toEqual(['2', '4']);
    for (const s of ['1', '3']) a.finish(s);
    b.finish('4');
    expect((await Promise.all([q1, q3, q4])).map((r) => r[0]!.by)).toEqual(['a', 'a', 'b']);
    // both idle: turns alternate
    const seq: Promise<Row[]>[] = [];
    for (const s of ['5', '6']) {
      seq.push(pool.query(s));
      for (const e of [a, b]) if (e.sent.includes(s)) e.finish(s);
      await tick();
    }
    expect((await Promise.all(seq)).map((r) => r[0]!.by).sort()).toEqual(['a', 'b']);
  });

  test('an engine’s error reaches the caller and frees the engine', async () => {
    const a = engine('a');
    const pool = poolDb(a.db);
    const q = pool.query('bad');
    a.fail('bad');
    await expect(q).rejects.toThrow('a failed bad');
    const b = engine('b');
    pool.add(b.db);
    void pool.query('next');
    void pool.query('after');
    expect([a.sent.length, b.sent.length]).toEqual([2, 1]);
  });
});

describe('wantsSpareEngine', () => {
  test('only for large tables on a machine with at least two cores', () => {
    expect(wantsSpareEngine(SPARE_ENGINE_MIN_BYTES, 2)).toBe(true);
    expect(wantsSpareEngine(SPARE_ENGINE_MIN_BYTES - 1, 8)).toBe(false);
    expect(wantsSpareEngine(60_000_000, 1)).toBe(false);
  });
});
