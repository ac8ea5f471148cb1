/**
 * Kinds of the response-times page: first-response distribution (histogram on a log axis, ECDF) with
 * the SLA targets of the view's channels as rules, the median / p90 breakdown tables against targets,
 * and the weekday × hour heat map.
 */
import { ecdfChart, ecdfTable } from '../../../../components/charts/ecdf.ts';
import { frtBreakdownTable } from '../../../../components/charts/frt-breakdown-table.ts';
import type { FrtBreakdownDatum } from '../../../../components/charts/frt-breakdown-table.ts';
import { heatmapChart, heatmapTable } from '../../../../components/charts/heatmap.ts';
import { histogramChart, histogramTable } from '../../../../components/charts/histogram.ts';
import { emptyChart } from '../../../../components/charts/common.ts';
import { createFormat, messagesFor } from '../../../../i18n/index.ts';
import type { Locale } from '../../../../i18n/index.ts';
import type { Channel } from '../../../config/types.ts';
import type { Db } from '../../../db/db.ts';
import type { MetricContext } from '../../../metrics/context.ts';
import { responseTimeDistribution } from '../../../metrics/distribution.ts';
import type { Distribution } from '../../../metrics/distribution.ts';
import type { MetricFilter } from '../../../metrics/filter.ts';
import { loadMatrix } from '../../../metrics/load-matrix.ts';
import type { LoadCell } from '../../../metrics/load-matrix.ts';
import { getMetric } from '../../../metrics/registry.ts';
import type { MetricRow } from '../../../metrics/types.ts';
import { binsFromDistribution, ecdfFromDistributions, heatFromLoad } from '../../chart-data.ts';
import { periodLabel } from '../period-text.ts';
import { defineKind } from './kind.ts';
import type { ChartRequest } from './kind.ts';
import { keyHref } from './links.ts';

/** The first-response distribution of a view and the channels answered in it. */
export interface FrtDistribution {
  distribution: Distribution | undefined;
  channels: string[];
}

const ECDF_POINTS = 300;
const SHARED_MAX = 16;
// The histogram and the ECDF card read the same distribution: one query per view and Db serves both.
const shared = new WeakMap<Db, Map<string, Promise<FrtDistribution>>>();

function frtDistribution(db: Db, ctx: MetricContext, req: ChartRequest): Promise<FrtDistribution> {
  const filter = req.view.filter;
  const cache = shared.get(db) ?? shared.set(db, new Map()).get(db)!;
  const key = JSON.stringify([ctx.asOf, filter]);
  let result = cache.get(key);
  if (!result) {
    if (cache.size >= SHARED_MAX) cache.clear();
    result = Promise.all([
      responseTimeDistribution(db, ctx, { filter, maxPoints: ECDF_POINTS }),
      getMetric('frt_median', ctx.config).run(db, ctx, { filter, by: 'channel' }),
    ]).then(([dists, byChannel]) => ({ distribution: dists[0], channels: byChannel.flatMap((r) => (r.group != null && r.n > 0 ? [r.group] : [])) }));
    cache.set(key, result);
    result.catch(() => cache.delete(key));
  }
  return result;
}

/** The normal-priority first-response target of a channel, in minutes. */
const channelTarget = (ctx: MetricContext, channel: string): number => {
  const sla = ctx.config.sla.first_response_minutes;
  return (sla[channel as Channel] ?? sla.other).normal;
};

/** Dashed rules at the distinct targets of the channels, and the note naming which channel has which. */
function slaRules(channels: readonly string[], ctx: MetricContext, locale: Locale) {
  const m = messagesFor(locale);
  const f = createFormat(locale);
  const byTarget = new Map<number, string[]>();
  for (const c of channels) {
    const t = channelTarget(ctx, c);
    (byTarget.get(t) ?? byTarget.set(t, []).get(t)!).push(c);
  }
  const sorted = [...byTarget].sort((a, b) => a[0] - b[0]);
  const labels = m.vocab.channel as Record<string, string>;
  const sep = locale === 'en' ? ', ' : '、';
  const note = `${m.responseTimes.logNote} ${sorted.map(([min, cs]) => `${cs.map((c) => labels[c] ?? c).join(sep)} ${f.duration(min)}`).join(locale === 'en' ? '; ' : '；')}`;
  return { rules: sorted.map(([min]) => ({ value: min, label: f.duration(min) })), note };
}

const sizeOf = (req: ChartRequest) => ({ width: req.params.width, height: req.params.height });

