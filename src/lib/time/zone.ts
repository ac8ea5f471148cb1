/**
 * Wall clock ↔ UTC in an IANA zone with `Intl`, cached per hour (zone offsets change on the hour),
 * so converting a million timestamps costs a few thousand `Intl` calls.
 */
const HOUR = 3_600_000;
const SLOTS = 1 << 16;

/** Converts between UTC instants and wall-clock times (both as epoch ms) in one zone. */
export class ZoneConverter {
  readonly #format: Intl.DateTimeFormat;
  readonly #offsetByUtcHour = new Map<number, number>();
  readonly #utcShiftByLocalHour = new Map<number, number>();
  // a direct-mapped cache in front of the map: most lookups hit it without hashing
  readonly #slotHour = new Float64Array(SLOTS).fill(NaN);
  readonly #slotShift = new Float64Array(SLOTS);

  constructor(readonly timeZone: string) {
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Offset (wall clock minus UTC, ms) in force at a UTC instant. */
  offsetAt(utcMs: number): number {
    const key = Math.floor(utcMs / HOUR);
    let off = this.#offsetByUtcHour.get(key);
    if (off === undefined) {
      const at = key * HOUR;
      const p: Record<string, number> = {};
      for (const part of this.#format.formatToParts(new Date(at))) if (part.type !== 'literal') p[part.type] = Number(part.value);
      off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
      this.#offsetByUtcHour.set(key, off);
    }
    return off;
  }

  /** The wall-clock time (epoch ms read as UTC) of a UTC instant. */
  toLocal(utcMs: number): number {
    return utcMs + this.offsetAt(utcMs);
  }

  /**
   * The UTC instant of a wall-clock time. A time skipped by a daylight-saving jump moves forward
   * by the gap; a repeated time takes its first occurrence (as `Temporal`'s "compatible").
   */
  toUtc(localMs: number): number {
    // transitions happen on the hour, so every wall-clock hour maps with one shift
    const key = Math.floor(localMs / HOUR);
    const slot = key & (SLOTS - 1);
    if (this.#slotHour[slot] === key) return localMs + this.#slotShift[slot];
    let shift = this.#utcShiftByLocalHour.get(key);
    if (shift === undefined) this.#utcShiftByLocalHour.set(key, (shift = this.#toUtcUncached(key * HOUR) - key * HOUR));
    this.#slotHour[slot] = key;
    this.#slotShift[slot] = shift;
    return localMs + shift;
  }

  #toUtcUncached(localMs: number): number {
    const before = localMs - this.offsetAt(localMs - 12 * HOUR);
    const after = localMs - this.offsetAt(localMs + 12 * HOUR);
    const okBefore = this.toLocal(before) === localMs;
    const okAfter = this.toLocal(after) === localMs;
    if (okBefore && okAfter) return Math.min(before, after);
    if (okAfter) return after;
    // okBefore, or a time in a gap: the offset before the jump lands after it
    return before;
  }

}
