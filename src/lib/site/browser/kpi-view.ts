/**
 * What a KPI tile shows for a value: the formatted number or "n < 10", the target badge, the
 * denominator line and the change arrow. Shared by KpiTile.astro (build time) and the browser
 * re-render, so both print the same text for the same numbers.
 */
import { createFormat, messagesFor } from '../../../i18n/index.ts';
import type { DenominatorKey, Locale, ValueUnit } from '../../../i18n/index.ts';

/** The numbers behind one tile. */
export interface KpiInput {
  value: number | null | undefined;
  unit: ValueUnit;
  target?: number;
  /** change against the previous quarter, in the value's unit */
  delta?: number | null;
  lowerIsBetter?: boolean;
  denominator?: { n: number; noun: DenominatorKey };
  minObservations?: number;
}

/** The tile's texts and states. */
export interface KpiView {
  shown: string;
  small: boolean;
  /** undefined when there is no target, no value or too few observations */
  meets?: boolean;
  badge?: string;
  denominator?: string;
  target?: string;
  delta: { show: boolean; arrow: string; text: string; note: string; better?: boolean };
}

/** Formats one tile's numbers in a locale. */
export function kpiView(input: KpiInput, locale: Locale): KpiView {
  const { value, unit, target, delta, lowerIsBetter = false, denominator } = input;
  const m = messagesFor(locale);
  const f = createFormat(locale, { minObservations: input.minObservations });
  const small = denominator != null && f.isSmall(denominator.n);
  const meets = value == null || target == null || small ? undefined : lowerIsBetter ? value <= target : value >= target;
  // A change smaller than the shown precision reads as "no change", not as a coloured arrow.
  const flat = delta != null && Math.abs(delta) < (unit === 'share' ? 0.0005 : unit === 'score' ? 0.05 : 0.5);
  const better = delta == null || flat ? undefined : lowerIsBetter ? delta < 0 : delta > 0;
  const show = delta != null && !small;
  let denominatorText: string | undefined;
  if (denominator && !small && unit === 'share' && value != null) denominatorText = f.percentOf(value, denominator.n, denominator.noun);
  else if (denominator && !small && unit !== 'share') denominatorText = `n = ${f.count(denominator.n)}`;
  return {
    shown: small ? f.smallSample() : f.value(value, unit),
    small,
    meets,
    badge: meets === undefined ? undefined : meets ? m.kpiTile.onTarget : m.kpiTile.belowTarget,
    denominator: denominatorText,
    target: target != null ? `${m.kpiTile.target} ${lowerIsBetter ? '≤' : '≥'} ${f.value(target, unit)}` : undefined,
    delta: {
      show,
      arrow: show ? (flat ? '■' : delta! > 0 ? '▲' : '▼') : '',
      text: show ? f.delta(flat ? 0 : delta!, unit) : '',
      note: show ? m.kpiTile.vsPrevious : m.kpiTile.noPrevious,
      better,
    },
  };
}
