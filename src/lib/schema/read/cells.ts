import { isIsoSeconds, isoSecondsWall, parseDateParts, wallClockMs } from '../dates.ts';
import { maskText } from '../pii.ts';
import type { ReadContext, RejectReason, RowInput } from './types.ts';
import { RowReject } from './types.ts';

/** An instant in both representations (epoch ms): UTC and wall clock in the configured zone. */
export interface Instant {
  utc: number;
  local: number;
}

/** Raw text of a canonical column in a row ('' when the file lacks the column). */
export const cell = (ctx: ReadContext, row: RowInput, column: string): string => {
  const i = ctx.plan.index[column];
  return i === undefined ? '' : (row.fields[i] ?? '').trim();
};

/** A required text value. */
export function required(ctx: ReadContext, row: RowInput, column: string): string {
  const v = cell(ctx, row, column);
  if (v === '') throw new RowReject('missing_value', column, v, `${column}: a value is required`);
  return v;
}

/** Optional text: trimmed, null when blank. */
export const text = (ctx: ReadContext, row: RowInput, column: string): string | null => cell(ctx, row, column) || null;

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;

/** An id that must not have been mangled by Excel into scientific notation. */
export function identifier(ctx: ReadContext, row: RowInput, column: string): string {
  const v = required(ctx, row, column);
  if (SCIENTIFIC.test(v))
    throw new RowReject('scientific_id', column, v, `${column}: "${v}" is in scientific notation (Excel rounded a long id); re-export with the column formatted as text`);
  return v;
}

/** Reads a timestamp cell as an `Instant`; null when blank. */
export function instant(ctx: ReadContext, row: RowInput, column: string): Instant | null {
  const i = ctx.plan.index[column];
  const raw = i === undefined ? '' : (row.fields[i] ?? '');
  if (isIsoSeconds(raw)) {
    const wall = isoSecondsWall(raw);
    if (wall === wall) return { utc: ctx.zone.toUtc(wall), local: wall };
  }
  const v = raw.trim();
  return v === '' ? null : toInstant(ctx, column, v);
}

/** Parses a timestamp value with the file's decided day order and the configured zone. */
export function toInstant(ctx: ReadContext, column: string, v: string): Instant {
  if (isIsoSeconds(v)) {
    const wall = isoSecondsWall(v);
    if (wall === wall) return { utc: ctx.zone.toUtc(wall), local: wall };
  }
  const p = parseDateParts(v, ctx.dayOrder);
  if (!p) throw new RowReject('bad_date', column, v, `${column}: cannot parse "${v}" as a date`);
  const wall = wallClockMs(p);
  if (p.offsetMin !== undefined) {
    const utc = wall - p.offsetMin * 60_000;
    return { utc, local: ctx.zone.toLocal(utc) };
  }
  return { utc: ctx.zone.toUtc(wall), local: wall };
}

/** An instant `minutes` after another. */
export const plusMinutes = (ctx: ReadContext, base: Instant, minutes: number): Instant => {
  const utc = base.utc + Math.round(minutes * 60_000);
  return { utc, local: ctx.zone.toLocal(utc) };
};

/** A non-negative integer count; null when blank. */
export function count(ctx: ReadContext, row: RowInput, column: string, max = 32767): number | null {
  const v = cell(ctx, row, column);
  if (v === '') return null;
  const n = Number(v.replace(/次$/, ''));
  if (!Number.isInteger(n) || n < 0 || n > max) throw new RowReject('bad_number', column, v, `${column}: "${v}" is not a whole number from 0 to ${max}`);
  return n;
}

/** Raw spellings already looked up, per vocabulary (a column repeats a handful of spellings). */
const seenWords = new WeakMap<Map<string, string>, { key: (v: string) => string; hits: Map<string, string> }>();

/** A value looked up in a vocabulary; `blank` when empty; rejects unknown words with the reason given. */
export function vocab<T extends string>(
  ctx: ReadContext,
  row: RowInput,
  column: string,
  words: Map<string, T>,
  key: (v: string) => string,
  reason: RejectReason,
  blank: T | null,
): T | null {
  const v = cell(ctx, row, column);
  if (v === '') return blank;
  let memo = seenWords.get(words);
  if (!memo || memo.key !== key) seenWords.set(words, (memo = { key, hits: new Map() }));
  let hit = memo.hits.get(v) as T | undefined;
  if (hit !== undefined) return hit;
  hit = words.get(key(v));
  if (hit !== undefined && memo.hits.size < 10_000) memo.hits.set(v, hit);
  if (hit === undefined) {
    const allowed = [...new Set(words.values())].join(', ');
    throw new RowReject(reason, column, v, `${column}: unknown value "${v}" (expected one of ${allowed}, or a Chinese/vendor spelling of them)`);
  }
  return hit;
}

/** Values of the row's customer identity columns, used to mask them out of free text. */
export const identities = (ctx: ReadContext, row: RowInput): string[] =>
  ctx.plan.pii.map((i) => (row.fields[i] ?? '').trim()).filter((v) => v.length >= 2);

/** Free text with personal data masked; null when blank. */
export function freeText(ctx: ReadContext, row: RowInput, column: string): string | null {
  const v = cell(ctx, row, column);
  return v === '' ? null : maskText(v, identities(ctx, row));
}

/** Minutes between two instants (UTC), or null when either is missing. */
export const minutesBetween = (a: Instant | null, b: Instant | null): number | null => (a && b ? (b.utc - a.utc) / 60_000 : null);

/** Business-hour minutes between two instants (wall clock), or null when either is missing. */
export const businessMinutes = (ctx: ReadContext, a: Instant | null, b: Instant | null): number | null => (a && b ? ctx.clock.minutesBetween(a.local, b.local) : null);
