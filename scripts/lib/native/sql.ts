/**
 * SQL pieces the native reader builds its statements from. Each one either gives exactly what the
 * JavaScript reader gives for a value, or marks the row so the JavaScript reader reads it instead.
 */
import type { BusinessClock } from '../../../src/lib/time/business-hours.ts';
import type { ZoneConverter } from '../../../src/lib/time/zone.ts';


/** Characters `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator), as an RE2 class. */
const JS_SPACE = String.raw`[\t\n\x0B\f\r \x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]`;
/** A value `trim()` would change. */
export const EDGE_SPACE = `^${JS_SPACE}|${JS_SPACE}$`;
/** The reader's Excel-mangled id pattern (`SCIENTIFIC` in cells.ts). */
export const SCIENTIFIC = String.raw`[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+`;
/** `YYYY-MM-DD HH:MM:SS` (or `T`) with every part in range: what `isIsoSeconds` + `isoSecondsWall` take on their fast path. */
const ISO_SECONDS = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[ T](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d`;

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Wall-clock epoch ms of an ISO-seconds cell; NULL for anything else (blank, other formats, impossible
 * dates such as 02-30, years before 1000, which `isoSecondsWall` leaves to the general parser). Once
 * the pattern holds, a cast reads it as `isoSecondsWall` does and costs far less than `strptime`.
 */
export const isoWall = (cell: string): string =>
  `(CASE WHEN regexp_full_match(${cell}, '${ISO_SECONDS}') AND ${cell} >= '1000' THEN epoch_ms(try_cast(${cell} AS TIMESTAMP)) END)`;

/** A TIMESTAMP from epoch ms, as the staging path converts it. */
export const timestamp = (ms: string): string => `make_timestamp((${ms}) * 1000)`;

/**
 * Wall clock → UTC: `ZoneConverter.toUtc` shifts every wall-clock hour by one amount, so the hours
 * between `lo` and `hi` fall into runs with one shift each; a CASE over the run boundaries repeats it.
 */
export function utcOf(zone: ZoneConverter, lo: number, hi: number): (wallColumn: string) => string {
  const runs: { from: number; shift: number }[] = [];
  const shiftAt = (h: number) => zone.toUtc(h * HOUR) - h * HOUR;
  const first = Math.floor(lo / HOUR);
  const last = Math.floor(hi / HOUR);
  let prev = shiftAt(first);
  runs.push({ from: first, shift: prev });
  // zones change offset at most a few times a year: test each day, and search hour by hour only across a change
  for (let h = first; h < last; h += 24) {
    const next = Math.min(h + 24, last);
    if (shiftAt(next) === prev) continue;
    for (let k = h + 1; k <= next; k++) {
      const s = shiftAt(k);
      if (s !== prev) runs.push({ from: k, shift: (prev = s) });
    }
  }
  if (runs.length === 1) return (wall) => `(${wall} + ${runs[0].shift})`;
  return (wall) =>
    `(${wall} + CASE ${runs
      .slice(1)
      .map((r, i) => `WHEN ${wall} < ${r.from * HOUR} THEN ${runs[i].shift}`)
      .join(' ')} ELSE ${runs[runs.length - 1].shift} END)`;
}

/** Rows of the working-day table `BusinessClock` agrees with: cumulative working minutes from `lo`'s day, and whether the day is worked. */
export function workingDays(clock: BusinessClock, lo: number, hi: number): { day: number; cum: number; worked: boolean }[] {
  const first = Math.floor(lo / DAY);
  const last = Math.floor(hi / DAY);
  const out = [];
  for (let d = first; d <= last; d++) out.push({ day: d, cum: clock.daysBetween(first, d), worked: clock.isWorkdayCached(d) });
  return out;
}

/** Day number of a wall-clock epoch ms (floor, also before 1970). */
export const dayOf = (wall: string): string => `CAST(floor((${wall}) / 86400000::DOUBLE) AS BIGINT)`;

/**
 * `BusinessClock.workedInDay`: working minutes of a day before a wall-clock time, with the same
 * double operations in the same order.
 */
export function workedInDay(clock: BusinessClock, wall: string, day: string, worked: string): string {
  const { start, end } = clock.hours;
  return `(CASE WHEN ${worked} THEN least(greatest(CAST((${wall}) - (${day}) * ${DAY} AS DOUBLE) / 60000::DOUBLE, ${start}::DOUBLE), ${end}::DOUBLE) - ${start}::DOUBLE ELSE 0::DOUBLE END)`;
}
