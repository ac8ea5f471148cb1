/**
 * Build-time only: prerenders a chart card through its browser chart kind (src/lib/site/browser/charts.ts)
 * for the default view — the data's latest quarter, no other filter — so the page shows, without
 * JavaScript, exactly what the browser draws for that view. Queries are shared by both languages.
 */
import type { Locale } from '../../i18n/index.ts';
import type { Db } from '../../lib/db/db.ts';
import type { MetricContext } from '../../lib/metrics/index.ts';
import { CHART_KINDS } from '../../lib/site/browser/charts.ts';
import type { ChartOutput, ChartParams, ChartRequest } from '../../lib/site/browser/charts.ts';
import { fillText } from '../../lib/site/browser/period-text.ts';
import { viewQuery } from '../../lib/site/browser/view.ts';
import { DEFAULT_VIEW } from '../../lib/site/url-state.ts';
import { buildDataset } from './dataset.ts';

/** A chart card's kind and parameters (Chart.astro's `chart` prop). */
export interface ChartSpec {
  kind: string;
  params: ChartParams;
}

/** The card's texts as the page wrote them (templates naming `{period}` and `{grain}`). */
export interface CardTexts {
  locale: Locale;
  title: string;
  note?: string;
}

/** A prerendered card: the kind's output, with its heading and note filled for the default view. */
export type Prerendered = ChartOutput & { title: string; rows: unknown };

type Dataset = { db: Db; ctx: MetricContext; quarter: string };

/** A text template filled for the default view (no filter, the dataset's quarter). */
function filler(dataset: Dataset, spec: ChartSpec, locale: Locale) {
  const view = viewQuery({ ...DEFAULT_VIEW, lang: locale }, { defaultQuarter: dataset.quarter, fiscalStartMonth: dataset.ctx.config.fiscal_year_start_month });
  return { view, fill: (t: string) => fillText(t, view, spec.params.grain, locale) };
}

/** Prerenders a card on an open dataset whose default view is `quarter`; `cache` shares query results between calls. */
export async function prerenderOn(dataset: Dataset, spec: ChartSpec, texts: CardTexts, document: Document, cache?: Map<string, Promise<unknown>>): Promise<Prerendered> {
  const kind = CHART_KINDS[spec.kind];
  if (!kind) throw new RangeError(`invalid chart kind: ${spec.kind}`);
  const { db, ctx } = dataset;
  const { view, fill } = filler(dataset, spec, texts.locale);
  const req: ChartRequest = { params: spec.params, view, locale: texts.locale, title: fill(texts.title), interactive: false };
  // Labels in the params are per language; the rows are not.
  const { valueLabel: _label, ...queryParams } = spec.params;
  const key = JSON.stringify([spec.kind, queryParams]);
  let rows = cache?.get(key);
  if (!rows) {
    rows = kind.query(db, ctx, req);
    cache?.set(key, rows);
  }
  const data = await rows;
  const out = kind.render(data, ctx, req, document);
  return { ...out, rows: data, title: req.title, note: out.note ?? (texts.note === undefined ? undefined : fill(texts.note)) };
}

const cache = new Map<string, Promise<unknown>>();

/** Prerenders a card on the build's dataset (`public/data`). */
export async function prerenderChart(spec: ChartSpec, texts: CardTexts, document: Document): Promise<Prerendered> {
  return prerenderOn(await buildDataset(), spec, texts, document, cache);
}

/** A card's heading or note filled for the default view, for when its chart failed (the raw template if the dataset did too). */
export async function defaultText(spec: ChartSpec, locale: Locale, text: string): Promise<string> {
  try {
    return filler(await buildDataset(), spec, locale).fill(text);
  } catch {
    return text;
  }
}
