import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { planPage } from '../../../../src/lib/site/browser/plan.ts';
import { renderChart, renderChartError, renderTile } from '../../../../src/lib/site/browser/render.ts';

const page = (body: string) => parseHTML(`<!doctype html><html lang="en"><body>${body}</body></html>`).document as unknown as Document;

const TILE = `<article class="kpi" data-kpi="csat" data-unit="share" data-noun="rated" data-target="0.9" data-min-observations="10">
  <h3 class="kpi-name">CSAT</h3><span class="kpi-badge" hidden></span>
  <p class="kpi-value" data-metric="csat" data-value="0.5" data-team="A">50%</p><span class="kpi-spark"></span>
  <span class="kpi-denominator"></span><span class="kpi-delta"></span></article>`;
const CARD = `<section data-chart-card data-metric="volume" data-chart-id="trend" data-chart-params='{"metric":"volume","grain":"week"}'>
  <h3>Volume</h3><div class="chart-body"><svg></svg></div><details class="chart-table"><div class="table-scroll"><table></table></div></details></section>`;

describe('planPage: the page contract', () => {
  test('reads tiles, chart cards, scope and the default quarter from the markup', () => {
    const plan = planPage(page(`<section data-filters data-default-quarter="2026-Q3"></section>${TILE}${CARD}
      <section data-chart-id="sankey" data-chart-params='{"metric":"csat"}'></section>`));
    expect(plan.defaults).toEqual({ defaultQuarter: '2026-Q3' });
    expect(plan.tiles.map(({ el: _el, ...t }) => t)).toEqual([
      { metric: 'csat', unit: 'share', noun: 'rated', target: 0.9, lowerIsBetter: false, minObservations: 10, scope: { team: 'A' }, name: 'CSAT' },
    ]);
    expect(plan.charts.map(({ el: _el, ...c }) => c)).toEqual([{ kind: 'trend', params: { metric: 'volume', grain: 'week' }, scope: {}, title: 'Volume' }]);
    expect(plan.unknown).toEqual(['sankey']);
  });
});

describe('renderers', () => {
  test('a tile gets value, unrounded data-value, badge, denominator and delta', () => {
    const doc = page(TILE);
    const [tile] = planPage(doc).tiles;
    renderTile(tile!, { value: 0.8765, n: 1204, unit: 'share', target: 0.9, delta: -0.012, spark: [] }, 'en', doc);
    const v = doc.querySelector('[data-metric="csat"]')!;
    expect(v.getAttribute('data-value')).toBe('0.8765');
    expect(v.textContent).toMatch(/87\.7\s?%|88\s?%/);
    expect(doc.querySelector('.kpi-badge')!.hasAttribute('hidden')).toBe(false);
    expect(doc.querySelector('.kpi')!.classList.contains('kpi-below')).toBe(true);
    expect(doc.querySelector('.kpi-denominator')!.textContent).toContain('1,204');
    expect(doc.querySelector('.kpi-delta')!.textContent).toContain('▼');
    expect(doc.querySelector('.kpi-delta')!.classList.contains('down')).toBe(true);
  });

  test('too few observations show "n < 10" and no badge, but keep the unrounded value', () => {
    const doc = page(TILE);
    const [tile] = planPage(doc).tiles;
    renderTile(tile!, { value: 1, n: 3, unit: 'share', target: 0.9, delta: null, spark: [] }, 'en', doc);
    expect(doc.querySelector('[data-metric="csat"]')!.textContent).toContain('10');
    expect(doc.querySelector('[data-metric="csat"]')!.getAttribute('data-value')).toBe('1');
    expect(doc.querySelector('.kpi-badge')!.hasAttribute('hidden')).toBe(true);
  });

  test('a failed chart query becomes the inline error card naming the metric; a later success replaces it', () => {
    const doc = page(CARD);
    const card = doc.querySelector('[data-chart-id]')!;
    renderChartError(card, 'volume', new Error('volume: query failed: boom'), 'en', doc);
    expect(card.querySelector('.chart-body [data-chart="error"]')!.getAttribute('data-metric')).toBe('volume');
    expect(card.getAttribute('data-error')).toBe('volume');
    renderChart(card, doc.createElement('figure'), doc.createElement('table'), true);
    expect(card.hasAttribute('data-error')).toBe(false);
    expect(card.hasAttribute('data-empty')).toBe(true);
    expect(card.querySelector('.table-scroll table')).not.toBeNull();
  });
});
