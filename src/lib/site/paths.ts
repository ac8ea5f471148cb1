/**
 * Site-internal URLs. Every link and data URL is built from the base path (`import.meta.env.BASE_URL`,
 * e.g. `/reports/`), so `dist/` works when served from a sub-path.
 */
import { localeSegment } from '../../i18n/locales.ts';
import type { Locale } from '../../i18n/locales.ts';

/** The pages in the main navigation, by key. */
export const NAV_PAGES = [
  { key: 'overview', path: '' },
  { key: 'satisfaction', path: 'satisfaction/' },
  { key: 'responseTimes', path: 'response-times/' },
  { key: 'scorecards', path: 'scorecards/' },
  { key: 'data', path: 'data/' },
] as const;

/** A page key of the main navigation. */
export type PageKey = (typeof NAV_PAGES)[number]['key'];

/** Joins the base path and a site-relative path with exactly one slash between them. */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The URL of a page in a locale: zh-CN at the root, English under `en/`. */
export function pageUrl(base: string, locale: Locale, path = '', query = ''): string {
  const seg = localeSegment(locale);
  const url = withBase(base, seg ? `${seg}/${path.replace(/^\/+/, '')}` : path);
  return query ? `${url}?${query.replace(/^\?/, '')}` : url;
}

/** The URL of a published data file (`public/data/<name>`). */
export function dataUrl(base: string, name: string): string {
  return withBase(base, `data/${name}`);
}

/**
 * Splits a pathname into its locale and the page path after base and locale, so the language switch
 * can point at the same page in the other language.
 */
export function splitLocalePath(base: string, pathname: string): { locale: Locale; path: string } {
  const b = withBase(base);
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  if (rest === 'en' || rest.startsWith('en/')) {
    rest = rest.slice(2).replace(/^\//, '');
    return { locale: 'en', path: rest };
  }
  return { locale: 'zh-CN', path: rest };
}

/** `getStaticPaths` entries for a page that exists in every locale: zh-CN at the root, en under `en/`. */
export function localeStaticPaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return [
    { params: { lang: undefined }, props: { locale: 'zh-CN' } },
    { params: { lang: 'en' }, props: { locale: 'en' } },
  ];
}
