/** Lists the scorecard components left out for lack of data, per component, with whom they were left out for. */
import { messagesFor } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Scorecard } from '../../lib/metrics/scorecard/index.ts';
import { h } from '../dom.ts';

/** The note under a scorecard table. */
export function missingNote(cards: readonly Scorecard[], o: { document: Document; locale: Locale }): HTMLElement {
  const { document: doc, locale } = o;
  const s = messagesFor(locale).scorecard;
  const byComponent = new Map<string, string[]>();
  for (const c of cards) for (const id of c.missing) (byComponent.get(id) ?? byComponent.set(id, []).get(id)!).push(c.agent ?? c.team ?? '');
  const sep = locale === 'en' ? ', ' : '、';
  if (byComponent.size === 0) return h(doc, 'div', { class: 'missing-note', 'data-missing-note': '' }, h(doc, 'p', { class: 'muted' }, s.noneMissing));
  return h(doc, 'div', { class: 'missing-note', 'data-missing-note': '' },
    h(doc, 'p', {}, h(doc, 'span', { class: 'mark' }, '*'), ` ${s.missingNote}`),
    h(doc, 'ul', {}, [...byComponent].map(([id, names]) => h(doc, 'li', {}, h(doc, 'strong', {}, s.components[id] ?? id), `: ${names.join(sep)}`))));
}
