import { describe, expect, it } from 'vitest';
import { ZoneConverter } from '../../../src/lib/time/zone.ts';

const utc = (z: ZoneConverter, local: string) => new Date(z.toUtc(Date.parse(local + 'Z'))).toISOString().slice(0, 16);
const local = (z: ZoneConverter, instant: string) => new Date(z.toLocal(Date.parse(instant + 'Z'))).toISOString().slice(0, 16);

describe('ZoneConverter', () => {
  it('converts Shanghai wall clock (UTC+8, no daylight saving)', () => {
    const z = new ZoneConverter('Asia/Shanghai');
    expect(utc(z, '2026-07-01T08:00')).toBe('2026-07-01T00:00');
    expect(local(z, '2026-06-30T16:30')).toBe('2026-07-01T00:30');
  });

  it('handles Berlin daylight saving: gap moves forward, overlap takes the first', () => {
    const z = new ZoneConverter('Europe/Berlin');
    expect(utc(z, '2026-01-15T12:00')).toBe('2026-01-15T11:00');
    expect(utc(z, '2026-07-15T12:00')).toBe('2026-07-15T10:00');
    expect(utc(z, '2026-03-29T02:30')).toBe('2026-03-29T01:30'); // does not exist; = 03:30 CEST
    expect(utc(z, '2026-10-25T02:30')).toBe('2026-10-25T00:30'); // happens twice; first is CEST
    expect(local(z, '2026-10-25T01:30')).toBe('2026-10-25T02:30'); // second occurrence, CET
  });

  it('handles New York', () => {
    const z = new ZoneConverter('America/New_York');
    expect(utc(z, '2026-03-08T12:00')).toBe('2026-03-08T16:00');
    expect(utc(z, '2026-03-07T12:00')).toBe('2026-03-07T17:00');
  });
});
