import { describe, expect, it } from 'vitest';
import * as charts from '../../../src/components/charts/index.ts';
import * as fx from './fixtures.ts';
import { newDocument, normalize } from './render.ts';

const document = newDocument();
const snap = (name: string) => new URL(`./output/${name}.svg`, import.meta.url).pathname;

const cases: [string, () => Element][] = [
  ['trend-multi-en', () => charts.trendChart(fx.trend, { document, locale: 'en', unit: 'share', target: 0.9, yLabel: 'CSAT', xLabel: 'Week', ariaLabel: 'CSAT by week and channel' })],
  ['trend-zh', () => charts.trendChart(fx.csatTrend, { document, unit: 'share', target: 0.9, yLabel: '满意度', ariaLabel: '满意度周趋势' })],
  ['bars-en', () => charts.barChart(fx.bars, { document, locale: 'en', unit: 'share', target: 0.9, valueLabel: 'CSAT', keyLabels: { chat: 'Chat', phone: 'Phone', email: 'Email', onsite: 'On-site' }, ariaLabel: 'CSAT by channel' })],
  ['bars-grouped-vertical', () => charts.barChart(fx.groupedBars, { document, locale: 'en', unit: 'minutes', orientation: 'vertical', keepOrder: true, valueLabel: 'First response', ariaLabel: 'First response by channel' })],
  ['histogram-log', () => charts.histogramChart(fx.histogram.bins, { document, locale: 'en', xLabel: 'First response time', omitted: fx.histogram.omitted, rules: [{ value: 5, label: 'SLA 5 min' }], ariaLabel: 'First response distribution' })],
  ['ecdf', () => charts.ecdfChart(fx.ecdf, { document, locale: 'en', xLabel: 'First response time', rules: [{ value: 240, label: 'SLA 4 h' }], ariaLabel: 'Share answered within' })],
  ['heatmap-zh', () => charts.heatmapChart(fx.heat, { document, valueLabel: '工单数', ariaLabel: '按星期和时段的工单量' })],
  ['sparkline', () => charts.sparkline(fx.spark, { document, locale: 'en', unit: 'share', target: 0.9 })],
  ['score-distribution', () => charts.scoreDistributionChart(fx.scores, { document, locale: 'en', xLabel: 'Score', ariaLabel: 'Score distribution' })],
];

describe('charts', () => {
  for (const [name, render] of cases) {
    it(`${name} renders deterministically with an accessible name`, async () => {
      const el = render();
      expect(el.getAttribute('aria-label')).toBeTruthy();
      expect(el.querySelector('title') ?? el.querySelector('svg title')).toBeTruthy();
      await expect(normalize(el)).toMatchFileSnapshot(snap(name));
      expect(normalize(render())).toBe(normalize(el));
    });
  }

  it('prerendered charts carry native tooltips', () => {
    const el = charts.barChart(fx.bars, { document, locale: 'en', unit: 'share' });
    expect([...el.querySelectorAll('title')].some((t) => t.textContent?.includes('Chat') || t.textContent?.includes('chat'))).toBe(true);
  });

  it('marks small samples as "n < 10" instead of a number', () => {
    const el = charts.barChart(fx.bars, { document, locale: 'en', unit: 'share' });
    expect(el.textContent).toContain('n < 10');
  });

  it('the heat map legend is discrete (no canvas image)', () => {
    const el = charts.heatmapChart(fx.heat, { document, locale: 'en' });
    expect(el.querySelector('image')).toBeNull();
    expect(el.querySelectorAll('svg').length).toBeGreaterThan(1);
  });

  it('empty data gives a message, not a blank box', () => {
    for (const el of [
      charts.trendChart([], { document, locale: 'en' }),
      charts.barChart([], { document, locale: 'en' }),
      charts.histogramChart([], { document, locale: 'en' }),
      charts.ecdfChart([], { document, locale: 'en' }),
      charts.heatmapChart([], { document, locale: 'en' }),
      charts.scoreDistributionChart([], { document, locale: 'en' }),
    ]) {
      expect(el.getAttribute('data-chart')).toBe('empty');
      expect(el.textContent).toBe('No data for this selection');
    }
  });

  it('an error card names the metric', () => {
    const el = charts.chartError('csat', new Error('Binder Error: column x'), { document, locale: 'en' });
    expect(el.getAttribute('role')).toBe('alert');
    expect(el.textContent).toContain('Could not compute csat');
  });

  it('log bins share edges with floor(log10(x) * perDecade) and count what they omit', () => {
    const { bins, omitted } = charts.logBins([1, 1.5, 10, 0, -2], 1);
    expect(omitted).toBe(2);
    expect(bins).toEqual([{ x1: 1, x2: 10, count: 2 }, { x1: 10, x2: 100, count: 1 }]);
  });

  it('ecdf points end at share 1 and stay few', () => {
    const pts = charts.ecdfPoints(fx.durations.map((value) => ({ value })), 40);
    expect(pts.length).toBeLessThanOrEqual(42);
    expect(pts.at(-1)!.share).toBe(1);
  });

  it('companion tables hold the same data', () => {
    const t = charts.barTable(fx.bars, { document, locale: 'en', unit: 'share', valueLabel: 'CSAT', keyLabel: 'Channel' });
    expect(t.querySelectorAll('tbody tr').length).toBe(4);
    expect(t.querySelector('tbody tr')?.textContent).toContain('93%');
    const s = charts.scoreDistributionTable(fx.scores, { document, locale: 'zh-CN' });
    expect(s.querySelectorAll('tbody tr').length).toBe(5);
    const h = charts.heatmapTable(fx.heat, { document, locale: 'en' });
    expect(h.querySelectorAll('tbody tr').length).toBe(7);
    const e = charts.ecdfTable(fx.ecdf, { document, locale: 'en' });
    expect(e.querySelectorAll('tbody tr').length).toBe(2);
    expect(charts.trendTable(fx.trend, { document, locale: 'en' }).querySelectorAll('tbody tr').length).toBe(16);
    expect(charts.histogramTable(fx.histogram.bins, { document }).querySelectorAll('tbody tr').length).toBe(fx.histogram.bins.length);
  });
});
