export { LOCALES, DEFAULT_LOCALE, isLocale, toLocale, localeSegment } from './locales.ts';
export type { Locale } from './locales.ts';
export { messagesFor, lookup, metricText } from './messages.ts';
export type { Messages, KpiId } from './messages.ts';
export { createFormat } from './format.ts';
export type { Format, DenominatorKey, ValueUnit } from './format.ts';
