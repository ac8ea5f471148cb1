/**
 * The chart kinds of the satisfaction and response-times pages: for a filtered view each kind's query
 * returns what the metric modules return for the view's filter; for the default view the browser
 * draws exactly what the build prerendered; and the page re-renders every card, headings included,
 * from only the columns the plan loads.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NativeDb } from '../../../../scripts/lib/db-native.ts';
import { prerenderOn } from '../../../../src/pages/_build/prerender-chart.ts';
import type { ChartSpec } from '../../../../src/pages/_build/prerender-chart.ts';
import { createFormat, messagesFor } from '../../../../src/i18n/index.ts';
import type { Locale } from '../../../../src/i18n/index.ts';
import { getMetric, loadMatrix, quarterRange, responseTimeDistribution } from '../../../../src/lib/metrics/index.ts';
import type { MetricRow } from '../../../../src/lib/metrics/index.ts';
import { methodSplit, recentComments, scoreCounts } from '../../../../src/lib/metrics/survey-views.ts';
import { CHART_KINDS } from '../../../../src/lib/site/browser/charts.ts';
import { cardTexts } from '../../../../src/lib/site/browser/period-text.ts';
import { planColumns, planPage } from '../../../../src/lib/site/browser/plan.ts';
import { chartRequest, pageRenderer } from '../../../../src/lib/site/browser/runner.ts';
import { viewKey } from '../../../../src/lib/site/browser/view.ts';
import { parseViewState } from '../../../../src/lib/site/url-state.ts';
import { type OpenFixture, openColumns, openFixture } from '../../metrics/fixture.ts';

const QUARTER = '2026-Q3';
const P = '{period}';

/** The cards of the two pages as satisfaction.astro and response-times.astro declare them (English titles). */
function cards(locale: Locale): (ChartSpec & { title: string; note?: string })[] {
  const m = messagesFor(locale);
  const s = m.satisfaction;
  const r = m.responseTimes;
  const page = 'response-times/';
  return [
    { kind: 'trend', title: s.trend('{grain}'), note: s.trendNote(P), params: { metric: 'csat', grain: 'month', window: 'all', target: true, width: 1100, height: 260 } },
    { kind: 'bars', title: s.byChannel(P), params: { metric: 'csat', by: 'channel', target: true } },
    { kind: 'bars', title: s.byTeam(P), params: { metric: 'csat', by: 'team', target: true, entityLinks: true } },
    { kind: 'score-distribution', title: s.distribution(P), params: { metric: 'survey_scores', width: 480 } },
    { kind: 'survey-methods', title: s.method(P), params: { metric: 'survey_methods' } },
    { kind: 'trend', title: s.responseRate('{grain}'), params: { metric: 'survey_response_rate', grain: 'month', window: 'all', target: true } },
    { kind: 'comments', title: s.comments, params: { metric: 'survey_comments', limit: 20 } },
    { kind: 'frt-histogram', title: r.histogram(P), params: { metric: 'response_time_distribution', height: 260 } },
    { kind: 'frt-ecdf', title: r.ecdf(P), params: { metric: 'response_time_distribution', height: 260 } },
    { kind: 'bars', title: r.attainmentByChannel(P), params: { metric: 'sla_frt_attainment', by: 'channel', target: true, filterLinks: page, valueLabel: r.attainment } },
    { kind: 'bars', title: r.attainmentByPriority(P), params: { metric: 'sla_frt_attainment', by: 'priority', target: true, keepOrder: true, filterLinks: page } },
    { kind: 'frt-breakdown', title: `${r.byChannel(P)} · ${r.byPriority(P)}`, params: { metric: 'frt_median', filterLinks: page } },
    { kind: 'trend', title: r.slaTrend('{grain}'), params: { metric: 'sla_frt_attainment', also: ['sla_resolution_attainment'], grain: 'month', window: 'all', target: true } },
    { kind: 'heatmap', title: r.heatmap(P), params: { metric: 'load_matrix' } },
  ];
}

const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A page as Chart.astro writes its cards (the prerendered body left empty: only what the browser reads and writes). */
function page(locale: Locale): Document {
  const html = cards(locale).map((c) => `<section data-chart-card data-chart-id="${c.kind}" data-chart-params="${attr(JSON.stringify(c.params))}">
    <h3 data-text-template="${attr(c.title)}">${c.title}</h3>${c.note ? `<p class="chart-note" data-text-template="${attr(c.note)}"></p>` : c.kind.startsWith('frt-') ? '<p class="chart-note"></p>' : ''}
    <div class="chart-body"></div><details class="chart-table"><div class="table-scroll"></div></details></section>`).join('');
  return parseHTML(`<!doctype html><html lang="${locale}"><body><section data-filters data-default-quarter="${QUARTER}"></section>${html}</body></html>`).document as unknown as Document;
}

