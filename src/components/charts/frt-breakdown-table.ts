/** First response median / p90 per channel or priority against the SLA target, with attainment. */
import { docOf, localeOf } from './common.ts';
import type { ChartOptions } from './common.ts';

/** Median, p90 and SLA attainment of first response for one channel or priority. */
export interface FrtBreakdownDatum {
  key: string;
  median: number | null;
  p90: number | null;
  /** tickets with a response */
  n: number;
  attainment: number | null;
  /** responses due */
  due: number;
  /** the first-response target in minutes; null when it varies */
  target: number | null;
}

/** Options of the breakdown table. */
export interface FrtBreakdownOptions extends ChartOptions {
  by: 'channel' | 'priority';
  caption: string;
  /** the SLA attainment target (share), to mark each row's attainment */
  slaTarget?: number;
  /** drill-down link per row key (e.g. the page filtered to it) */
  href?: (key: string) => string;
}

/** Renders one breakdown table; a row's p90 is good when within its target, its attainment against the SLA target. */
export function frtBreakdownTable(rows: readonly FrtBreakdownDatum[], options: FrtBreakdownOptions): Element {
  const doc = docOf(options);
  const { m, f } = localeOf(options);
  const r = m.responseTimes;
  const labels = m.vocab[options.by] as Record<string, string>;
  const el = (tag: string, cls?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.setAttribute('class', cls);
    if (text != null) e.textContent = text;
    return e;
  };
  const table = el('table', 'data-table frt-table');
  table.setAttribute('data-breakdown', options.by);
  const head = el('tr');
  for (const [label, cls] of [[m.filters[options.by]], [r.tickets, 'num'], [r.median, 'num'], [r.p90, 'num'], [r.target, 'num'], [r.attainment, 'num']] as const) {
    const th = el('th', cls, label);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const row of rows) {
    const small = f.isSmall(row.n);
    const meets = row.target == null || row.p90 == null ? undefined : row.p90 <= row.target;
    const attained = options.slaTarget == null || row.attainment == null || f.isSmall(row.due) ? undefined : row.attainment >= options.slaTarget;
    const mark = (ok: boolean | undefined) => (ok === undefined ? 'num' : `num ${ok ? 'good' : 'bad'}`);
    const th = el('th');
    th.setAttribute('scope', 'row');
    const name = labels[row.key] ?? row.key;
    if (options.href) {
      const a = el('a', undefined, name);
      a.setAttribute('href', options.href(row.key));
      th.append(a);
    } else th.textContent = name;
    tr(th,
      el('td', 'num', f.count(row.n)),
      el('td', 'num', small ? f.smallSample() : f.duration(row.median ?? NaN)),
      el('td', mark(meets), small ? f.smallSample() : f.duration(row.p90 ?? NaN)),
      el('td', 'num muted', row.target == null ? r.varies : `≤ ${f.duration(row.target)}`),
      el('td', mark(attained), row.attainment == null ? '—' : f.percentOf(row.attainment, row.due, 'due')));
  }
  function tr(...cells: Element[]) {
    const row = el('tr');
    row.append(...cells);
    tbody.append(row);
  }
  table.append(el('caption', undefined, options.caption), thead, tbody);
  const scroll = el('div', 'table-scroll');
  scroll.append(table);
  return scroll;
}