/** Histogram of first response times on a log axis. */
export const frtHistogram = defineKind<FrtDistribution>({
  query: frtDistribution,
  render({ distribution, channels }, ctx, req, document) {
    const { rules, note } = slaRules(channels, ctx, req.locale);
    const bins = distribution ? binsFromDistribution(distribution.bins) : [];
    const opts = { document, locale: req.locale, xLabel: messagesFor(req.locale).responseTimes.frt, rules, ariaLabel: req.title, interactive: req.interactive ?? true, ...sizeOf(req) };
    return { chart: histogramChart(bins, opts), table: histogramTable(bins, opts), empty: bins.every((b) => !b.count), note };
  },
});

/** Share of tickets answered within x (ECDF) on a log axis. */
export const frtEcdf = defineKind<FrtDistribution>({
  query: frtDistribution,
  render({ distribution, channels }, ctx, req, document) {
    const m = messagesFor(req.locale);
    const { rules, note } = slaRules(channels, ctx, req.locale);
    const points = distribution ? ecdfFromDistributions([distribution]) : [];
    const opts = { document, locale: req.locale, xLabel: m.responseTimes.frt, rules, ariaLabel: req.title, interactive: req.interactive ?? true, ...sizeOf(req) };
    const table = ecdfTable(points.map((p) => ({ ...p, series: m.responseTimes.overall })), { ...opts, seriesLabel: '' });
    return { chart: ecdfChart(points, opts), table, empty: points.length === 0, note };
  },
});

/** Median, p90 and SLA attainment of first response per channel or priority, busiest first. */
export async function frtBreakdownRows(db: Db, ctx: MetricContext, filter: MetricFilter, by: 'channel' | 'priority'): Promise<FrtBreakdownDatum[]> {
  const run = (id: string) => getMetric(id, ctx.config).run(db, ctx, { filter, by });
  const [median, p90, att] = await Promise.all([run('frt_median'), run('frt_p90'), run('sla_frt_attainment')]);
  const at = (rows: MetricRow[], key: string) => rows.find((r) => r.group === key);
  const keys = [...new Set([...median, ...att].map((r) => r.group).filter((g): g is string => g != null))];
  return keys.map((key) => ({
    key, median: at(median, key)?.value ?? null, p90: at(p90, key)?.value ?? null, n: at(median, key)?.n ?? 0,
    attainment: at(att, key)?.value ?? null, due: at(att, key)?.n ?? 0,
    target: by === 'channel' ? channelTarget(ctx, key) : null,
  })).sort((a, b) => b.due - a.due);
}

const BREAKDOWNS = ['channel', 'priority'] as const;

/** The breakdown tables by channel and by priority, captions naming the view's period. */
export const frtBreakdown = defineKind<Record<(typeof BREAKDOWNS)[number], FrtBreakdownDatum[]>>({
  async query(db, ctx, req) {
    const [channel, priority] = await Promise.all(BREAKDOWNS.map((by) => frtBreakdownRows(db, ctx, req.view.filter, by)));
    return { channel: channel!, priority: priority! };
  },
  render(data, ctx, req, document) {
    const r = messagesFor(req.locale).responseTimes;
    const period = periodLabel(req.view, req.locale);
    const empty = BREAKDOWNS.every((by) => data[by].length === 0);
    if (empty) return { chart: emptyChart({ document, locale: req.locale, ariaLabel: req.title }), empty };
    const grid = document.createElement('div');
    grid.setAttribute('class', 'grid');
    for (const by of BREAKDOWNS) {
      grid.append(frtBreakdownTable(data[by], {
        document, locale: req.locale, by, caption: by === 'channel' ? r.byChannel(period) : r.byPriority(period), href: keyHref(req, by),
        slaTarget: ctx.config.targets.sla_frt_attainment, minObservations: ctx.config.min_observations,
      }));
    }
    return { chart: grid, empty };
  },
});

/** Tickets created per local weekday and hour. */
export const heatmap = defineKind<LoadCell[]>({
  query: (db, ctx, req) => loadMatrix(db, ctx, req.view.filter),
  render(cells, _ctx, req, document) {
    const empty = cells.every((c) => !c.count);
    const data = empty ? [] : heatFromLoad(cells);
    const opts = { document, locale: req.locale, valueLabel: messagesFor(req.locale).responseTimes.tickets, ariaLabel: req.title, interactive: req.interactive ?? true, ...sizeOf(req) };
    return { chart: heatmapChart(data, opts), table: heatmapTable(data, opts), empty };
  },
});