// Plot numbers its marker and clip ids with a process-wide counter (as in Plot's own snapshot tests).
const normal = (html: string | undefined) => html?.replace(/\bplot-(marker|clip|pattern)-\d+/g, 'plot-$1-N');

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')), 60_000);
afterAll(() => f.db.close());

describe('each kind queries through the metric modules for the view', () => {
  const VIEWS = ['quarter=2026-Q3&team=售后一组&channel=chat,email', 'from=2026-06-01&to=2026-08-31&priority=normal,high&grain=week'];
  for (const query of VIEWS) {
    test(query, async () => {
      const view = parseViewState(query).state;
      const plan = planPage(page('en'));
      expect(plan.unknown).toEqual([]);
      const asOf = f.ctx.asOf.local.slice(0, 10);
      const run = (id: string, q: Parameters<ReturnType<typeof getMetric>['run']>[2]) => getMetric(id, f.ctx.config).run(f.db, f.ctx, q);
      for (const card of plan.charts) {
        const req = chartRequest(card, view, { fiscalStartMonth: 1 }, 'en');
        const { filter, dims } = req.view;
        const got = await CHART_KINDS[card.kind]!.query(f.db, f.ctx, req);
        const p = card.params;
        let want: unknown;
        switch (card.kind) {
          case 'trend': {
            const ids = [p.metric, ...(p.also ?? [])];
            const start = (b: string) => (/^\d{4}-\d{2}$/.test(b) ? `${b}-01` : b);
            const rows = await Promise.all(ids.map((id) => run(id, { filter: dims, grain: view.grain ?? p.grain })));
            want = (ids.length > 1 ? rows.flatMap((rs, i) => rs.map((r) => ({ ...r, group: ids[i] }))) : rows[0]!).filter((r: MetricRow) => start(r.bucket) <= asOf);
            break;
          }
          case 'bars': want = await run(p.metric, { filter, by: p.by }); break;
          case 'score-distribution': want = await scoreCounts(f.db, filter); break;
          case 'survey-methods': want = await methodSplit(f.db, filter); break;
          case 'comments': want = await recentComments(f.db, filter, 20); break;
          case 'frt-histogram': case 'frt-ecdf':
            want = {
              distribution: (await responseTimeDistribution(f.db, f.ctx, { filter, maxPoints: 300 }))[0],
              channels: (await run('frt_median', { filter, by: 'channel' })).map((r) => r.group),
            };
            break;
          case 'frt-breakdown': {
            const out: Record<string, unknown[]> = {};
            for (const by of ['channel', 'priority'] as const) {
              const [median, p90, att] = await Promise.all(['frt_median', 'frt_p90', 'sla_frt_attainment'].map((id) => run(id, { filter, by })));
              const keys = [...new Set([...median!, ...att!].map((r) => r.group!))];
              out[by] = keys.map((key) => ({
                key, median: median!.find((r) => r.group === key)?.value ?? null, p90: p90!.find((r) => r.group === key)?.value ?? null,
                attainment: att!.find((r) => r.group === key)?.value ?? null, due: att!.find((r) => r.group === key)?.n ?? 0,
              }));
            }
            const strip = (o: Record<string, { key: string; n?: number; target?: unknown }[]>) =>
              Object.fromEntries(Object.entries(o).map(([k, rows]) => [k, rows.map(({ n: _n, target: _t, ...r }) => r).sort((a, b) => a.key.localeCompare(b.key))]));
            expect(strip(got as never), `${query}: frt-breakdown`).toEqual(strip(out as never));
            continue;
          }
          case 'heatmap': want = await loadMatrix(f.db, f.ctx, filter); break;
          default: throw new Error(`no expectation for kind ${card.kind}`);
        }
        expect(got, `${query}: ${card.kind} ${JSON.stringify(p)}`).toEqual(want);
      }
    });
  }

  test('the views are not trivial: the filtered kinds see fewer rows than the quarter', async () => {
    const q3 = quarterRange(QUARTER, f.ctx.config);
    const all = await scoreCounts(f.db, q3);
    const chat = await scoreCounts(f.db, { ...q3, channels: ['chat'] });
    expect(chat.reduce((s, r) => s + r.count, 0)).toBeLessThan(all.reduce((s, r) => s + r.count, 0));
  });
});

