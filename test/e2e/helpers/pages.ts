/** The pages of a build, discovered from its `index.html` files, with their language and kind. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Site } from './env.ts';

/** A UI language, as the site keeps it in the URL (zh-CN at the root, en under `en/`). */
export type Lang = 'zh-CN' | 'en';

/** What a page is, by its path without base and language. */
export type PageKind = 'overview' | 'satisfaction' | 'response-times' | 'scorecards' | 'data' | 'team' | 'agent' | 'review' | 'other';

/** One page of a build. */
export interface SitePage {
  /** path after base and language, e.g. `teams/华东一组/` ('' for the overview) */
  path: string;
  lang: Lang;
  kind: PageKind;
  /** full URL on the served site */
  url: string;
  /** short name for failure messages: `[base /reports/] /reports/en/satisfaction/ (en)` */
  label: string;
}

/**
 * How many `/teams/*`, `/agents/*` and `/review/*` pages per language the suite samples: two at the
 * root build, one under a base path (there the point is that links and data URLs follow the base).
 */
export const DRILL_DOWN_SAMPLE = 2;
const DRILL_DOWN_SAMPLE_UNDER_BASE = 1;

function indexFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== '_astro') out.push(...indexFiles(p));
    } else if (name === 'index.html') out.push(p);
  }
  return out;
}

function kindOf(path: string): PageKind {
  const first = path.split('/')[0] ?? '';
  switch (first) {
    case '': return 'overview';
    case 'satisfaction': case 'response-times': case 'scorecards': case 'data': return first;
    case 'teams': return 'team';
    case 'agents': return 'agent';
    case 'review': return 'review';
    default: return 'other';
  }
}

/** Every page of the build, drill-downs sampled (the first few per kind and language, in path order). */
export function discoverPages(site: Site, { sample = site.base === '/' ? DRILL_DOWN_SAMPLE : DRILL_DOWN_SAMPLE_UNDER_BASE }: { sample?: number } = {}): SitePage[] {
  const all = indexFiles(site.outDir)
    .map((f) => relative(site.outDir, f).split(sep).slice(0, -1).map(decodeURIComponent).join('/'))
    .sort();
  const pages: SitePage[] = [];
  const seen = new Map<string, number>();
  for (const rel of all) {
    const lang: Lang = rel === 'en' || rel.startsWith('en/') ? 'en' : 'zh-CN';
    const path = lang === 'en' ? rel.replace(/^en\/?/, '') : rel;
    const kind = kindOf(path);
    if (kind === 'team' || kind === 'agent' || kind === 'review') {
      const key = `${kind}:${lang}`;
      if (path.split('/').filter(Boolean).length > 1) {
        const n = seen.get(key) ?? 0;
        if (n >= sample) continue;
        seen.set(key, n + 1);
      }
    }
    const urlPath = site.base + rel.split('/').filter(Boolean).map(encodeURIComponent).join('/') + (rel ? '/' : '');
    pages.push({ path: path ? `${path}/` : '', lang, kind, url: site.origin + urlPath, label: `[base ${site.base}] ${decodeURI(urlPath)} (${lang})` });
  }
  return pages;
}

/** The URL of a page kind in a language on a site, e.g. pageUrl(site, 'en', 'scorecards/'). */
export function pageUrl(site: Site, lang: Lang, path = ''): string {
  return site.url + (lang === 'en' ? 'en/' : '') + path;
}

/** A failure-message label for a URL on a site. */
export function labelFor(site: Site, url: string, lang: Lang): string {
  return `[base ${site.base}] ${decodeURI(new URL(url).pathname + new URL(url).search)} (${lang})`;
}
