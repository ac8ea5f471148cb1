import type { Locale } from './locales.ts';
import { messagesFor } from './messages.ts';
import type { Messages } from './messages.ts';

/** Denominator nouns a percentage can be stated over ("92% of 1,204 rated"). */
export type DenominatorKey = keyof Messages['denominator'];

/** Units a KPI value can be shown in. */
export type ValueUnit = 'share' | 'minutes' | 'hours' | 'count' | 'score';

/** Locale-bound formatters for numbers, shares, durations and dates. */
export interface Format {
  locale: Locale;
  count(n: number): string;
  number(n: number, maxDigits?: number): string;
  percent(share: number, maxDigits?: number): string;
  percentOf(share: number, n: number, noun: DenominatorKey): string;
  duration(minutes: number): string;
  value(x: number | null | undefined, unit: ValueUnit): string;
  delta(x: number, unit: ValueUnit): string;
  date(value: string | Date): string;
  wallClock(local: string): string;
  dateTime(value: string | number | Date, timeZone?: string): string;
  smallSample(): string;
  isSmall(n: number): boolean;
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Parses a naive `YYYY-MM-DD[ HH:mm[:ss]]` as UTC fields, so formatting never shifts it by the runtime's zone. */
function naiveUtc(s: string): Date | undefined {
  const m = YMD.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', se = '0'] = m.slice(1);
  const t = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +se);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/** Creates the formatters for one locale; `minObservations` decides when a sample is shown as "n < N". */
export function createFormat(locale: Locale, { minObservations = 10 }: { minObservations?: number } = {}): Format {
  const m = messagesFor(locale);
  const nf = (max: number, extra: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: max, ...extra });
  const countFmt = nf(0);
  const units = m.units;

  const number = (n: number, maxDigits = 1) => nf(maxDigits).format(n);
  const percent = (share: number, maxDigits = 1) => nf(maxDigits, { style: 'percent' }).format(share);
  // Two significant figures read well at every magnitude: 3 min, 12 min, 2.5 h, 1.2 d, 14 d.
  const short = (x: number) => nf(Math.abs(x) < 10 ? 1 : 0).format(x);
  const withUnit = (num: string, unit: string) => `${num} ${unit}`;

  const duration = (minutes: number) => {
    if (!Number.isFinite(minutes)) return m.format.notAvailable;
    const a = Math.abs(minutes);
    if (a === 0) return '0';
    if (a < 1) return withUnit(short(minutes * 60), units.second);
    if (a < 60) return withUnit(short(minutes), units.minute);
    if (a < 24 * 60) return withUnit(short(minutes / 60), units.hour);
    return withUnit(short(minutes / 1440), units.day);
  };

  const value = (x: number | null | undefined, unit: ValueUnit) => {
    if (x == null || !Number.isFinite(x)) return m.format.notAvailable;
    switch (unit) {
      case 'share': return percent(x);
      // A value of its own says its unit even at zero ("0 min"); ranges and axes keep a bare 0.
      case 'minutes': return x === 0 ? withUnit(short(0), units.minute) : duration(x);
      case 'hours': return x === 0 ? withUnit(short(0), units.minute) : duration(x * 60);
      case 'count': return countFmt.format(x);
      case 'score': return number(x, 1);
    }
  };

  const signed = (s: string, x: number) => (x > 0 ? `+${s}` : x < 0 ? `−${s.replace(/^[-−]/, '')}` : `±${s}`);
  const delta = (x: number, unit: ValueUnit) => {
    if (!Number.isFinite(x)) return m.format.notAvailable;
    if (unit === 'share') return signed(`${number(Math.abs(x) * 100, 1)} ${units.percentPoints}`, x);
    if (unit === 'minutes' || unit === 'hours') return signed(duration(Math.abs(unit === 'hours' ? x * 60 : x)), x);
    return signed(unit === 'count' ? countFmt.format(Math.abs(x)) : number(Math.abs(x), 1), x);
  };

  const dateFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const wallFmt = new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC',
  });
  const date = (v: string | Date) => {
    const d = typeof v === 'string' ? naiveUtc(v.slice(0, 10)) : v;
    return d && !Number.isNaN(d.getTime()) ? dateFmt.format(d) : String(v);
  };
  const wallClock = (local: string) => {
    const d = naiveUtc(local);
    return d ? wallFmt.format(d) : local;
  };
  const dateTime = (v: string | number | Date, timeZone = 'UTC') => {
    const d = v instanceof Date ? v : new Date(v);
    if (Number.isNaN(d.getTime())) return String(v);
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone, timeZoneName: 'short',
    }).format(d);
  };

  const smallSample = () => m.format.smallSample(countFmt.format(minObservations));
  const isSmall = (n: number) => !(n >= minObservations);
  const percentOf = (share: number, n: number, noun: DenominatorKey) =>
    isSmall(n) ? smallSample() : m.format.percentOf(percent(share), countFmt.format(n), m.denominator[noun]);

  return {
    locale, count: (n) => countFmt.format(n), number, percent, percentOf, duration, value, delta, date, wallClock, dateTime, smallSample, isSmall,
  };
}
