/** Display names and drill-down links of breakdown keys, shared by the bar and table kinds. */
import { messagesFor } from '../../../../i18n/index.ts';
import type { Locale } from '../../../../i18n/index.ts';
import { CATEGORIES, CHANNELS, PRIORITIES } from '../../../config/types.ts';
import type { Dimension } from '../../../metrics/filter.ts';
import { entityUrl } from '../../entity-paths.ts';
import { pageUrl } from '../../paths.ts';
import { baseOf } from './kind.ts';
import type { ChartRequest } from './kind.ts';

const VOCAB: Partial<Record<Dimension, readonly string[]>> = { channel: CHANNELS, priority: PRIORITIES, category: CATEGORIES };

/** Vocabulary labels of a dimension's keys (channel, priority, category); none for teams and agents. */
export function keyLabels(by: Dimension, locale: Locale): Readonly<Record<string, string>> | undefined {
  return VOCAB[by] ? (messagesFor(locale).vocab[by as 'channel' | 'priority' | 'category'] as Record<string, string>) : undefined;
}

/** Keys in their vocabulary's order (urgent → low), unknown keys last. */
export function vocabOrder<T extends { key: string }>(rows: readonly T[], by: Dimension): T[] {
  const order = VOCAB[by];
  if (!order) return [...rows];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...rows].sort((a, b) => rank(a.key) - rank(b.key));
}

/** The drill-down link of a key: its team or agent page (`entityLinks`), or the `filterLinks` page filtered to it. */
export function keyHref(req: ChartRequest, by: Dimension): ((key: string) => string) | undefined {
  const base = baseOf(req);
  if (req.params.entityLinks && (by === 'team' || by === 'agent')) return (key) => entityUrl(base, req.locale, by, key);
  const page = req.params.filterLinks;
  return page ? (key) => pageUrl(base, req.locale, page, `${by}=${encodeURIComponent(key)}`) : undefined;
}
