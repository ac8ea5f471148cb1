/** The latest survey comments as a table: date, team, agent, score and the (already masked) comment. */
import { h } from '../dom.ts';
import { docOf, localeOf } from './common.ts';
import type { ChartOptions } from './common.ts';

/** One comment with its local submission time (`YYYY-MM-DD HH:MM`), who was rated and the score. */
export interface CommentDatum {
  at: string;
  team: string | null;
  agent: string | null;
  score: number | null;
  comment: string;
}

/** Options of the comment list. */
export interface CommentListOptions extends ChartOptions {
  /** the scale's top score ("4 / 5") */
  maxScore: number;
  /** links to team and agent pages, when given */
  teamHref?: (team: string) => string;
  agentHref?: (agent: string) => string;
}

/** Renders comments newest first; team and agent names link to their pages. Text is set as text, never as HTML. */
export function commentList(comments: readonly CommentDatum[], options: CommentListOptions): Element {
  const doc = docOf(options);
  const { m, f } = localeOf(options);
  const s = m.satisfaction;
  if (comments.length === 0) return h(doc, 'p', { class: 'muted' }, s.noComments);
  const link = (name: string | null, href?: (name: string) => string) => (!name ? '—' : href ? h(doc, 'a', { href: href(name) }, name) : name);
  const columns = [[s.date], [m.filters.team], [s.agent], [s.score, 'num'], [s.comment]] as const;
  const body = comments.map((c) => h(doc, 'tr', {},
    h(doc, 'td', { class: 'nowrap' }, f.wallClock(c.at)),
    h(doc, 'td', { class: 'nowrap' }, link(c.team, options.teamHref)),
    h(doc, 'td', { class: 'nowrap' }, link(c.agent, options.agentHref)),
    h(doc, 'td', { class: 'num nowrap' },
      h(doc, 'span', { class: c.score != null && c.score <= options.maxScore / 2 ? 'score low' : 'score' }, c.score == null ? '—' : String(c.score)),
      h(doc, 'span', { class: 'muted' }, ` / ${options.maxScore}`)),
    h(doc, 'td', { class: 'text' }, c.comment)));
  return h(doc, 'div', { class: 'table-scroll' },
    h(doc, 'table', { class: 'data-table comment-table', 'aria-label': options.ariaLabel },
      h(doc, 'thead', {}, h(doc, 'tr', {}, columns.map(([label, cls]) => h(doc, 'th', { class: cls, scope: 'col' }, label)))),
      h(doc, 'tbody', {}, body)));
}
