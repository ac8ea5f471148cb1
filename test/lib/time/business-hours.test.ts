import { describe, expect, it } from 'vitest';
import { BusinessClock } from '../../../src/lib/time/business-hours.ts';

const at = (s: string) => Date.parse(s + 'Z');
// 2026-07-03 is a Friday; 2026-07-06 a Monday
const clock = new BusinessClock({ days: [1, 2, 3, 4, 5], start: 540, end: 1080, holidays: ['2026-07-07'], workdays: ['2026-07-11'] });

describe('BusinessClock', () => {
  it('counts minutes inside the working day', () => {
    expect(clock.minutesBetween(at('2026-07-03T09:30'), at('2026-07-03T10:00'))).toBe(30);
  });

  it('clips to opening hours', () => {
    // 08:00 → 09:15: only 09:00–09:15 is worked
    expect(clock.minutesBetween(at('2026-07-03T08:00'), at('2026-07-03T09:15'))).toBe(15);
    // 17:30 → 19:00: 30 minutes
    expect(clock.minutesBetween(at('2026-07-03T17:30'), at('2026-07-03T19:00'))).toBe(30);
  });

  it('skips weekends and holidays, counts make-up workdays', () => {
    // Fri 17:00 → Mon 10:00: 60 (Fri) + 60 (Mon) = 120
    expect(clock.minutesBetween(at('2026-07-03T17:00'), at('2026-07-06T10:00'))).toBe(120);
    // Mon 17:00 → Wed 10:00 across the Tuesday holiday: 60 + 60 = 120
    expect(clock.minutesBetween(at('2026-07-06T17:00'), at('2026-07-08T10:00'))).toBe(120);
    // Fri 17:00 → Sat 10:00 where Saturday 07-11 is a make-up workday: Fri 07-10 60 + Sat 60
    expect(clock.minutesBetween(at('2026-07-10T17:00'), at('2026-07-11T10:00'))).toBe(120);
  });

  it('is negative when the end is before the start, and works backwards in time', () => {
    expect(clock.minutesBetween(at('2026-07-03T10:00'), at('2026-07-03T09:30'))).toBe(-30);
    expect(clock.minutesBetween(at('2025-07-03T09:00'), at('2025-07-03T18:00'))).toBe(540);
  });

  it('gives the same doubles whichever day it saw first (the native ingest repeats it in SQL)', () => {
    const hours = { days: [1, 2, 3, 4, 5], start: 540, end: 1080, holidays: ['2026-07-07'], workdays: ['2026-07-11'] };
    const [a, b] = [at('2026-07-03T09:00:07.123'), at('2026-07-13T17:59:59.987')];
    const early = new BusinessClock(hours);
    early.minutesBetween(at('1990-01-01T00:00'), at('1990-01-02T00:00'));
    const late = new BusinessClock(hours);
    late.minutesBetween(at('2040-01-01T00:00'), at('2040-01-02T00:00'));
    // 08:59:52.877 on Fri 3rd, 540 a day on Mon 6, Wed 8–Sat 11 (Tue 7 a holiday), and 539:59.987 on Mon 13
    const expected = (540 - 7.123 / 60) + 5 * 540 + (540 - 0.013 / 60);
    expect(early.minutesBetween(a, b)).toBe(late.minutesBetween(a, b));
    expect(early.minutesBetween(a, b)).toBeCloseTo(expected, 9);
    expect(early.daysBetween(19000, 19007)).toBe(late.daysBetween(19000, 19007));
  });
});
