/**
 * A team or agent scorecard table: rank, name (linking to the drill-down page), tickets, each
 * component's points over its measured value, weighted score, tier and change. Every number cell
 * carries `data-metric` (the report's card field: `total`, `rank`, `delta`, `tickets`, a component
 * id for its measured value, `<component>:points` for its points) and the unrounded `data-value`.
 * Rows come in rank order (the printed order); ScoreTable.astro's script sorts by any header.
 * Pure: the build renders it with linkedom, the browser re-renders it for a filtered view.
 */
import { createFormat, messagesFor } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Scorecard } from '../../lib/metrics/scorecard/index.ts';
import { entityUrl } from '../../lib/site/entity-paths.ts';
import type { ComponentColumn } from '../../lib/site/score-columns.ts';
import { cls, dataNum, h } from '../dom.ts';

/** How to draw a scorecard table. */
export interface ScoreTableOptions {
  document: Document;
  locale: Locale;
  /** the site's base path, for drill-down links */
  base: string;
  kind: 'team' | 'agent';
  columns: readonly ComponentColumn[];
  minTickets: number;
  caption: string;
  /** false where the report's rank is not the page's (rank then carries no data-metric) */
  rankData?: boolean;
  /** show the team column of agent rows (default: agent tables) */
  showTeam?: boolean;
}

/** Cards in rank order; unranked after ranked, by score, then by name. */
export function rankOrder(cards: readonly Scorecard[], kind: 'team' | 'agent'): Scorecard[] {
  const name = (c: Scorecard) => (kind === 'agent' ? c.agent : c.team) ?? '';
  return [...cards].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.total ?? -1) - (a.total ?? -1) || name(a).localeCompare(name(b)));
}

/** The scorecard table element. */
export function scoreTable(cards: readonly Scorecard[], o: ScoreTableOptions): HTMLElement {
  const { document: doc, locale, kind, columns } = o;
  const m = messagesFor(locale);
  const f = createFormat(locale);
  const s = m.scorecard;
  if (!cards.length) return h(doc, 'p', { class: 'muted', 'data-score-table': kind }, m.chart.empty);
  const showTeam = o.showTeam ?? kind === 'agent';
  const rankData = o.rankData ?? true;
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const nameOf = (c: Scorecard) => (kind === 'agent' ? c.agent : c.team) ?? '';
  const who = (c: Scorecard) => (kind === 'agent' ? { 'data-agent': c.agent } : { 'data-team': c.team });
  const deltaClass = (d: number | null) => (d == null || Math.abs(d) < 0.05 ? undefined : d > 0 ? 'up' : 'down');
  const sortHead = (label: string | (HTMLElement | string)[], sort: 'num' | 'text', className?: string, extra: Record<string, string> = {}) =>
    h(doc, 'th', { scope: 'col', class: className, ...extra }, h(doc, 'button', { type: 'button', 'data-sort': sort }, label));

  const head = h(doc, 'tr', {},
    sortHead(s.rank, 'num', 'num', { 'aria-sort': 'ascending' }),
    sortHead(kind === 'agent' ? m.drill.agent : m.drill.team, 'text'),
    showTeam && sortHead(s.team, 'text'),
    sortHead(s.tickets, 'num', 'num'),
    columns.map((c) => sortHead([s.components[c.id] ?? c.id, h(doc, 'span', { class: 'w' }, `${c.weight}%`)], 'num', 'num comp')),
    sortHead(s.total, 'num', 'num'),
    sortHead(s.tier, 'num'),
    sortHead(s.delta, 'num', 'num'),
  );

  const row = (c: Scorecard) => {
    const href = entityUrl(o.base, locale, kind, nameOf(c));
    // unranked: a short mark that keeps the row one line high (the note under the table explains it), the full words for screen readers
    const unranked = c.total == null ? s.noScore : s.notRanked(f.count(o.minTickets));
    const rank = c.rank != null ? String(c.rank) : [h(doc, 'span', { class: 'muted small nowrap', title: unranked, 'aria-hidden': 'true' }, c.total == null ? '—' : `n < ${f.count(o.minTickets)}`), h(doc, 'span', { class: 'visually-hidden' }, unranked)];
    return h(doc, 'tr', { 'data-href': href, class: cls(!c.ranked && 'unranked') },
      h(doc, 'td', { class: 'num rank', 'data-sort-value': c.rank ?? '', ...(rankData ? { 'data-metric': 'rank', 'data-value': dataNum(c.rank) } : {}), ...who(c) }, rank),
      h(doc, 'th', { scope: 'row', 'data-sort-value': nameOf(c) },
        h(doc, 'a', { href }, nameOf(c)),
        c.missing.length > 0 && h(doc, 'sup', { class: 'missing-mark', title: c.missing.map((id) => s.components[id] ?? id).join(', ') }, '*')),
      showTeam && h(doc, 'td', { class: 'nowrap', 'data-sort-value': c.team ?? '' }, c.team ? h(doc, 'a', { href: entityUrl(o.base, locale, 'team', c.team) }, c.team) : '—'),
      h(doc, 'td', { class: 'num', 'data-sort-value': c.tickets, 'data-metric': 'tickets', 'data-value': dataNum(c.tickets), ...who(c) }, f.count(c.tickets)),
      columns.map((col) => {
        const x = c.components.find((k) => k.id === col.id);
        return h(doc, 'td', { class: cls('num', 'comp', x?.points == null && 'left-out'), 'data-sort-value': dataNum(x?.points), 'data-metric': `${col.id}:points`, 'data-value': dataNum(x?.points), ...who(c) },
          h(doc, 'span', { class: 'pts' }, x?.points == null ? '—' : f.number(x.points, 0)),
          h(doc, 'span', { class: 'raw', 'data-metric': col.id, 'data-value': dataNum(x?.value), ...who(c), title: x ? `n = ${f.count(x.n)}` : undefined }, f.value(x?.value, col.unit)));
      }),
      h(doc, 'td', { class: 'num total', 'data-sort-value': dataNum(c.total), 'data-metric': 'total', 'data-value': dataNum(c.total), ...who(c) }, c.total == null ? '—' : one.format(c.total)),
      h(doc, 'td', { 'data-sort-value': c.tier ? -c.tier.min : '', 'data-tier': c.tier?.id },
        c.tier ? h(doc, 'span', { class: `tier-cell tier-${c.tier.id}` }, h(doc, 'span', { class: 'tier' }, c.tier.id), ' ', h(doc, 'span', { class: 'tier-name' }, c.tier.name[locale])) : '—'),
      h(doc, 'td', { class: cls('num', 'delta', deltaClass(c.delta)), 'data-sort-value': dataNum(c.delta), 'data-metric': 'delta', 'data-value': dataNum(c.delta), ...who(c) },
        c.delta == null ? '—' : `${Math.abs(c.delta) < 0.05 ? '■' : c.delta > 0 ? '▲' : '▼'} ${f.delta(c.delta, 'score')}`),
    );
  };

  return h(doc, 'table', { class: 'data-table score-table', 'data-score-table': kind },
    h(doc, 'caption', { class: 'visually-hidden' }, o.caption),
    h(doc, 'thead', {}, head),
    h(doc, 'tbody', {}, rankOrder(cards, kind).map(row)));
}
