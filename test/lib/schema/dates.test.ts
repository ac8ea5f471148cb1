import { describe, expect, it } from 'vitest';
import { dateFamily, dayOrderEvidence, defaultDayOrder, isIsoSeconds, isoSecondsWall, parseDateParts, wallClockMs } from '../../../src/lib/schema/dates.ts';

const iso = (v: string, order?: 'dmy' | 'mdy') => {
  const p = parseDateParts(v, order);
  return p ? new Date(wallClockMs(p)).toISOString().slice(0, 19) + (p.offsetMin !== undefined ? ` ${p.offsetMin}` : '') : null;
};

describe('parseDateParts', () => {
  it('reads every accepted format', () => {
    expect(iso('2024-03-05T14:30:00')).toBe('2024-03-05T14:30:00');
    expect(iso('2024-03-05 14:30')).toBe('2024-03-05T14:30:00');
    expect(iso('2024-03-05')).toBe('2024-03-05T00:00:00');
    expect(iso('2024-03-05T06:30:00Z')).toBe('2024-03-05T06:30:00 0');
    expect(iso('2024-03-05 14:30:12 +0800')).toBe('2024-03-05T14:30:12 480');
    expect(iso('2024-03-05T14:30:00.250-05:00')).toBe('2024-03-05T14:30:00 -300');
    expect(iso('2024/03/05 14:30')).toBe('2024-03-05T14:30:00');
    expect(iso('2024/3/5')).toBe('2024-03-05T00:00:00');
    expect(iso('05-03-2024 14:30', 'dmy')).toBe('2024-03-05T14:30:00');
    expect(iso('03/05/2024 02:30:00 PM', 'mdy')).toBe('2024-03-05T14:30:00');
    expect(iso('03/05/2024 12:10:00 AM', 'mdy')).toBe('2024-03-05T00:10:00');
    expect(iso('2024年3月5日 14:30')).toBe('2024-03-05T14:30:00');
    expect(iso('2024年3月5日 下午2:30')).toBe('2024-03-05T14:30:00');
    expect(iso('2024年3月5日')).toBe('2024-03-05T00:00:00');
    expect(iso('05/Mar/24 2:30 PM')).toBe('2024-03-05T14:30:00');
  });

  it('rejects dates that do not exist and text that is not a date', () => {
    expect(iso('2025/02/30 10:15')).toBeNull();
    expect(iso('2024-13-01')).toBeNull();
    expect(iso('31-02-2026', 'dmy')).toBeNull();
    expect(iso('2024-03-05 24:10')).toBeNull();
    expect(iso('13/05/2024 01:00 PM', 'mdy')).toBeNull();
    expect(iso('not a date')).toBeNull();
    expect(iso('45123')).toBeNull();
  });

  it('reads 01-02-2024 as the day order says', () => {
    expect(iso('01-02-2024', 'dmy')).toBe('2024-02-01T00:00:00');
    expect(iso('01-02-2024', 'mdy')).toBe('2024-01-02T00:00:00');
  });
});

describe('day order evidence', () => {
  it('tells day-first from month-first only when a part is above 12', () => {
    expect(dayOrderEvidence('25-03-2024')).toBe('dmy');
    expect(dayOrderEvidence('03/25/2024')).toBe('mdy');
    expect(dayOrderEvidence('03-04-2024')).toBeNull();
    expect(dayOrderEvidence('2024-03-25')).toBeNull();
  });

  it('defaults to DD-MM-YYYY for dashes and MM/DD/YYYY for slashes or AM/PM', () => {
    expect(defaultDayOrder('01-02-2024 10:00')).toBe('dmy');
    expect(defaultDayOrder('01.02.2024')).toBe('dmy');
    expect(defaultDayOrder('01/02/2024')).toBe('mdy');
    expect(defaultDayOrder('01-02-2024 10:00 AM')).toBe('mdy');
  });

  it('classifies families', () => {
    expect(dateFamily('2024-03-05 10:00')).toBe('iso');
    expect(dateFamily('2024/03/05 10:00')).toBe('ymd');
    expect(dateFamily('2024年3月5日 10:00')).toBe('cn');
    expect(dateFamily('05-03-2024 10:00')).toBe('dmy_or_mdy');
    expect(dateFamily('05/Mar/24 2:30 PM')).toBe('month_name');
    expect(dateFamily('yesterday')).toBeNull();
  });
});

describe('YYYY-MM-DD HH:mm:ss fast path', () => {
  it('recognises exactly that shape', () => {
    for (const v of ['2026-07-01 09:00:00', '2026-07-01T09:00:00', '0999-13-40 25:61:61']) expect(isIsoSeconds(v)).toBe(true);
    for (const v of ['2026-07-01 09:00', ' 2026-07-01 09:00:00', '2026-07-01 09:00:00Z', '2026/07/01 09:00:00', '2026-07-01x09:00:00', '２026-07-01 09:00:00'])
      expect(isIsoSeconds(v)).toBe(false);
  });

  it('gives what the general parser gives, or NaN where that one says no (or for years before 1000)', () => {
    const pad = (v: number, k: number) => String(v).padStart(k, '0');
    for (const y of [999, 1000, 1582, 1900, 1969, 1970, 2000, 2024, 2025, 2100, 9999])
      for (let mo = 0; mo <= 13; mo++)
        for (const d of [0, 1, 28, 29, 30, 31, 32])
          for (const [h, mi, s] of [[0, 0, 0], [23, 59, 59], [24, 0, 0], [12, 60, 0], [12, 0, 60]]) {
            const v = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
            const p = parseDateParts(v);
            const want = p && y >= 1000 ? wallClockMs(p) : NaN;
            expect([v, isoSecondsWall(v)]).toEqual([v, want]);
          }
  });
});
