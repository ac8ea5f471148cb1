/**
 * The chart kinds a page can ask to have re-rendered (`data-chart-id` on a Chart card): each a query
 * through the metric modules plus a render through the pure chart functions. The build prerenders a
 * card through the same kind for the default view (src/pages/_build/prerender-chart.ts), the browser
 * for the URL's view, so both show the same markup for the same rows. Kinds live in ./charts/.
 */
import { bars } from './charts/bars.ts';
import type { ChartKind } from './charts/kind.ts';
import { frtBreakdown, frtEcdf, frtHistogram, heatmap } from './charts/response-times.ts';
import { comments, scoreDistribution, surveyMethods } from './charts/surveys.ts';
import { trend } from './charts/trend.ts';

export type { ChartKind, ChartOutput, ChartParams, ChartRequest } from './charts/kind.ts';
export { trendWindow } from './charts/trend.ts';

/** Chart kinds by `data-chart-id`. */
export const CHART_KINDS: Readonly<Record<string, ChartKind>> = {
  trend,
  bars,
  'score-distribution': scoreDistribution,
  'survey-methods': surveyMethods,
  comments,
  'frt-histogram': frtHistogram,
  'frt-ecdf': frtEcdf,
  'frt-breakdown': frtBreakdown,
  heatmap,
};
