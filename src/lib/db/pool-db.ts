import type { Db, Row } from './db.ts';

/** A `Db` over engines that hold the same read-only tables; more can join later. */
export type PoolDb = Db & {
  /** adds an engine; statements sent from now on may go to it */
  add(db: Db): void;
  /** how many engines serve statements */
  readonly size: number;
};

/**
 * Spreads statements over engines holding the same read-only tables: each goes to the engine with
 * the fewest statements in flight, taking turns among the idle ones. DuckDB-WASM runs one statement
 * at a time per worker, so a page's independent queries (one per tile and chart) run side by side
 * on separate cores once a second engine has joined. Every engine answers a statement identically.
 */
export function poolDb(first: Db): PoolDb {
  const engines: { db: Db; busy: number }[] = [{ db: first, busy: 0 }];
  let turn = 0;
  const pick = () => {
    const least = Math.min(...engines.map((e) => e.busy));
    for (let i = 0; i < engines.length; i++) {
      const e = engines[(turn + i) % engines.length]!;
      if (e.busy === least) {
        turn = (engines.indexOf(e) + 1) % engines.length;
        return e;
      }
    }
    return engines[0]!;
  };
  return {
    async query<T = Row>(sql: string, label?: string): Promise<T[]> {
      const e = pick();
      e.busy++;
      try {
        return await e.db.query<T>(sql, label);
      } finally {
        e.busy--;
      }
    },
    add(db: Db) {
      engines.push({ db, busy: 0 });
    },
    get size() {
      return engines.length;
    },
  };
}
