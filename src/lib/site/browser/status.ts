/**
 * The engine's DOM signals: `<html data-engine>` (and `data-db`, the e2e suite's name) for tests and
 * benchmarks, and the visible status pill with its polite live region.
 */

/** Engine states as `<html data-engine>` shows them. */
export type EngineState = 'loading' | 'ready' | 'error';

/** Updates the status pill and the `<html>` signals. */
export interface Status {
  set(state: EngineState, detail?: string): void;
  progress(fraction: number): void;
}

const HIDE_AFTER_MS = 2500;

/** Binds the pill rendered by Base.astro (`[data-engine-status]`); works without it too. */
export function bindStatus(doc: Document = document): Status {
  const root = doc.documentElement;
  const pill = doc.querySelector<HTMLElement>('[data-engine-status]');
  const label = pill?.querySelector<HTMLElement>('[data-engine-label]');
  const pct = pill?.querySelector<HTMLElement>('[data-engine-pct]');
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    set(state, detail) {
      root.dataset.engine = state;
      root.dataset.db = state;
      if (!pill || !label) return;
      clearTimeout(timer);
      pill.hidden = false;
      pill.dataset.state = state;
      label.textContent = pill.dataset[state] ?? state;
      pill.title = detail ?? '';
      if (pct) pct.textContent = state === 'loading' ? '0%' : '';
      // The ready note only needs to be seen once; the error stays so the reader knows the values are static.
      if (state === 'ready') timer = setTimeout(() => { pill.hidden = true; }, HIDE_AFTER_MS);
    },
    progress(fraction) {
      const p = Math.max(0, Math.min(100, Math.round(fraction * 100)));
      if (pct) pct.textContent = `${p}%`;
      pill?.style.setProperty('--engine-progress', `${p}%`);
    },
  };
}
