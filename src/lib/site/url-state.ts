/**
 * The view a URL describes: date range or quarter preset, dimension filters, grain and language.
 * Query parameters are untrusted input: anything unknown or invalid is dropped and reported as a
 * notice, never thrown, so a mistyped or outdated link still opens a page.
 */
import { CATEGORIES, CHANNELS, PRIORITIES } from '../config/types.ts';
import type { Category, Channel, Priority } from '../config/types.ts';
import { DEFAULT_LOCALE, toLocale } from '../../i18n/locales.ts';
import type { Locale } from '../../i18n/locales.ts';
import { quarterRange } from './quarters.ts';

export { quarterRange };

/** The grains a view can ask for (the metric layer's 'all' is implied by no grain). */
export const GRAINS = ['day', 'week', 'month', 'quarter'] as const;
/** Time bucket of a trend. */
export type Grain = (typeof GRAINS)[number];

/** The normalised view state; empty arrays and undefined mean "no filter". */
export interface ViewState {
  from?: string;
  to?: string;
  quarter?: string;
  team: string[];
  agent: string[];
  channel: Channel[];
  priority: Priority[];
  category: Category[];
  grain?: Grain;
  lang: Locale;
}

/** Why a parameter was ignored. */
export type NoticeReason = 'unknown_param' | 'invalid_value' | 'duplicate' | 'range_reversed' | 'conflict';

/** One ignored parameter, for the visible "some parameters were ignored" notice. */
export interface Notice {
  param: string;
  value: string;
  reason: NoticeReason;
}

/** Known team and agent names; when given, other names are reported instead of silently matching nothing. */
export interface ParseOptions {
  teams?: readonly string[];
  agents?: readonly string[];
}

/** The state of a URL without a query string. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  team: [], agent: [], channel: [], priority: [], category: [], lang: DEFAULT_LOCALE,
});

const LIST_KEYS = ['team', 'agent', 'channel', 'priority', 'category'] as const;
const SCALAR_KEYS = ['from', 'to', 'quarter', 'grain', 'lang'] as const;
/** Serialisation order, so equal states give equal URLs. */
const ORDER = ['quarter', 'from', 'to', 'team', 'agent', 'channel', 'priority', 'category', 'grain', 'lang'] as const;
const MAX_NAME = 120;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Whether a string is a quarter label such as 2026-Q3. */
export function isQuarter(s: string): boolean {
  return QUARTER.test(s);
}

/** The date range a state selects: the quarter preset wins over from/to. */
export function resolveRange(state: ViewState, fiscalStartMonth = 1): { from?: string; to?: string } {
  return state.quarter ? quarterRange(state.quarter, fiscalStartMonth) : { from: state.from, to: state.to };
}

function validList(key: (typeof LIST_KEYS)[number], value: string, options: ParseOptions): boolean {
  switch (key) {
    case 'channel': return (CHANNELS as readonly string[]).includes(value);
    case 'priority': return (PRIORITIES as readonly string[]).includes(value);
    case 'category': return (CATEGORIES as readonly string[]).includes(value);
    case 'team': return value.length <= MAX_NAME && (!options.teams || options.teams.includes(value));
    case 'agent': return value.length <= MAX_NAME && (!options.agents || options.agents.includes(value));
  }
}

/** Reads a query string (with or without `?`) into a view state plus notices for what was ignored. */
export function parseViewState(
  query: string | URLSearchParams,
  options: ParseOptions = {},
): { state: ViewState; notices: Notice[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: ViewState = { ...DEFAULT_VIEW, team: [], agent: [], channel: [], priority: [], category: [] };
  const notices: Notice[] = [];
  const seen = new Set<string>();

  for (const [rawKey, rawValue] of params) {
    const key = rawKey.trim();
    const value = rawValue.trim();
    if ((LIST_KEYS as readonly string[]).includes(key)) {
      const k = key as (typeof LIST_KEYS)[number];
      // Vocabulary values may be comma-joined; team and agent names may themselves contain commas.
      const parts = k === 'team' || k === 'agent' ? [value] : value.split(',').map((s) => s.trim());
      for (const part of parts) {
        if (part === '') continue;
        const list = state[k] as string[];
        if (!validList(k, part, options)) notices.push({ param: k, value: part, reason: 'invalid_value' });
        else if (!list.includes(part)) list.push(part);
      }
    } else if ((SCALAR_KEYS as readonly string[]).includes(key)) {
      if (value === '') continue;
      if (seen.has(key)) {
        notices.push({ param: key, value, reason: 'duplicate' });
        continue;
      }
      seen.add(key);
      readScalar(state, key as (typeof SCALAR_KEYS)[number], value, notices);
    } else {
      notices.push({ param: key, value, reason: 'unknown_param' });
    }
  }

  if (state.quarter) {
    for (const k of ['from', 'to'] as const) {
      if (state[k]) notices.push({ param: k, value: state[k]!, reason: 'conflict' });
      delete state[k];
    }
  } else if (state.from && state.to && state.from > state.to) {
    notices.push({ param: 'from', value: `${state.from}…${state.to}`, reason: 'range_reversed' });
    delete state.from;
    delete state.to;
  }
  return { state, notices };
}

function readScalar(state: ViewState, key: (typeof SCALAR_KEYS)[number], value: string, notices: Notice[]): void {
  const bad = () => notices.push({ param: key, value, reason: 'invalid_value' });
  switch (key) {
    case 'from':
    case 'to':
      if (isIsoDate(value)) state[key] = value; else bad();
      return;
    case 'quarter': {
      const q = value.toUpperCase();
      if (isQuarter(q)) state.quarter = q; else bad();
      return;
    }
    case 'grain':
      if ((GRAINS as readonly string[]).includes(value)) state.grain = value as Grain; else bad();
      return;
    case 'lang': {
      const l = toLocale(value);
      if (l) state.lang = l; else bad();
      return;
    }
  }
}

/**
 * Writes a view state as a canonical query string without the leading `?` (empty for the default
 * view); lists become repeated parameters, the default language is left out.
 */
export function serializeViewState(state: Partial<ViewState>, { includeLang = true }: { includeLang?: boolean } = {}): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const v = state[key];
    if (key === 'lang') {
      if (includeLang && v && v !== DEFAULT_LOCALE) params.append('lang', v as string);
    } else if (Array.isArray(v)) {
      for (const item of v) params.append(key, item);
    } else if (typeof v === 'string' && v !== '') {
      if ((key === 'from' || key === 'to') && state.quarter) continue;
      params.append(key, v);
    }
  }
  return params.toString();
}

/** Whether two states select the same view. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return serializeViewState(a) === serializeViewState(b);
}
