/** First response median / p90 per channel or priority against the SLA target, with attainment. */
import { h } from '../dom.ts';
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
  const columns = [[m.filters[options.by]], [r.tickets, 'num'], [r.median, 'num'], [r.p90, 'num'], [r.target, 'num'], [r.attainment, 'num']] as const;
  const mark = (ok: boolean | undefined) => (ok === undefined ? 'num' : `num ${ok ? 'good' : 'bad'}`);
  const body = rows.map((row) => {
    const small = f.isSmall(row.n);
    const meets = row.target == null || row.p90 == null ? undefined : row.p90 <= row.target;
    const attained = options.slaTarget == null || row.attainment == null || f.isSmall(row.due) ? undefined : row.attainment >= options.slaTarget;
    const name = labels[row.key] ?? row.key;
    return h(doc, 'tr', {},
      h(doc, 'th', { scope: 'row' }, options.href ? h(doc, 'a', { href: options.href(row.key) }, name) : name),
      h(doc, 'td', { class: 'num' }, f.count(row.n)),
      h(doc, 'td', { class: 'num' }, small ? f.smallSample() : f.value(row.median, 'minutes')),
      h(doc, 'td', { class: mark(meets) }, small ? f.smallSample() : f.value(row.p90, 'minutes')),
      h(doc, 'td', { class: 'num muted' }, row.target == null ? r.varies : `≤ ${f.duration(row.target)}`),
      h(doc, 'td', { class: mark(attained) }, row.attainment == null ? '—' : f.percentOf(row.attainment, row.due, 'due')));
  });
  return h(doc, 'div', { class: 'table-scroll' },
    h(doc, 'table', { class: 'data-table frt-table', 'data-breakdown': options.by },
      h(doc, 'caption', {}, options.caption),
      h(doc, 'thead', {}, h(doc, 'tr', {}, columns.map(([label, cls]) => h(doc, 'th', { class: cls, scope: 'col' }, label)))),
      h(doc, 'tbody', {}, body)));
}
