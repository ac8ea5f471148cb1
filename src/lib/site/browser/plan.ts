/**
 * The page registry: what a prerendered page shows, read from its markup (see the contract in
 * ./index.ts), so any page built from KpiTile and Chart hydrates without page-specific code.
 */
import type { DenominatorKey, ValueUnit } from '../../../i18n/index.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locales.ts';
import type { Db } from '../../db/db.ts';
import type { MetricContext } from '../../metrics/context.ts';
import { getMetric, metricDefs } from '../../metrics/registry.ts';
import type { ChartParams } from './charts.ts';
import { CHART_KINDS } from './charts.ts';
import { type ColumnSelection, WIDEST_FILTER, columnsFor } from './columns.ts';
import { planScores, scorecardRunner, scoreResult } from './scores.ts';
import type { ScorePlan } from './scores.ts';
import type { ViewState } from '../url-state.ts';
import type { Scope, ViewDefaults, ViewQuery } from './view.ts';

/** One KPI tile to recompute. */
export interface TilePlan {
  el: Element;
  metric: string;
  unit?: ValueUnit;
  noun?: DenominatorKey;
  target?: number;
  lowerIsBetter: boolean;
  minObservations?: number;
  scope: Scope;
  /** the tile's heading, for the sparkline's accessible name */
  name: string;
}

/** One chart card to re-query and redraw. */
export interface ChartPlan {
  el: Element;
  kind: string;
  params: ChartParams;
  scope: Scope;
  title: string;
}

/** Everything a page re-renders on a view change. */
export interface PagePlan {
  tiles: TilePlan[];
  charts: ChartPlan[];
  /** scorecard blocks (./scores.ts) */
  scores: ScorePlan[];
  defaults: ViewDefaults;
  /** chart kinds or tile metrics the browser does not know (left as prerendered) */
  unknown: string[];
}

const num = (s: string | null): number | undefined => (s == null || s === '' || Number.isNaN(Number(s)) ? undefined : Number(s));

/** The drill-down scope of an element: its own or its nearest ancestor's data-team / data-agent. */
function scopeOf(el: Element): Scope {
  const team = el.closest('[data-team]')?.getAttribute('data-team') || undefined;
  const agent = el.closest('[data-agent]')?.getAttribute('data-agent') || undefined;
  return { ...(team ? { team } : {}), ...(agent ? { agent } : {}) };
}

function parseParams(text: string | null): ChartParams | undefined {
  try {
    const p = text ? (JSON.parse(text) as unknown) : undefined;
    return p && typeof p === 'object' && typeof (p as ChartParams).metric === 'string' ? (p as ChartParams) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a page's hydration plan from its markup. */
export function planPage(doc: Document): PagePlan {
  const tiles: TilePlan[] = [];
  for (const el of doc.querySelectorAll('[data-kpi]')) {
    const value = el.querySelector('[data-metric][data-value]');
    const metric = el.getAttribute('data-kpi');
    if (!value || !metric) continue;
    tiles.push({
      el,
      metric,
      unit: (el.getAttribute('data-unit') || undefined) as ValueUnit | undefined,
      noun: (el.getAttribute('data-noun') || undefined) as DenominatorKey | undefined,
      target: num(el.getAttribute('data-target')),
      lowerIsBetter: el.hasAttribute('data-lower-is-better'),
      minObservations: num(el.getAttribute('data-min-observations')),
      scope: scopeOf(value),
      name: el.querySelector('.kpi-name')?.textContent?.trim() ?? metric,
    });
  }
  const charts: ChartPlan[] = [];
  const unknown: string[] = [];
  for (const el of doc.querySelectorAll('[data-chart-id]')) {
    const kind = el.getAttribute('data-chart-id') ?? '';
    const params = parseParams(el.getAttribute('data-chart-params'));
    if (!CHART_KINDS[kind] || !params) {
      unknown.push(kind);
      continue;
    }
    charts.push({ el, kind, params, scope: scopeOf(el), title: el.querySelector('h2, h3')?.textContent?.trim() ?? params.metric });
  }
  const bar = doc.querySelector('[data-filters]');
  const period = doc.querySelector('[data-period]')?.getAttribute('data-period') || undefined;
  const defaults: ViewDefaults = { defaultQuarter: bar?.getAttribute('data-default-quarter') || period };
  return { tiles, charts, scores: planScores(doc), defaults, unknown };
}

/** The plan without tiles whose metric the dataset's config does not define (they stay as prerendered). */
export function withKnownMetrics(plan: PagePlan, ctx: MetricContext): PagePlan {
  const ids = new Set(metricDefs(ctx.config).map((m) => m.id));
  const unknownTiles = plan.tiles.filter((t) => !ids.has(t.metric)).map((t) => t.metric);
  return { ...plan, tiles: plan.tiles.filter((t) => ids.has(t.metric)), unknown: [...plan.unknown, ...unknownTiles] };
}

/** A view restricting every dimension, so the scorecard SQL names every column a view can need. */
const WIDEST_VIEW: ViewState = { quarter: '2000-Q1', team: ['x'], agent: ['x'], channel: ['phone'], priority: ['high'], category: ['complaint'], lang: DEFAULT_LOCALE };

/** The columns a plan's tiles and charts read, found by running their queries once on a recording Db. */
export function planColumns(plan: PagePlan, ctx: MetricContext): Promise<ColumnSelection> {
  const { from: _from, to: _to, ...dims } = WIDEST_FILTER;
  const widest: ViewQuery = { filter: WIDEST_FILTER, previous: WIDEST_FILTER, dims, quarter: '2000-Q1' };
  const runs: ((db: Db) => Promise<unknown>)[] = [];
  for (const t of plan.tiles) {
    const def = getMetric(t.metric, ctx.config);
    runs.push((db) => Promise.all([def.run(db, ctx, { filter: WIDEST_FILTER, grain: 'all' }), def.run(db, ctx, { filter: dims, grain: 'quarter' })]));
  }
  for (const c of plan.charts) {
    runs.push((db) => CHART_KINDS[c.kind]!.query(db, ctx, { params: c.params, view: widest, locale: DEFAULT_LOCALE, title: c.title }));
  }
  for (const sc of plan.scores) {
    runs.push((db) => scoreResult(scorecardRunner(db, ctx), db, ctx, sc, WIDEST_VIEW, {}, '2000-Q1'));
  }
  return columnsFor(runs);
}
