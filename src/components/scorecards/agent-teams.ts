/** An agent's tickets per team in a period, most first: who they worked for (the agent drill-down page). */
import { createFormat, messagesFor } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { entityUrl } from '../../lib/site/entity-paths.ts';
import { h } from '../dom.ts';

/** One team an agent worked for. */
export interface AgentTeam {
  team: string;
  tickets: number;
}

/** Most tickets first, then by name: the order the table prints. */
export function agentTeamOrder(rows: readonly AgentTeam[]): AgentTeam[] {
  return [...rows].filter((r) => r.tickets > 0).sort((a, b) => b.tickets - a.tickets || (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
}

/** The table, or the empty-selection line. */
export function agentTeamsTable(rows: readonly AgentTeam[], o: { document: Document; locale: Locale; base: string }): HTMLElement {
  const { document: doc, locale } = o;
  const m = messagesFor(locale);
  const f = createFormat(locale);
  const shown = agentTeamOrder(rows);
  if (!shown.length) return h(doc, 'p', { class: 'muted' }, m.chart.empty);
  const total = shown.reduce((s, t) => s + t.tickets, 0);
  return h(doc, 'table', { class: 'data-table' },
    h(doc, 'thead', {}, h(doc, 'tr', {},
      h(doc, 'th', { scope: 'col' }, m.drill.team),
      h(doc, 'th', { scope: 'col', class: 'num' }, m.scorecard.tickets),
      h(doc, 'th', { scope: 'col', class: 'num' }, m.drill.shareOfTickets))),
    h(doc, 'tbody', {}, shown.map((t) => h(doc, 'tr', {},
      h(doc, 'th', { scope: 'row' }, h(doc, 'a', { href: entityUrl(o.base, locale, 'team', t.team) }, t.team)),
      h(doc, 'td', { class: 'num' }, f.count(t.tickets)),
      h(doc, 'td', { class: 'num' }, f.percent(t.tickets / total))))));
}
