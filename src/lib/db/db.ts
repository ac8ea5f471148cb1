/** A result row: column name → plain JS value (see `normalizeValue`). */
export type Row = Record<string, unknown>;

/**
 * The engine seam: every metric module talks to DuckDB through this and nothing else.
 * Rows are plain JS objects; BIGINT/HUGEINT become numbers, DECIMAL numbers, DATE and TIMESTAMP
 * epoch milliseconds (the wall clock read as UTC), by `normalizeValue`.
 */
export interface Db {
  /** Runs one SQL statement and returns its rows; `label` names the caller in a `QueryError`. */
  query<T = Row>(sql: string, label?: string): Promise<T[]>;
  /** Frees the engine resources (optional). */
  close?(): Promise<void>;
}

/** A failed query: carries the metric (or caller) name and the SQL, like Mosaic's `QueryError`. */
export class QueryError extends Error {
  constructor(
    readonly label: string,
    readonly sql: string,
    readonly cause?: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${label}: query failed: ${reason.split('\n')[0]}\n--- SQL ---\n${sql}`);
    this.name = 'QueryError';
  }
}

/** Runs `sql` on `db`, rethrowing any engine error as a `QueryError` labelled `label`. */
export async function runQuery<T = Row>(db: Db, sql: string, label: string): Promise<T[]> {
  try {
    return await db.query<T>(sql, label);
  } catch (error) {
    if (error instanceof QueryError) throw error;
    throw new QueryError(label, sql, error);
  }
}
