/// <reference types="astro/client" />
/** What a chart kind is: its parameters (from the card's markup), its request for one view, and its output. */
import type { Locale } from '../../../../i18n/index.ts';
import type { Db } from '../../../db/db.ts';
import type { MetricContext } from '../../../metrics/context.ts';
import type { Dimension } from '../../../metrics/filter.ts';
import type { Grain as ViewGrain } from '../../url-state.ts';
import type { ViewQuery } from '../view.ts';

/** Parameters of a chart card (`data-chart-params`, JSON); texts in them are in the page's language. */
export interface ChartParams {
  /** the metric (or view) the card shows; the error card names it */
  metric: string;
  /** default time grain; the view's grain wins */
  grain?: ViewGrain;
  /** breakdown dimension (bars, or one line per group) */
  by?: Dimension;
  /**
   * 'trailing': the shown quarter and the three before it (the overview); 'all': every date, the
   * view's period shaded; 'through': every date up to the end of the view's (drill-down trends);
   * default: the view's dates
   */
  window?: 'trailing' | 'range' | 'all' | 'through';
  /** week grain: drop the partial weeks at either end of the window */
  completeWeeks?: boolean;
  /** draw the metric's configured target */
  target?: boolean;
  /** counts from zero */
  zero?: boolean;
  /** trend: further metrics drawn as more lines, each named by its metric */
  also?: string[];
  /** bars: link each team or agent to its page */
  entityLinks?: boolean;
  /** bars and breakdowns: link each key to this page (e.g. 'response-times/') filtered to it */
  filterLinks?: string;
  /** bars: keep the vocabulary's order (urgent → low) instead of sorting by value */
  keepOrder?: boolean;
  /** value-axis label (default: the metric's name) */
  valueLabel?: string;
  /** comments: how many */
  limit?: number;
  width?: number;
  height?: number;
  /** trend: at most this many x ticks (narrow cards) */
  maxTicks?: number;
}

/** Everything a chart kind needs to query and draw. */
export interface ChartRequest {
  params: ChartParams;
  view: ViewQuery;
  viewGrain?: ViewGrain;
  locale: Locale;
  /** accessible name: the card's heading */
  title: string;
  /** pointer tips (browser, the default) or native <title> tooltips (prerendered, readable without JavaScript) */
  interactive?: boolean;
  /** the site's base path for links (default: Vite's BASE_URL) */
  base?: string;
}

/** What a kind draws: the chart (or table), its "show as table" alternative, whether it is empty, and a data-dependent note. */
export interface ChartOutput {
  chart: Element;
  table?: Element;
  empty: boolean;
  note?: string;
}

/** One chart kind: query, then draw and tabulate the result. */
export interface ChartKind<T = unknown> {
  query(db: Db, ctx: MetricContext, req: ChartRequest): Promise<T>;
  render(data: T, ctx: MetricContext, req: ChartRequest, document: Document): ChartOutput;
}

/** Erases a kind's data type for the registry (query's result only ever goes to its own render). */
export const defineKind = <T>(kind: ChartKind<T>): ChartKind => kind as unknown as ChartKind;

/** The site's base path for a request. */
export const baseOf = (req: ChartRequest): string => req.base ?? import.meta.env.BASE_URL ?? '/';
