/** Survey kinds of the satisfaction page: score distribution, rated surveys by method, recent comments. */
import { barChart, barTable } from '../../../../components/charts/bars.ts';
import { commentList } from '../../../../components/charts/comment-list.ts';
import { scoreDistributionChart, scoreDistributionTable } from '../../../../components/charts/score-distribution.ts';
import { messagesFor, metricText } from '../../../../i18n/index.ts';
import { methodSplit, recentComments, scoreCounts, surveyScale } from '../../../metrics/survey-views.ts';
import type { CommentRow, MethodRow, ScoreCountRow } from '../../../metrics/survey-views.ts';
import { entityUrl } from '../../entity-paths.ts';
import { baseOf, defineKind } from './kind.ts';

/** Rated surveys per score of the configured scale, satisfied scores set apart. */
export const scoreDistribution = defineKind<ScoreCountRow[]>({
  query: (db, _ctx, req) => scoreCounts(db, req.view.filter),
  render(rows, ctx, req, document) {
    const scale = surveyScale(ctx.config);
    const opts = {
      document, locale: req.locale, ...scale, ariaLabel: req.title, interactive: req.interactive ?? true,
      width: req.params.width, height: req.params.height, xLabel: messagesFor(req.locale).satisfaction.score,
    };
    return { chart: scoreDistributionChart(rows, opts), table: scoreDistributionTable(rows, opts), empty: rows.every((r) => !r.count) };
  },
});

/** Rated surveys per method (bars), and CSAT per method (the table). */
export const surveyMethods = defineKind<MethodRow[]>({
  query: (db, _ctx, req) => methodSplit(db, req.view.filter),
  render(rows, ctx, req, document) {
    const m = messagesFor(req.locale);
    const common = { document, locale: req.locale, keyLabels: m.vocab.surveyMethod as Record<string, string>, width: req.params.width, height: req.params.height };
    const chart = barChart(rows.map((r) => ({ key: r.method, value: r.n })), { ...common, unit: 'count', valueLabel: m.chart.count, ariaLabel: req.title, interactive: req.interactive ?? true });
    const table = barTable(rows.map((r) => ({ key: r.method, value: r.n ? r.satisfied / r.n : null, n: r.n })), {
      ...common, unit: 'share', keyLabel: m.satisfaction.methodCol, valueLabel: metricText(req.locale, 'csat').name, minObservations: ctx.config.min_observations,
    });
    return { chart, table, empty: rows.every((r) => !r.n) };
  },
});

/** The latest comments in the view (masked at ingest), newest first; a table, so it has no table alternative. */
export const comments = defineKind<CommentRow[]>({
  query: (db, _ctx, req) => recentComments(db, req.view.filter, req.params.limit ?? 20),
  render(rows, ctx, req, document) {
    const base = baseOf(req);
    const chart = commentList(rows, {
      document, locale: req.locale, maxScore: Math.max(...surveyScale(ctx.config).scores), ariaLabel: req.title,
      teamHref: (team) => entityUrl(base, req.locale, 'team', team), agentHref: (agent) => entityUrl(base, req.locale, 'agent', agent),
    });
    return { chart, empty: rows.length === 0 };
  },
});
