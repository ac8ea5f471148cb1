/** Options, palette and wrappers shared by every chart function. */
import { createFormat, DEFAULT_LOCALE, messagesFor } from '../../i18n/index.ts';
import type { Format, Locale, Messages, ValueUnit } from '../../i18n/index.ts';

/** Options every chart accepts. */
export interface ChartOptions {
  /** The document to create elements in: linkedom's at build time, the page's in the browser. */
  document?: Document;
  width?: number;
  height?: number;
  locale?: Locale;
  /** Accessible name of the chart (aria-label and <title>). */
  ariaLabel?: string;
  /** Longer accessible description, e.g. what a reader should notice. */
  description?: string;
  /** Pointer tips for live charts; static renders carry native <title> tooltips instead. */
  interactive?: boolean;
  /** Observations below this count are marked as small samples. */
  minObservations?: number;
}

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and, paired with
 * direct labels, still readable in greyscale print. CSS variables let the page retune them for dark mode.
 */
export const PALETTE = [
  'var(--sp-c1, #0072b2)',
  'var(--sp-c2, #e69f00)',
  'var(--sp-c3, #009e73)',
  'var(--sp-c4, #cc79a7)',
  'var(--sp-c5, #56b4e9)',
  'var(--sp-c6, #d55e00)',
  'var(--sp-c7, #8c8c8c)',
] as const;

/** Colour of the primary series. */
export const PRIMARY = PALETTE[0];
/** Colour of reference marks (targets). */
export const REFERENCE = 'var(--sp-ref, currentColor)';
/** Sequential scheme for heat maps: monotone in lightness, so it survives greyscale and colour-blindness. */
export const SEQUENTIAL = 'cividis';

/** The document a chart renders into. */
export function docOf(options: ChartOptions): Document {
  const doc = options.document ?? (globalThis as { document?: Document }).document;
  if (!doc) throw new Error('invalid document: pass options.document when rendering outside a browser');
  return doc;
}

/** Locale, strings and formatters for a chart. */
export function localeOf(options: ChartOptions): { locale: Locale; m: Messages; f: Format } {
  const locale = options.locale ?? DEFAULT_LOCALE;
  return { locale, m: messagesFor(locale), f: createFormat(locale, { minObservations: options.minObservations }) };
}

/** Plot options every chart shares: document, size, accessible name and a theme-neutral style. */
export function baseOptions(options: ChartOptions, defaults: { width?: number; height?: number } = {}) {
  return {
    document: docOf(options),
    width: options.width ?? defaults.width ?? 640,
    height: options.height ?? defaults.height ?? 240,
    ariaLabel: options.ariaLabel ?? null,
    ariaDescription: options.description ?? null,
    style: { background: 'transparent', fontSize: '12px', fontFamily: 'inherit', overflow: 'visible' },
  };
}

/** A tick formatter for a value unit. */
export function tickFormat(f: Format, unit: ValueUnit): (x: number) => string {
  if (unit === 'share') return (x) => f.percent(x, 0);
  // Axes keep a bare 0 where the scale starts.
  if (unit === 'minutes') return (x) => f.duration(x);
  if (unit === 'hours') return (x) => f.duration(x * 60);
  return (x) => f.number(x, 1);
}

/** About five evenly spaced duration ticks (in minutes) on human steps: 5 min, 30 min, 2 h, 1 d … */
export function durationLinearTicks(max: number, count = 5): number[] {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720, 1440, 2880, 7 * 1440, 14 * 1440, 30 * 1440];
  const step = steps.find((s) => max / s <= count) ?? Math.ceil(max / count / 1440) * 1440;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

/** Value-axis options for a unit: formatted ticks, and human duration steps for minutes. */
export function valueAxis(f: Format, unit: ValueUnit, max: number): { tickFormat: (x: number) => string; ticks?: number[] | number } {
  if (unit === 'minutes') return { tickFormat: tickFormat(f, unit), ticks: durationLinearTicks(max) };
  if (unit === 'hours') return { tickFormat: tickFormat(f, unit), ticks: durationLinearTicks(max * 60).map((m) => m / 60) };
  return { tickFormat: tickFormat(f, unit), ticks: 5 };
}

/**
 * Parses period keys as the metric layer writes them — `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn` — as the
 * period's first day in UTC (so no time zone shifts it); Date objects and epoch ms pass through.
 */
export function toDate(v: Date | string | number): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'number') return new Date(v);
  const q = /^(\d{4})-Q([1-4])$/.exec(v);
  if (q) return new Date(Date.UTC(+q[1]!, (+q[2]! - 1) * 3, 1));
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(v);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, m[3] ? +m[3] : 1)) : new Date(v);
}

/** Marks the rendered element as a labelled chart and adds a <title> for the accessible name. */
export function finish(el: Element, options: ChartOptions, kind: string): Element {
  const doc = docOf(options);
  el.setAttribute('data-chart', kind);
  // Plot labels every mark group ("line", "rule"); on a group with no tooltips inside, that label is
  // noise to a screen reader and axe reports it (aria-prohibited-attr), so drop it.
  for (const g of el.querySelectorAll('g[aria-label]')) if (!g.querySelector('title')) g.removeAttribute('aria-label');
  if (options.ariaLabel) {
    el.setAttribute('aria-label', options.ariaLabel);
    const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
    // No role="img": it would make Plot's labelled mark groups presentational (aria-prohibited-attr).
    if (svg) {
      const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = options.ariaLabel;
      svg.insertBefore(title, svg.firstChild);
    }
  }
  return el;
}

/** The element shown instead of a chart when there is nothing to plot. */
export function emptyChart(options: ChartOptions, message?: string): Element {
  const doc = docOf(options);
  const { m } = localeOf(options);
  const fig = doc.createElement('figure');
  fig.setAttribute('class', 'chart-empty');
  fig.setAttribute('data-chart', 'empty');
  if (options.ariaLabel) fig.setAttribute('aria-label', options.ariaLabel);
  const p = doc.createElement('p');
  p.textContent = message ?? m.chart.empty;
  fig.appendChild(p);
  return fig;
}

/** The inline error card shown when a chart's query failed; it names the metric. */
export function chartError(metric: string, error: unknown, options: ChartOptions = {}): Element {
  const doc = docOf(options);
  const { m } = localeOf(options);
  const fig = doc.createElement('figure');
  fig.setAttribute('class', 'chart-error');
  fig.setAttribute('role', 'alert');
  fig.setAttribute('data-chart', 'error');
  fig.setAttribute('data-metric', metric);
  const strong = doc.createElement('strong');
  strong.textContent = m.chart.error(metric);
  const detail = doc.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  fig.append(strong, detail);
  return fig;
}
