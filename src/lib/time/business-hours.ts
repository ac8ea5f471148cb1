import type { BusinessHours } from '../config/types.ts';

const DAY = 86_400_000;
const MIN = 60_000;

/**
 * Counts working minutes between two wall-clock times (epoch ms read as UTC) under a schedule
 * with holidays and make-up workdays. Cumulative minutes per day are cached, so each call is O(1)
 * after the days it touches have been seen once.
 */
export class BusinessClock {
  readonly #holidays: Set<string>;
  readonly #workdays: Set<string>;
  readonly #cum = new Map<number, number>();
  #lo = 0;
  #hi = -1;

  constructor(readonly hours: BusinessHours) {
    this.#holidays = new Set(hours.holidays);
    this.#workdays = new Set(hours.workdays);
  }

  /** Whether a local day (days since 1970-01-01) is worked. */
  isWorkday(day: number): boolean {
    const iso = new Date(day * DAY).toISOString().slice(0, 10);
    if (this.#workdays.has(iso)) return true;
    if (this.#holidays.has(iso)) return false;
    const weekday = ((new Date(day * DAY).getUTCDay() + 6) % 7) + 1;
    return this.hours.days.includes(weekday);
  }

  /** Working minutes from the epoch to the start of `day`. */
  #before(day: number): number {
    if (this.#hi < this.#lo) {
      this.#lo = this.#hi = day;
      this.#cum.set(day, 0);
    }
    const length = this.hours.end - this.hours.start;
    while (day > this.#hi) {
      this.#cum.set(this.#hi + 1, this.#cum.get(this.#hi)! + (this.isWorkday(this.#hi) ? length : 0));
      this.#hi++;
    }
    while (day < this.#lo) {
      this.#cum.set(this.#lo - 1, this.#cum.get(this.#lo)! - (this.isWorkday(this.#lo - 1) ? length : 0));
      this.#lo--;
    }
    return this.#cum.get(day)!;
  }

  /** Working minutes of `day` before a wall-clock instant on it (0 on a day off). */
  workedInDay(localMs: number, day: number): number {
    const inDay = (localMs - day * DAY) / MIN;
    return this.isWorkdayCached(day) ? Math.min(Math.max(inDay, this.hours.start), this.hours.end) - this.hours.start : 0;
  }

  /**
   * Working minutes from the start of `from` to the start of `to` (whole days; negative when `to`
   * is earlier). Differences of the cumulative table, so the answer never depends on the first day seen.
   */
  daysBetween(from: number, to: number): number {
    return this.#before(to) - this.#before(from);
  }

  readonly #workdayCache = new Map<number, boolean>();
  isWorkdayCached(day: number): boolean {
    let v = this.#workdayCache.get(day);
    if (v === undefined) this.#workdayCache.set(day, (v = this.isWorkday(day)));
    return v;
  }

  /**
   * Working minutes between two wall-clock instants (negative when `end` is before `start`):
   * whole days first, then the two part days, in this order of operations (the native ingest
   * repeats it in SQL and must get the same doubles).
   */
  minutesBetween(startLocalMs: number, endLocalMs: number): number {
    const a = Math.floor(startLocalMs / DAY);
    const b = Math.floor(endLocalMs / DAY);
    return this.daysBetween(a, b) + (this.workedInDay(endLocalMs, b) - this.workedInDay(startLocalMs, a));
  }
}
