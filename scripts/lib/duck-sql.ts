/** SQL text for the build-time DuckDB statements (the ingest's staging, Parquet writing and native reader). */

/** A string literal. Unlike the metric layer's `sqlString`, a NUL passes: these strings come from the exports themselves. */
export const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A quoted identifier. */
export const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** A DuckDB integer (BIGINT arrives as a bigint) as a number. */
export const toNumber = (v: unknown): number => Number(v as bigint | number);

/** The same, null staying null. */
export const toNumberOrNull = (v: unknown): number | null => (v === null ? null : toNumber(v));
