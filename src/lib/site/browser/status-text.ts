/** Texts of the interactive-data status pill, per locale (rendered into Base.astro's markup). */
import type { Locale } from '../../../i18n/index.ts';

/** What the pill says in each engine state. */
export interface StatusText {
  loading: string;
  ready: string;
  error: string;
  empty: string;
}

const TEXT: Record<Locale, StatusText> = {
  'zh-CN': {
    loading: '加载交互数据…',
    ready: '交互数据已就绪：筛选即时生效',
    error: '交互数据加载失败，显示的是预生成的数值',
    empty: '此筛选条件下没有数据',
  },
  en: {
    loading: 'Loading interactive data…',
    ready: 'Interactive data ready: filters apply instantly',
    error: 'Interactive data failed to load; showing the prerendered values',
    empty: 'No data for this selection',
  },
};

/** The pill's texts in a locale. */
export function statusText(locale: Locale): StatusText {
  return TEXT[locale];
}
