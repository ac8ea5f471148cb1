/**
 * Browser side of the filters bar: URL ⇄ form controls, notices for ignored parameters, copy link,
 * back/forward. Every change announces `sp:viewchange` on window with the new `ViewState`.
 */
import { parseViewState, serializeViewState } from '../lib/site/url-state.ts';
import type { Notice, ViewState } from '../lib/site/url-state.ts';
import { toLocale } from '../i18n/locales.ts';

/** Name of the event fired on window whenever the view state changes. */
export const VIEW_CHANGE = 'sp:viewchange';

const LIST = ['team', 'agent', 'channel', 'priority', 'category'] as const;
const SCALAR = ['quarter', 'from', 'to', 'grain'] as const;

type Control = HTMLInputElement | HTMLSelectElement;

/** The view state the current URL describes (ignoring notices). */
export function currentView(): ViewState {
  return withPageLocale(parseViewState(location.search).state);
}

/** The page's language comes from its path (html lang), whatever a `lang` parameter said. */
function withPageLocale(state: ViewState): ViewState {
  return { ...state, lang: toLocale(document.documentElement.lang) ?? state.lang };
}

/** Wires the filters bar on this page, if there is one. */
export function initFilters(root: ParentNode = document): void {
  const section = root.querySelector<HTMLElement>('[data-filters]');
  const form = section?.querySelector<HTMLFormElement>('[data-filters-form]');
  if (!section || !form) return;
  const json = <T>(s: string | undefined, fallback: T): T => { try { return s ? (JSON.parse(s) as T) : fallback; } catch { return fallback; } };
  const teams = json<string[]>(section.dataset.teams, []);
  const agents = json<string[]>(section.dataset.agents, []);
  const noticeText = json<Record<string, string>>(section.dataset.noticeText, {});
  const options = { teams: teams.length ? teams : undefined, agents: agents.length ? agents : undefined };
  const control = (name: string) => form.elements.namedItem(name) as Control | null;
  section.querySelector<HTMLElement>('[data-apply]')?.setAttribute('hidden', '');

  const showNotices = (notices: Notice[]) => {
    const box = section.querySelector<HTMLElement>('[data-notices]');
    const ul = box?.querySelector('ul');
    if (!box || !ul) return;
    ul.replaceChildren(...notices.map((n) => {
      const li = document.createElement('li');
      li.textContent = (noticeText[n.reason] ?? '{p}={v}').replace('{p}', n.param).replace('{v}', n.value);
      return li;
    }));
    box.hidden = notices.length === 0;
  };

  const setList = (el: Control, values: string[]) => {
    el.querySelectorAll('option[data-multi]').forEach((o) => o.remove());
    el.dataset.values = JSON.stringify(values);
    const joined = values.join(',');
    if (el instanceof HTMLSelectElement && values.length > 1) {
      const opt = new Option(values.map((v) => [...el.options].find((o) => o.value === v)?.text ?? v).join(' + '), joined, true, true);
      opt.dataset.multi = '';
      el.add(opt);
    }
    el.value = joined;
  };

  const toForm = (state: ViewState) => {
    for (const k of SCALAR) {
      const el = control(k);
      const v = state[k] ?? (k === 'quarter' && !state.from && !state.to ? section.dataset.defaultQuarter ?? '' : '');
      // A valid quarter outside the data's range still shows as chosen rather than as a blank select.
      if (el instanceof HTMLSelectElement && v && ![...el.options].some((o) => o.value === v)) el.add(new Option(v, v));
      if (el) el.value = v;
    }
    for (const k of LIST) { const el = control(k); if (el) setList(el, state[k]); }
  };

  const fromForm = (): string => {
    const params = new URLSearchParams();
    for (const k of SCALAR) { const v = control(k)?.value.trim(); if (v) params.append(k, v); }
    for (const k of LIST) {
      const el = control(k);
      const v = el?.value.trim() ?? '';
      if (!el || !v) continue;
      const kept = json<string[]>(el.dataset.values, []);
      for (const item of kept.join(',') === v ? kept : [v]) params.append(k, item);
    }
    return serializeViewState(parseViewState(params, options).state, { includeLang: false });
  };

  const announce = (state: ViewState) => window.dispatchEvent(new CustomEvent(VIEW_CHANGE, { detail: withPageLocale(state) }));

  const apply = (query: string) => {
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
    const { state } = parseViewState(query, options);
    toForm(state);
    announce(state);
  };

  form.addEventListener('change', (e) => {
    const name = (e.target as Control).name;
    if (name === 'quarter' && control('quarter')?.value) { control('from')!.value = ''; control('to')!.value = ''; }
    if ((name === 'from' || name === 'to') && control('quarter')) control('quarter')!.value = '';
    apply(fromForm());
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(fromForm()); });
  section.querySelector('[data-reset]')?.addEventListener('click', () => { showNotices([]); apply(''); });
  section.querySelector('[data-copy-link]')?.addEventListener('click', () => void copyLink(section));
  window.addEventListener('popstate', () => {
    const { state, notices } = parseViewState(location.search, options);
    toForm(state);
    showNotices(notices);
    announce(state);
  });

  const { state, notices } = parseViewState(location.search, options);
  toForm(state);
  showNotices(notices.filter((n) => n.param !== 'lang'));
  // Canonicalise the address so a copied link holds only what was understood.
  const canonical = serializeViewState(state, { includeLang: false });
  if (canonical !== location.search.replace(/^\?/, '')) history.replaceState(null, '', `${location.pathname}${canonical ? `?${canonical}` : ''}${location.hash}`);
  announce(state);
}

async function copyLink(section: HTMLElement): Promise<void> {
  const status = section.querySelector<HTMLElement>('[data-copy-status]');
  let ok = false;
  try {
    await navigator.clipboard.writeText(location.href);
    ok = true;
  } catch {
    // Clipboard API is unavailable on plain http intranet hosts; fall back to a selected text field.
    const input = document.createElement('textarea');
    input.value = location.href;
    input.setAttribute('readonly', '');
    input.style.position = 'fixed';
    input.style.opacity = '0';
    document.body.appendChild(input);
    input.select();
    ok = document.execCommand('copy');
    input.remove();
  }
  if (status) {
    status.textContent = (ok ? status.dataset.copied : status.dataset.failed) ?? '';
    setTimeout(() => { status.textContent = ''; }, 2500);
  }
}
