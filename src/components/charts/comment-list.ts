/** The latest survey comments as a table: date, team, agent, score and the (already masked) comment. */
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
  const el = (tag: string, cls?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.setAttribute('class', cls);
    if (text != null) e.textContent = text;
    return e;
  };
  if (comments.length === 0) return el('p', 'muted', s.noComments);
  const link = (name: string | null, href?: (name: string) => string) => {
    if (!name) return doc.createTextNode('—');
    if (!href) return doc.createTextNode(name);
    const a = el('a', undefined, name);
    a.setAttribute('href', href(name));
    return a;
  };
  const table = el('table', 'data-table comment-table');
  if (options.ariaLabel) table.setAttribute('aria-label', options.ariaLabel);
  const head = el('tr');
  for (const [label, cls] of [[s.date], [m.filters.team], [s.agent], [s.score, 'num'], [s.comment]] as const) {
    const th = el('th', cls, label);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const c of comments) {
    const tr = el('tr');
    const team = el('td', 'nowrap');
    team.append(link(c.team, options.teamHref));
    const agent = el('td', 'nowrap');
    agent.append(link(c.agent, options.agentHref));
    const score = el('td', 'num nowrap');
    score.append(el('span', c.score != null && c.score <= options.maxScore / 2 ? 'score low' : 'score', c.score == null ? '—' : String(c.score)), el('span', 'muted', ` / ${options.maxScore}`));
    tr.append(el('td', 'nowrap', f.wallClock(c.at)), team, agent, score, el('td', 'text', c.comment));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  const scroll = el('div', 'table-scroll');
  scroll.append(table);
  return scroll;
}
