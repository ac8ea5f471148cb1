/**
 * Headings and captions that name the quarter a block shows ("Scorecard 2026-Q3"). The build writes
 * the text and `data-quarter-text="<key>"`; the browser rewrites every such element when the view
 * moves to another quarter, so a heading never names a quarter the numbers are not from.
 */
import { messagesFor } from '../../i18n/index.ts';
import type { Locale, Messages } from '../../i18n/index.ts';

const TEXTS = {
  'scorecard.teams': (m: Messages, q: string) => `${m.scorecard.teams} · ${q}`,
  'scorecard.agents': (m: Messages, q: string) => `${m.scorecard.agents} · ${q}`,
  'drill.scorecard': (m: Messages, q: string) => m.drill.scorecard(q),
  'drill.members': (m: Messages, q: string) => m.drill.members(q),
  'drill.teamsThatQuarter': (m: Messages, q: string) => m.drill.teamsThatQuarter(q),
} satisfies Record<string, (m: Messages, quarter: string) => string>;

/** Keys of the quarter texts. */
export type QuarterTextKey = keyof typeof TEXTS;

/** The text of `key` for a quarter in a locale. */
export function quarterText(key: QuarterTextKey, locale: Locale, quarter: string): string {
  return TEXTS[key](messagesFor(locale), quarter);
}

/** Rewrites every `[data-quarter-text]` under `root` for the quarter (unknown keys are left alone). */
export function renderQuarterTexts(root: ParentNode, locale: Locale, quarter: string): void {
  for (const el of root.querySelectorAll('[data-quarter-text]')) {
    const key = el.getAttribute('data-quarter-text') as QuarterTextKey;
    if (key in TEXTS) el.textContent = quarterText(key, locale, quarter);
  }
}
