/**
 * One scorecard taken apart: total, tier, rank and change, then every component with its measured
 * value, points, weight applied and the points it lost, largest loss first. Numbers carry
 * `data-metric` / `data-value` like the scorecards table (rank does not: on a drill-down page the
 * report's rank is among the filtered cards only). Pure, for the build and the browser alike.
 */
import { createFormat, messagesFor } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Scorecard } from '../../lib/metrics/scorecard/index.ts';
import type { ComponentColumn } from '../../lib/site/score-columns.ts';
import { cls, dataNum, h } from '../dom.ts';

/** How to draw a breakdown. */
export interface BreakdownOptions {
  document: Document;
  locale: Locale;
  columns: readonly ComponentColumn[];
  /** ranked cards of the same kind, for "#3 of 48" */
  rankedOf: number;
  minTickets: number;
}

type Component = Scorecard['components'][number];

/** Points a component lost from the total: (100 − points) × weight applied ÷ 100. */
export const pointsLost = (c: Component): number => (c.points == null ? 0 : ((100 - c.points) * c.effectiveWeight) / 100);

/** The breakdown of a card, or the "no scorecard" line when there is none. */
export function scoreBreakdown(card: Scorecard | undefined, o: BreakdownOptions): HTMLElement {
  const { document: doc, locale } = o;
  const m = messagesFor(locale);
  const s = m.scorecard;
  if (!card) return h(doc, 'div', { class: 'breakdown', 'data-scorecard-breakdown': '' }, h(doc, 'p', { class: 'muted' }, m.drill.noCard));
  const f = createFormat(locale);
  const who = card.kind === 'agent' ? { 'data-agent': card.agent } : { 'data-team': card.team };
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rows = [...card.components].sort((a, b) => pointsLost(b) - pointsLost(a) || b.weight - a.weight);
  const unitOf = (id: string) => o.columns.find((c) => c.id === id)?.unit ?? 'score';
  const maxLost = Math.max(1, ...rows.map(pointsLost));
  const item = (dt: string, dd: HTMLElement) => h(doc, 'div', {}, h(doc, 'dt', {}, dt), dd);
  const rank = card.rank != null ? s.rankOf(f.count(card.rank), f.count(o.rankedOf)) : card.total == null ? s.noScore : s.notRanked(f.count(o.minTickets));
  const up = card.delta != null && card.delta >= 0.05;
  const down = card.delta != null && card.delta <= -0.05;

  const summary = h(doc, 'dl', { class: 'summary' },
    item(s.total, h(doc, 'dd', { class: 'big', 'data-metric': 'total', 'data-value': dataNum(card.total), ...who }, card.total == null ? '—' : one.format(card.total))),
    item(s.tier, h(doc, 'dd', { 'data-tier': card.tier?.id }, card.tier ? h(doc, 'span', { class: `tier tier-${card.tier.id}` }, `${card.tier.id} · ${card.tier.name[locale]}`) : '—')),
    item(s.rank, h(doc, 'dd', {}, rank)),
    item(s.delta, h(doc, 'dd', { 'data-metric': 'delta', 'data-value': dataNum(card.delta), ...who, class: cls(up && 'up', down && 'down') }, card.delta == null ? '—' : f.delta(card.delta, 'score'))),
    item(s.tickets, h(doc, 'dd', { 'data-metric': 'tickets', 'data-value': dataNum(card.tickets), ...who }, f.count(card.tickets))),
  );
  const head = h(doc, 'tr', {},
    h(doc, 'th', { scope: 'col' }, s.component),
    [s.value, s.points, s.weight, s.effectiveWeight, s.contribution].map((t) => h(doc, 'th', { scope: 'col', class: 'num' }, t)),
    h(doc, 'th', { scope: 'col' }, s.lost));
  const body = rows.map((c) => h(doc, 'tr', { class: cls(c.points == null && 'left-out') },
    h(doc, 'th', { scope: 'row' }, s.components[c.id] ?? c.id, c.points == null && h(doc, 'sup', { class: 'mark' }, '*')),
    h(doc, 'td', { class: 'num', 'data-metric': c.id, 'data-value': dataNum(c.value), ...who, title: `n = ${f.count(c.n)}` }, f.value(c.value, unitOf(c.id))),
    h(doc, 'td', { class: 'num', 'data-metric': `${c.id}:points`, 'data-value': dataNum(c.points), ...who }, c.points == null ? '—' : f.number(c.points, 1)),
    h(doc, 'td', { class: 'num muted' }, `${c.weight}%`),
    h(doc, 'td', { class: 'num' }, `${f.number(c.effectiveWeight, 1)}%`),
    h(doc, 'td', { class: 'num' }, f.number(c.contribution, 1)),
    h(doc, 'td', { class: 'lost' },
      c.points != null && h(doc, 'span', { class: 'bar', style: `width:${((pointsLost(c) / maxLost) * 5).toFixed(2)}em`, 'aria-hidden': 'true' }),
      h(doc, 'span', {}, c.points == null ? '—' : `−${f.number(pointsLost(c), 1)}`))));

  return h(doc, 'div', { class: 'breakdown', 'data-scorecard-breakdown': '' },
    summary,
    h(doc, 'div', { class: 'table-scroll' }, h(doc, 'table', { class: 'data-table' }, h(doc, 'thead', {}, head), h(doc, 'tbody', {}, body))),
    h(doc, 'p', { class: 'muted note' }, m.drill.lostNote),
    card.missing.length > 0 && h(doc, 'p', { class: 'note' }, h(doc, 'span', { class: 'mark' }, '*'), ` ${s.missingNote} ${card.missing.map((id) => s.components[id] ?? id).join(locale === 'en' ? ', ' : '、')}`));
}
