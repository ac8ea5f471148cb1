/** `bars`: a metric over the view's period broken down by a dimension, with vocabulary labels and drill-down links. */
import { barChart, barTable } from '../../../../components/charts/bars.ts';
import { messagesFor, metricText } from '../../../../i18n/index.ts';
import { getMetric } from '../../../metrics/registry.ts';
import type { MetricRow } from '../../../metrics/types.ts';
import { barsFromRows } from '../../chart-data.ts';
import { defineKind } from './kind.ts';
import { keyHref, keyLabels, vocabOrder } from './links.ts';

/** One row per group of the breakdown (default: team). */
export const bars = defineKind<MetricRow[]>({
  query(db, ctx, req) {
    return getMetric(req.params.metric, ctx.config).run(db, ctx, { filter: req.view.filter, grain: 'all', by: req.params.by ?? 'team' });
  },
  render(rows, ctx, req, document) {
    const { metric, keepOrder, width, height } = req.params;
    const by = req.params.by ?? 'team';
    const bars = barsFromRows(rows);
    const data = keepOrder ? vocabOrder(bars, by) : bars;
    const href = keyHref(req, by);
    const opts = {
      document, locale: req.locale, unit: getMetric(metric, ctx.config).unit, valueLabel: req.params.valueLabel ?? metricText(req.locale, metric).name,
      keyLabels: keyLabels(by, req.locale), keepOrder, width, height,
      hrefs: href ? Object.fromEntries(data.map((d) => [d.key, href(d.key)])) : undefined,
      ariaLabel: req.title, interactive: req.interactive ?? true,
      target: req.params.target ? ctx.config.targets[metric] : undefined, minObservations: ctx.config.min_observations,
    };
    // The keys name themselves on the chart; only the table needs a header for them.
    const table = barTable(data, { ...opts, keyLabel: messagesFor(req.locale).filters[by] });
    return { chart: barChart(data, opts), table, empty: data.every((d) => d.value == null) };
  },
});
