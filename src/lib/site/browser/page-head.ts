/**
 * Page-level texts that follow the view: the period line (`[data-period]`) and the below-target
 * list (`[data-alerts]`), recomputed from the re-rendered tiles.
 */
import { createFormat, messagesFor } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/index.ts';
import { shiftQuarter } from '../../metrics/grain.ts';
import type { TilePlan } from './plan.ts';
import type { TileResult } from './render.ts';
import type { ViewQuery } from './view.ts';

/** Rewrites the period line for the view's quarter or date range. */
export function renderPeriod(doc: Document, q: ViewQuery, locale: Locale): void {
  const el = doc.querySelector('[data-period]');
  if (!el) return;
  const m = messagesFor(locale);
  const f = createFormat(locale);
  const { from, to } = q.filter;
  const range = from && to ? m.format.range(f.date(from), f.date(to)) : from ? `${f.date(from)} –` : to ? `– ${f.date(to)}` : '';
  const period = el.getAttribute('data-period-text') === 'scorecard' ? m.scorecard.period : m.overview.period;
  el.setAttribute('data-period', q.quarter ?? '');
  el.textContent = q.quarter ? period(q.quarter, range, shiftQuarter(q.quarter, -1)) : range;
}

/** Rebuilds the below-target list from the tiles' new values (small samples never alert). */
export function renderAlerts(doc: Document, tiles: readonly { tile: TilePlan; result: TileResult }[], locale: Locale): void {
  const box = doc.querySelector('[data-alerts]');
  if (!box) return;
  const m = messagesFor(locale);
  const below = tiles.filter(({ tile, result: r }) => {
    const f = createFormat(locale, { minObservations: tile.minObservations });
    if (r.value == null || r.target == null || f.isSmall(r.n)) return false;
    return tile.lowerIsBetter ? r.value > r.target : r.value < r.target;
  });
  const f = createFormat(locale);
  // New nodes need the page's scoped-style attribute (data-astro-cid-*) to be styled like the prerendered ones.
  const cid = [...box.attributes].find((a) => a.name.startsWith('data-astro-cid'));
  const make = (tag: string) => {
    const el = doc.createElement(tag);
    if (cid) el.setAttribute(cid.name, cid.value);
    return el;
  };
  const items = below.map(({ tile, result: r }) => {
    const li = make('li');
    li.setAttribute('data-alert', tile.metric);
    li.textContent = m.overview.alert(tile.name, f.value(r.value, r.unit), f.value(r.target, r.unit));
    return li;
  });
  box.setAttribute('data-alerts', String(items.length));
  const list = box.querySelector('ul');
  const none = box.querySelector('p.muted');
  if (items.length) {
    const ul = list ?? make('ul');
    ul.replaceChildren(...items);
    if (!list) (none ?? box.lastElementChild)?.after(ul);
    none?.remove();
  } else if (list) {
    const p = make('p');
    p.className = 'muted';
    p.textContent = m.overview.noAlerts;
    list.replaceWith(p);
  }
}
