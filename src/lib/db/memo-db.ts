import type { Db, Row } from './db.ts';

/**
 * A `Db` over read-only data that answers a statement it has already run from memory: going back
 * to a view, or another block of the page asking the same question, costs no engine time.
 * Callers get their own copy of the rows, so nothing they do to them leaks into the next answer.
 * Failed statements are not remembered. When `limit` statements are held the memory is cleared.
 */
export function memoDb(db: Db, limit = 2000): Db {
  const answers = new Map<string, Promise<Row[]>>();
  return {
    async query<T = Row>(sql: string, label?: string): Promise<T[]> {
      let answer = answers.get(sql);
      if (!answer) {
        if (answers.size >= limit) answers.clear();
        answer = db.query<Row>(sql, label);
        answers.set(sql, answer);
        answer.catch(() => answers.delete(sql));
      }
      return structuredClone(await answer) as T[];
    },
    close: db.close && (() => db.close!()),
  };
}
