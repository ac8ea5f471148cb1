import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NativeDb } from '../../../../scripts/lib/db-native.ts';
import { getMetric, headline, quarterRange, shiftQuarter } from '../../../../src/lib/metrics/index.ts';
import type { MetricFilter } from '../../../../src/lib/metrics/index.ts';
import { planColumns, planPage } from '../../../../src/lib/site/browser/plan.ts';
import { QUARTER_ROW_IS_HEADLINE, metricRunner, pageRenderer, tileResult } from '../../../../src/lib/site/browser/runner.ts';
import { parseViewState } from '../../../../src/lib/site/url-state.ts';
import { type OpenFixture, openColumns, openFixture } from '../../metrics/fixture.ts';

const OVERVIEW_KPIS = ['csat', 'sla_frt_attainment', 'frt_median', 'resolution_median', 'complaint_timeliness', 'fcr', 'reopen_rate', 'survey_response_rate'];

/** Markup as KpiTile.astro and Chart.astro write it (only what the browser reads and writes). */
function overviewPage(quarter: string): Document {
  const tiles = OVERVIEW_KPIS.map((id) => `<article class="kpi" data-kpi="${id}" data-noun="tickets"><h3 class="kpi-name">${id}</h3>
    <span class="kpi-badge" hidden></span><p class="kpi-value" data-metric="${id}" data-value="0">0</p><span class="kpi-spark"></span>
    <span class="kpi-denominator"></span><span class="kpi-delta"></span></article>`).join('');
  const chart = (metric: string) => `<section data-chart-card data-metric="${metric}" data-chart-id="trend"
    data-chart-params='{"metric":"${metric}","grain":"week","window":"trailing","zero":true}'><h3>${metric}</h3>
    <div class="chart-body"></div><details class="chart-table"><div class="table-scroll"></div></details></section>`;
  const html = `<!doctype html><html lang="en"><body><section data-filters data-default-quarter="${quarter}"></section>${tiles}${chart('volume')}${chart('backlog')}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

async function quarters(f: OpenFixture): Promise<string[]> {
  return (await getMetric('volume', f.ctx.config).run(f.db, f.ctx, { grain: 'quarter' })).map((r) => r.bucket);
}

for (const name of ['basic', 'dst']) {
  describe(`browser re-render on fixture ${name}`, () => {
    let f: OpenFixture;
    beforeAll(async () => void (f = await openFixture(name)), 60_000);
    afterAll(() => f.db.close());

    test('a quarter row of the quarterly series equals the headline over that quarter', async () => {
      const dims: MetricFilter[] = [{}, { channels: ['chat', 'phone'], priorities: ['urgent', 'high', 'normal'] }];
      let compared = 0;
      for (const id of QUARTER_ROW_IS_HEADLINE) {
        const def = getMetric(id, f.ctx.config);
        for (const d of dims) {
          const series = await def.run(f.db, f.ctx, { filter: d, grain: 'quarter' });
          for (const q of [...(await quarters(f)), '2031-Q1']) {
            const direct = headline(await def.run(f.db, f.ctx, { filter: { ...d, ...quarterRange(q, f.ctx.config) }, grain: 'all' }));
            const row = headline(series.filter((r) => r.bucket === q));
            expect({ id, q, value: row.value, n: row.n }).toEqual({ id, q, value: direct.value, n: direct.n });
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(50);
    });

    test('a tile equals the direct queries: value, n, delta against the previous quarter', async () => {
      const plan = planPage(overviewPage('2026-Q3'));
      const run = metricRunner(f.db, f.ctx);
      for (const q of await quarters(f)) {
        const view = parseViewState(`quarter=${q}&channel=chat,phone`).state;
        for (const tile of plan.tiles) {
          const got = await tileResult(run, f.ctx, tile, view, { fiscalStartMonth: f.ctx.config.fiscal_year_start_month });
          const def = getMetric(tile.metric, f.ctx.config);
          const at = async (k: string) => headline(await def.run(f.db, f.ctx, { filter: { channels: ['chat', 'phone'], ...quarterRange(k, f.ctx.config) }, grain: 'all' }));
          const [now, before] = [await at(q), await at(shiftQuarter(q, -1))];
          expect({ m: tile.metric, value: got.value, n: got.n }).toEqual({ m: tile.metric, value: now.value, n: now.n });
          expect(got.delta).toEqual(now.value != null && before.value != null ? now.value - before.value : null);
        }
      }
    });

    test('the columns the plan names are enough: every tile and chart renders from them alone', async () => {
      const doc = overviewPage('2026-Q3');
      const plan = planPage(doc);
      const cols = await planColumns(plan, f.ctx);
      expect(cols.evaluations).toBeUndefined();
      const db: NativeDb = await openColumns(f.outDir, cols);
      try {
        const [q] = (await quarters(f)).slice(-1);
        await pageRenderer(plan, db, f.ctx, 'en', doc, {})(parseViewState(`quarter=${q}`).state);
        expect([...doc.querySelectorAll('[data-error], [data-metric][title]')].map((e) => e.outerHTML.slice(0, 200))).toEqual([]);
        for (const id of OVERVIEW_KPIS) {
          const direct = headline(await getMetric(id, f.ctx.config).run(f.db, f.ctx, { filter: quarterRange(q!, f.ctx.config), grain: 'all' }));
          expect(doc.querySelector(`[data-metric="${id}"]`)!.getAttribute('data-value')).toBe(direct.value == null ? '' : String(direct.value));
        }
        expect(doc.querySelectorAll('.chart-body svg, .chart-body figure').length).toBe(2);
      } finally {
        await db.close();
      }
    });
  });
}
