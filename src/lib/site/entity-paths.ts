/**
 * URLs of the team and agent drill-down pages. The path segment is the name itself (so
 * `/teams/在线客服组/` reads as what it is), percent-encoded in links; a name that cannot be a
 * directory name on every static host (slashes, reserved characters, dot names) gets a stable hash
 * slug instead.
 */
import type { Locale } from '../../i18n/locales.ts';
import { pageUrl } from './paths.ts';

/** What a drill-down page is about. */
export type EntityKind = 'team' | 'agent';

const UNSAFE = /[\u0000-\u001f\u007f/\\?#%:*"<>|]|^\.+$|^\s|\s$/;

/** FNV-1a over the UTF-16 code units, base 36: short, stable across builds and platforms. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The path segment (unencoded) of a team's or agent's page: the name, or `_<hash>` when the name is unsafe as a directory. */
export function entitySlug(name: string): string {
  if (name.length === 0) throw new RangeError('invalid entity name: empty');
  return UNSAFE.test(name) || name.length > 80 ? `_${hash(name)}` : name;
}

/** The URL of a team's or agent's page in a locale, under the base path. */
export function entityUrl(base: string, locale: Locale, kind: EntityKind, name: string): string {
  return pageUrl(base, locale, `${kind === 'team' ? 'teams' : 'agents'}/${encodeURIComponent(entitySlug(name))}/`);
}