describe('the browser draws what the build prerendered', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`default view, ${locale}: same rows, same chart and table markup, same heading`, async () => {
      const plan = planPage(page(locale));
      const specs = cards(locale);
      for (const [i, card] of plan.charts.entries()) {
        const built = await prerenderOn({ db: f.db, ctx: f.ctx, quarter: QUARTER }, { kind: card.kind, params: card.params }, { locale, title: specs[i]!.title, note: specs[i]!.note }, doc());
        // The URL names no view: the browser's request is the build's, drawn with native tooltips for the comparison.
        const req = { ...chartRequest(card, parseViewState('').state, { defaultQuarter: QUARTER, fiscalStartMonth: 1 }, locale), interactive: false };
        const kind = CHART_KINDS[card.kind]!;
        const rows = await kind.query(f.db, f.ctx, req);
        expect(rows, card.kind).toEqual(built.rows);
        const out = kind.render(rows, f.ctx, req, doc());
        expect(req.title).toBe(built.title);
        expect(req.title).not.toMatch(/\{(period|grain)\}/);
        expect(normal(out.chart.outerHTML), `${card.kind}: chart`).toBe(normal(built.chart.outerHTML));
        expect(normal(out.table?.outerHTML), `${card.kind}: table`).toBe(normal(built.table?.outerHTML));
        expect(out.note ?? cardTexts(card.el, req.view, req.params.grain, locale).note, `${card.kind}: note`).toBe(built.note);
      }
    });
  }
});

describe('re-rendering the pages for a view', () => {
  test('every card redraws from the planned columns alone, headings name the view, no card fails', async () => {
    const d = page('en');
    const plan = planPage(d);
    const cols = await planColumns(plan, f.ctx);
    expect(cols.surveys).toEqual(expect.arrayContaining(['comment', 'method', 'score', 'submitted_local']));
    expect(cols.tickets).toEqual(expect.arrayContaining(['frt_min', 'created_local', 'sla_due_local']));
    const db: NativeDb = await openColumns(f.outDir, cols);
    try {
      const view = parseViewState('from=2026-07-01&to=2026-08-15&channel=chat&grain=week').state;
      await pageRenderer(plan, db, f.ctx, 'en', d, { defaultQuarter: QUARTER })(view);
      const cardsEl = [...d.querySelectorAll('[data-chart-id]')];
      expect(cardsEl.filter((c) => c.hasAttribute('data-error')).map((c) => c.querySelector('.chart-body')!.textContent)).toEqual([]);
      expect(cardsEl.map((c) => c.getAttribute('data-rendered-view'))).toEqual(cardsEl.map(() => viewKey(view)));
      const headings = cardsEl.map((c) => c.querySelector('h3')!.textContent!);
      expect(headings).toContain('CSAT by week');
      const f8 = createFormat('en');
      expect(headings).toContain(`CSAT by channel, ${messagesFor('en').format.range(f8.date('2026-07-01'), f8.date('2026-08-15'))}`);
      expect(headings.every((h) => !/\{(period|grain)\}/.test(h) && !h.includes(QUARTER))).toBe(true);
      // Only chat in the view: the channel bars and the histogram note name chat alone.
      expect(d.querySelector('[data-chart-id="frt-histogram"] .chart-note')!.textContent).toMatch(/— Chat 5 min$/);
      const bars = cardsEl.filter((c) => c.getAttribute('data-chart-id') === 'bars')[0]!;
      expect([...bars.querySelectorAll('.table-scroll tbody th')].map((th) => th.textContent)).toEqual(['Chat']);
      expect(d.querySelector('[data-chart-id="comments"] .chart-body')!.textContent).toContain('[phone]');
    } finally {
      await db.close();
    }
  });

  test('a kind whose query fails shows the error card naming the metric, and still marks the view', async () => {
    const d = page('en');
    const plan = planPage(d);
    const failing = { query: async () => { throw new Error('boom'); } };
    const broken = { ...plan, charts: plan.charts.filter((c) => c.kind === 'heatmap') };
    const original = CHART_KINDS.heatmap!.query;
    (CHART_KINDS.heatmap as { query: unknown }).query = failing.query;
    try {
      await pageRenderer(broken, f.db, f.ctx, 'en', d, { defaultQuarter: QUARTER })(parseViewState('quarter=2026-Q2').state);
    } finally {
      (CHART_KINDS.heatmap as { query: unknown }).query = original;
    }
    const card = d.querySelector('[data-chart-id="heatmap"]')!;
    expect(card.getAttribute('data-error')).toBe('load_matrix');
    expect(card.querySelector('[data-chart="error"]')!.textContent).toContain('boom');
    expect(card.getAttribute('data-rendered-view')).toBe('quarter=2026-Q2');
    expect(card.querySelector('h3')!.textContent).toContain('2026-Q2');
  });

  test('an empty view says so', async () => {
    const d = page('en');
    const plan = planPage(d);
    await pageRenderer(plan, f.db, f.ctx, 'en', d, { defaultQuarter: QUARTER })(parseViewState('quarter=2024-Q1').state);
    const empty = [...d.querySelectorAll('[data-chart-id]')].filter((c) => c.hasAttribute('data-empty')).map((c) => c.getAttribute('data-chart-id'));
    expect(empty).toEqual(expect.arrayContaining(['bars', 'score-distribution', 'survey-methods', 'comments', 'frt-histogram', 'frt-ecdf', 'frt-breakdown', 'heatmap']));
    expect(d.querySelector('[data-chart-id="heatmap"] .chart-body [data-chart="empty"]')).not.toBeNull();
  });
});
