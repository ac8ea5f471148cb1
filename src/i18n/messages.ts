import { en } from './en.ts';
import type { Locale } from './locales.ts';
import { zhCN } from './zh-cn.ts';

/** The full set of UI strings one locale provides. */
export type Messages = typeof en;

/** Metric ids that have a localised name and definition. */
export type KpiId = keyof Messages['metric'];

const BY_LOCALE: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** The UI strings for a locale. */
export function messagesFor(locale: Locale): Messages {
  return BY_LOCALE[locale];
}

/**
 * Looks up a dotted key such as `metric.csat` (its name) or `metric.csat.definition`; undefined when
 * the key does not lead to a string, so callers can fall back (e.g. to a label from config).
 */
export function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = BY_LOCALE[locale];
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (node && typeof node === 'object' && typeof (node as { name?: unknown }).name === 'string') return (node as { name: string }).name;
  return typeof node === 'string' ? node : undefined;
}

/** Name and definition of a metric by id, with a config-supplied label as fallback (custom 360 dimensions). */
export function metricText(locale: Locale, id: string, label?: { 'zh-CN': string; en: string }): { name: string; definition: string } {
  const m = (BY_LOCALE[locale].metric as Record<string, { name: string; definition: string }>)[id];
  return m ?? { name: label?.[locale] ?? id, definition: '' };
}
