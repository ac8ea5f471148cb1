/** The UI languages: zh-CN is the default and lives at the site root, en lives under `en/`. */
export const LOCALES = ['zh-CN', 'en'] as const;

/** A UI language. */
export type Locale = (typeof LOCALES)[number];

/** The language a page falls back to when none is asked for. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Whether a value is a supported UI language. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Reads a loosely written language tag (`en-US`, `zh`, `ZH-cn`) as a supported locale, or undefined. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (v === 'zh' || v === 'zh-cn' || v === 'zh-hans' || v.startsWith('zh-hans-')) return 'zh-CN';
  return undefined;
}

/** The URL path segment a locale's pages live under: '' for the default, 'en' for English. */
export function localeSegment(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : locale;
}
