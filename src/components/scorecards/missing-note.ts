/** Lists the scorecard components left out for lack of data, per component, with whom they were left out for. */
import { createFormat, messagesFor } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Scorecard } from '../../lib/metrics/scorecard/index.ts';
import { h } from '../dom.ts';

/** The note under a scorecard table: what "n < N" in the rank column means, when a row shows it, and the left-out components. */
export function missingNote(cards: readonly Scorecard[], o: { document: Document; locale: Locale; minTickets: number }): HTMLElement {
  const { document: doc, locale } = o;
  const s = messagesFor(locale).scorecard;
  const unranked = cards.some((c) => c.rank == null && c.total != null)
    ? h(doc, 'p', { class: 'muted', 'data-unranked-note': '' }, s.notRankedNote(createFormat(locale).count(o.minTickets)))
    : null;
  const byComponent = new Map<string, string[]>();
  for (const c of cards) for (const id of c.missing) (byComponent.get(id) ?? byComponent.set(id, []).get(id)!).push(c.agent ?? c.team ?? '');
  const sep = locale === 'en' ? ', ' : '、';
  if (byComponent.size === 0) return h(doc, 'div', { class: 'missing-note', 'data-missing-note': '' }, unranked, h(doc, 'p', { class: 'muted' }, s.noneMissing));
  return h(doc, 'div', { class: 'missing-note', 'data-missing-note': '' },
    unranked,
    h(doc, 'p', {}, h(doc, 'span', { class: 'mark' }, '*'), ` ${s.missingNote}`),
    h(doc, 'ul', {}, [...byComponent].map(([id, names]) => h(doc, 'li', {}, h(doc, 'strong', {}, s.components[id] ?? id), `: ${names.join(sep)}`))));
}
