/**
 * Date and time parsing for exports. A value is first classified into a format family; the
 * day-first / month-first question of `01-02-2024` is settled per file from its unambiguous rows
 * (`decideDayOrder`), then every value is parsed with the decided order.
 */

/** Format families: each export uses one per file. */
export type DateFamily = 'iso' | 'ymd' | 'cn' | 'dmy_or_mdy' | 'month_name';

/** Wall-clock parts of a parsed value; `offsetMin` is set when the value carried a zone. */
export interface DateParts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  offsetMin?: number;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}:?\d{2})?$/;
const YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CN = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(上午|下午|晚上)?\s*(\d{1,2})[:：时](\d{1,2})分?(?:[:：](\d{1,2})秒?)?)?$/;
const AMBIG = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|am|pm|上午|下午)?)?$/;
const MONTH_NAME = /^(\d{1,2})[/\- ]([A-Za-z]{3})[a-z]*[/\- ](\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|am|pm)?)?$/;
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const digit = (v: string, i: number) => {
  const c = v.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Whether a value is exactly `YYYY-MM-DD HH:mm:ss` (or with `T`): the shape most exports use, checked without a regex. */
export function isIsoSeconds(v: string): boolean {
  if (v.length !== 19) return false;
  const sep = v.charCodeAt(10);
  return (
    (sep === 32 || sep === 84) &&
    v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45 && v.charCodeAt(13) === 58 && v.charCodeAt(16) === 58 &&
    digit(v, 0) && digit(v, 1) && digit(v, 2) && digit(v, 3) && digit(v, 5) && digit(v, 6) && digit(v, 8) && digit(v, 9) &&
    digit(v, 11) && digit(v, 12) && digit(v, 14) && digit(v, 15) && digit(v, 17) && digit(v, 18)
  );
}

const num2 = (v: string, i: number) => (v.charCodeAt(i) - 48) * 10 + v.charCodeAt(i + 1) - 48;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `wallClockMs(parseDateParts(v))` for an `isIsoSeconds` value from year 1000 on, or NaN when the
 * value is not a real date or is earlier (callers then take the general path).
 */
export function isoSecondsWall(v: string): number {
  const y = num2(v, 0) * 100 + num2(v, 2);
  const mo = num2(v, 5);
  const d = num2(v, 8);
  const h = num2(v, 11);
  const mi = num2(v, 14);
  const s = num2(v, 17);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return NaN;
  const leap = mo === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  if (d > DAYS[mo - 1] + (leap ? 1 : 0)) return NaN;
  return daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil), as `Date.UTC` counts them. */
function daysFromCivil(y: number, mo: number, d: number): number {
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The family of a non-empty value, or null when it matches no accepted format. */
export function dateFamily(value: string): DateFamily | null {
  if (isIsoSeconds(value) || ISO.test(value)) return 'iso';
  if (YMD.test(value)) return 'ymd';
  if (CN.test(value)) return 'cn';
  if (AMBIG.test(value)) return 'dmy_or_mdy';
  if (MONTH_NAME.test(value)) return 'month_name';
  return null;
}

/** Evidence a `dmy_or_mdy` value gives: 'dmy' when the first part is > 12, 'mdy' when the second is. */
export function dayOrderEvidence(value: string): 'dmy' | 'mdy' | null {
  const m = AMBIG.exec(value);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return null;
}

/** The order used when no row is unambiguous: DD-MM-YYYY for dashes and dots, MM/DD/YYYY for slashes or AM/PM. */
export function defaultDayOrder(sample: string): 'dmy' | 'mdy' {
  const m = AMBIG.exec(sample);
  if (m && (m[2] === '/' || m[8])) return 'mdy';
  return 'dmy';
}

/** A human description of a family for messages and the manifest. */
export function describeFormat(family: DateFamily, order?: 'dmy' | 'mdy'): string {
  switch (family) {
    case 'iso':
      return 'ISO 8601 (YYYY-MM-DD HH:mm:ss)';
    case 'ymd':
      return 'YYYY/MM/DD HH:mm';
    case 'cn':
      return 'YYYY年M月D日 HH:mm';
    case 'month_name':
      return 'DD/Mon/YY h:mm AM';
    default:
      return order === 'mdy' ? 'MM/DD/YYYY hh:mm:ss AM' : 'DD-MM-YYYY HH:mm';
  }
}

const valid = (p: DateParts) => {
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.h > 23 || p.mi > 59 || p.s > 59) return null;
  const dim = new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate();
  return p.d <= dim ? p : null;
};

const hour12 = (h: number, ampm: string | undefined): number => {
  if (!ampm) return h;
  const pm = /pm|下午|晚上/i.test(ampm);
  if (h > 12) return h;
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
};

const offsetOf = (z: string | undefined): number | undefined => {
  if (!z) return undefined;
  if (/^(z|utc)$/i.test(z)) return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
};

/** Parses a value into wall-clock parts; null when it is not a real date in an accepted format. */
export function parseDateParts(value: string, order: 'dmy' | 'mdy' = 'dmy'): DateParts | null {
  let m = ISO.exec(value);
  if (m) {
    const frac = m[7] ? Math.floor(Number(('0.' + m[7]).slice(0, 5)) * 1000) : 0;
    return valid({ y: +m[1], mo: +m[2], d: +m[3], h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), ms: frac, offsetMin: offsetOf(m[8]) });
  }
  m = YMD.exec(value);
  if (m) return valid({ y: +m[1], mo: +m[2], d: +m[3], h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), ms: 0 });
  m = CN.exec(value);
  if (m) return valid({ y: +m[1], mo: +m[2], d: +m[3], h: hour12(+(m[5] ?? 0), m[4]), mi: +(m[6] ?? 0), s: +(m[7] ?? 0), ms: 0 });
  m = AMBIG.exec(value);
  if (m) {
    const [a, b] = [+m[1], +m[3]];
    const [d, mo] = order === 'dmy' ? [a, b] : [b, a];
    const h = +(m[5] ?? 0);
    if (m[8] && (h < 1 || h > 12)) return null;
    return valid({ y: +m[4], mo, d, h: hour12(h, m[8]), mi: +(m[6] ?? 0), s: +(m[7] ?? 0), ms: 0 });
  }
  m = MONTH_NAME.exec(value);
  if (m) {
    const mo = MONTHS[m[2].toLowerCase()];
    if (!mo) return null;
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return valid({ y, mo, d: +m[1], h: hour12(+(m[4] ?? 0), m[7]), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), ms: 0 });
  }
  return null;
}

/** Wall-clock parts as epoch milliseconds read as if they were UTC (the `_local` representation). */
export const wallClockMs = (p: DateParts): number => Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
