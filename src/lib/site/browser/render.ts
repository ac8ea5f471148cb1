/**
 * Renderers: write recomputed numbers into a prerendered KPI tile and swap a chart card's SVG and
 * "show as table" table, in place, keeping the markup KpiTile.astro and Chart.astro produced.
 */
import { chartError } from '../../../components/charts/common.ts';
import { sparkline } from '../../../components/charts/sparkline.ts';
import type { SparkDatum } from '../../../components/charts/sparkline.ts';
import { messagesFor } from '../../../i18n/index.ts';
import type { Locale, ValueUnit } from '../../../i18n/index.ts';
import type { ChartRequest } from './charts.ts';
import { kpiView } from './kpi-view.ts';
import { cardTexts } from './period-text.ts';
import type { TilePlan } from './plan.ts';

/** A tile's recomputed numbers. */
export interface TileResult {
  value: number | null;
  n: number;
  unit: ValueUnit;
  target?: number;
  delta: number | null;
  spark: SparkDatum[];
}

const toggle = (el: Element | null, cls: string, on: boolean) => el?.classList.toggle(cls, on);

/** Writes a tile's value, data-value, badge, denominator, delta and sparkline. */
export function renderTile(tile: TilePlan, r: TileResult, locale: Locale, doc: Document): void {
  const { el } = tile;
  const v = kpiView({
    value: r.value, unit: r.unit, target: r.target, delta: r.delta, lowerIsBetter: tile.lowerIsBetter,
    denominator: tile.noun ? { n: r.n, noun: tile.noun } : undefined, minObservations: tile.minObservations,
  }, locale);
  const value = el.querySelector('[data-metric][data-value]');
  if (value) {
    value.textContent = v.shown;
    value.setAttribute('data-value', r.value == null ? '' : String(r.value));
    value.removeAttribute('title');
  }
  toggle(el, 'kpi-below', v.meets === false);
  const badge = el.querySelector('.kpi-badge');
  if (badge) {
    badge.textContent = v.badge ?? '';
    toggle(badge, 'ok', v.meets === true);
    toggle(badge, 'below', v.meets !== true);
    badge.toggleAttribute('hidden', v.meets === undefined);
  }
  const denominator = el.querySelector('.kpi-denominator');
  if (denominator) {
    denominator.textContent = v.denominator ?? '';
    denominator.toggleAttribute('hidden', !v.denominator);
  }
  const delta = el.querySelector('.kpi-delta');
  if (delta) {
    toggle(delta, 'up', v.delta.better === true);
    toggle(delta, 'down', v.delta.better === false);
    const note = doc.createElement('span');
    note.className = 'muted';
    note.textContent = v.delta.note;
    delta.replaceChildren(...(v.delta.show ? [doc.createTextNode(`${v.delta.arrow} ${v.delta.text} `), note] : [note]));
  }
  const spark = el.querySelector('.kpi-spark');
  if (spark) {
    const m = messagesFor(locale);
    const svg = r.spark.some((d) => d.value != null)
      ? sparkline(r.spark, { document: doc, locale, unit: r.unit, target: r.target, ariaLabel: `${tile.name} · ${m.kpiTile.trend}` })
      : undefined;
    spark.replaceChildren(...(svg ? [svg] : []));
  }
}

/** Replaces a chart card's drawing, its table and a data-dependent note; `empty` marks a result with nothing to plot. */
export function renderChart(card: Element, chart: Element, table: Element | undefined, empty: boolean, note?: string): void {
  card.querySelector('.chart-body')?.replaceChildren(chart);
  const scroll = card.querySelector('.chart-table .table-scroll');
  if (scroll && table) scroll.replaceChildren(table);
  const noteEl = card.querySelector('.chart-note');
  if (noteEl && note !== undefined) noteEl.textContent = note;
  card.toggleAttribute('data-empty', empty);
  card.removeAttribute('data-error');
}

/**
 * Marks a card as showing a view, drawn or failed: its heading and note templates filled for the
 * view's period and grain, and `data-rendered-view` set to the view's canonical query.
 */
export function renderCardView(card: Element, req: ChartRequest, viewKey: string): void {
  const texts = cardTexts(card, req.view, req.viewGrain ?? req.params.grain, req.locale);
  const heading = card.querySelector('h2, h3');
  if (heading && texts.title !== undefined) heading.textContent = texts.title;
  const note = card.querySelector('.chart-note');
  if (note && texts.note !== undefined) note.textContent = texts.note;
  card.setAttribute('data-rendered-view', viewKey);
}

/** Shows the inline error card naming the metric in place of the chart. */
export function renderChartError(card: Element, metric: string, error: unknown, locale: Locale, doc: Document): void {
  card.querySelector('.chart-body')?.replaceChildren(chartError(metric, error, { document: doc, locale }));
  card.querySelector('.chart-table .table-scroll')?.replaceChildren();
  card.setAttribute('data-error', metric);
}

/** Marks a tile whose query failed: no number (data-value empty), the reason in its title. */
export function renderTileError(tile: TilePlan, error: unknown, locale: Locale): void {
  const value = tile.el.querySelector('[data-metric][data-value]');
  if (!value) return;
  value.textContent = messagesFor(locale).format.notAvailable;
  value.setAttribute('data-value', '');
  value.setAttribute('title', error instanceof Error ? error.message.split('\n')[0]! : String(error));
}
