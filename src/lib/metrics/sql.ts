/** SQL literal helpers: every user-supplied value goes through one of these. */

/** Quotes a string as a SQL literal ('O''Brien', '售后一组'); rejects NUL, which DuckDB cannot hold. */
export function sqlString(value: string): string {
  if (typeof value !== 'string') throw new TypeError(`invalid SQL string: ${String(value)}`);
  if (value.includes('\0')) throw new RangeError(`invalid SQL string: ${JSON.stringify(value)} (contains NUL)`);
  return `'${value.replaceAll("'", "''")}'`;
}

/** A finite number as a SQL DOUBLE literal. */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`invalid SQL number: ${value}`);
  return `CAST(${String(value)} AS DOUBLE)`;
}

/** `col IN ('a', 'b')`, or TRUE when the list is empty or absent (no restriction). */
export function sqlIn(column: string, values: readonly string[] | undefined): string {
  if (!values || values.length === 0) return 'TRUE';
  return `${column} IN (${values.map(sqlString).join(', ')})`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a local calendar date `YYYY-MM-DD`; throws `invalid <name>: <value>` otherwise. */
export function checkDate(value: string, name = 'date'): string {
  const m = DATE.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new RangeError(`invalid ${name}: ${value}`);
  return value;
}

/** The calendar date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = checkDate(date).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A naive wall-clock literal: TIMESTAMP 'YYYY-MM-DD HH:MM:SS'. */
export function sqlTimestamp(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?$/.test(value)) throw new RangeError(`invalid timestamp: ${value}`);
  return `TIMESTAMP '${value}'`;
}

/** Adds `minutes` (may be fractional) to a TIMESTAMP expression, in whole microseconds. */
export function plusMinutes(timestamp: string, minutes: string): string {
  return `make_timestamp(epoch_us(${timestamp}) + CAST(round((${minutes}) * 60000000) AS BIGINT))`;
}
