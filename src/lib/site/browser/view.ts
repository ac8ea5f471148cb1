/**
 * From a page's view state (the URL) to the metric layer's filters: the period a page shows, the
 * period its deltas compare against, and the dimension filters alone (for sparklines).
 */
import type { MetricFilter } from '../../metrics/filter.ts';
import { shiftQuarter } from '../../metrics/grain.ts';
import { quarterRange } from '../quarters.ts';
import { serializeViewState } from '../url-state.ts';
import type { ViewState } from '../url-state.ts';

/** What a page shows when its URL names no period, and who a drill-down page is about. */
export interface ViewDefaults {
  /** the quarter the prerendered page shows (Filters' data-default-quarter) */
  defaultQuarter?: string;
  fiscalStartMonth?: number;
}

/** A drill-down scope: the team or agent an element is about (its data-team / data-agent). */
export interface Scope {
  team?: string;
  agent?: string;
}

/** The filters one view asks the metric layer for. */
export interface ViewQuery {
  /** the quarter shown, when the period is a quarter */
  quarter?: string;
  /** dates and dimensions: the headline values */
  filter: MetricFilter;
  /** the previous quarter with the same dimensions (deltas); undefined for a custom date range */
  previous?: MetricFilter;
  /** dimensions only, no dates (sparklines over every quarter) */
  dims: MetricFilter;
}

const union = (a: readonly string[], b?: string): string[] => (b && !a.includes(b) ? [...a, b] : [...a]);

/** Drops empty lists and undefined dates, so equal filters serialise equally. */
function compact(filter: MetricFilter): MetricFilter {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as MetricFilter;
}

/**
 * The metric filters of a view. A drill-down scope is added to the view's team/agent list, as
 * `npm run report --team` does when given both; no dates and no quarter mean the default quarter.
 */
export function viewQuery(view: ViewState, defaults: ViewDefaults = {}, scope: Scope = {}): ViewQuery {
  const fiscal = defaults.fiscalStartMonth ?? 1;
  const quarter = view.quarter ?? (!view.from && !view.to ? defaults.defaultQuarter : undefined);
  const range = quarter ? quarterRange(quarter, fiscal) : { from: view.from, to: view.to };
  const dims = compact({
    teams: union(view.team, scope.team),
    agents: union(view.agent, scope.agent),
    channels: view.channel,
    priorities: view.priority,
    categories: view.category,
  });
  return {
    quarter,
    filter: compact({ ...dims, ...range }),
    previous: quarter ? compact({ ...dims, ...quarterRange(shiftQuarter(quarter, -1), fiscal) }) : undefined,
    dims,
  };
}

/** The canonical query string of a view (what `data-view-rendered` holds and the URL shows). */
export function viewKey(view: ViewState): string {
  return serializeViewState(view, { includeLang: false });
}
