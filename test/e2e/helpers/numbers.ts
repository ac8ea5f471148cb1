/**
 * The numbers check: every `[data-metric][data-value]` on a page against `npm run report` for the
 * filters the page shows. Returns readable mismatch lines naming page, language and metric id.
 */
import type { Page } from 'playwright-core';
import { cardValue, lookupFor, report, sameNumber, type ReportFilters, type ShownValue } from './report.ts';

/** The values a page shows, read from its `data-metric`/`data-value` attributes. */
export function shownValues(page: Page): Promise<ShownValue[]> {
  return page.$$eval('[data-metric][data-value]', (els) => els.map((el) => ({
    metric: el.getAttribute('data-metric') ?? '',
    value: el.getAttribute('data-value') ?? '',
    team: el.getAttribute('data-team') ?? undefined,
    agent: el.getAttribute('data-agent') ?? undefined,
  })));
}

/** The report filters a page shows: its URL query, its default quarter, and the team or agent of a drill-down. */
export async function pageFilters(page: Page, drillDown?: { team?: string; agent?: string }): Promise<ReportFilters | string> {
  const q = new URL(page.url()).searchParams;
  for (const p of ['from', 'to', 'priority', 'category']) {
    if (q.has(p)) return `the page is filtered by "${p}", which npm run report cannot express (it has --quarter, --team, --agent, --channel)`;
  }
  const fallback = await page.evaluate(() =>
    document.querySelector('[data-filters]')?.getAttribute('data-default-quarter') || document.querySelector('[data-period]')?.getAttribute('data-period') || '');
  const f: ReportFilters = {
    quarter: q.get('quarter') ?? (fallback || undefined),
    teams: q.getAll('team'),
    agents: q.getAll('agent'),
    channels: q.getAll('channel').flatMap((c) => c.split(',')),
  };
  if (drillDown?.team && !f.teams!.includes(drillDown.team)) f.teams!.push(drillDown.team);
  if (drillDown?.agent && !f.agents!.includes(drillDown.agent)) f.agents!.push(drillDown.agent);
  return f;
}

const describeFilters = (f: ReportFilters) => [
  f.quarter ? `--quarter ${f.quarter}` : '',
  ...(f.teams ?? []).map((t) => `--team ${t}`),
  ...(f.agents ?? []).map((a) => `--agent ${a}`),
  ...(f.channels ?? []).map((c) => `--channel ${c}`),
].filter(Boolean).join(' ') || '(no filters)';

/** Compares every shown value with the report; returns one line per mismatch (empty when all agree). */
export async function numberMismatches(root: string, label: string, shown: ShownValue[], filters: ReportFilters): Promise<string[]> {
  if (shown.length === 0) return [`${label}: no element with data-metric and data-value on the page (DESIGN.md: every KPI value carries them)`];
  const base = await report(root, filters);
  const headlineIds = new Set(Object.keys(base.periods[0]?.metrics ?? {}));
  const out: string[] = [];
  for (const v of shown) {
    const who = v.agent ? ` data-agent="${v.agent}"` : v.team ? ` data-team="${v.team}"` : '';
    const name = `${label}: data-metric="${v.metric}"${who}`;
    let l = lookupFor(v, filters, headlineIds);
    // A scorecard cell names a component metric; a drill-down tile may name any headline metric.
    if (l.kind === 'card' && headlineIds.has(v.metric)) {
      const period = base.periods.find((p) => p.period === (filters.quarter ?? 'all'));
      if (!period || typeof cardValue(period, l) === 'string') l = lookupFor(v, filters, headlineIds, true);
    }
    const r = await report(root, l.kind === 'headline' ? l.filters : filters);
    const want = l.kind === 'headline' ? (l.filters.quarter ?? 'all') : (filters.quarter ?? 'all');
    const period = r.periods.find((p) => p.period === want);
    if (!period) { out.push(`${name}: the report has no period "${want}"`); continue; }
    const args = describeFilters(l.kind === 'headline' ? l.filters : filters);
    let expected: number | null | string;
    if (l.kind === 'headline') expected = l.metric in period.metrics ? period.metrics[l.metric]! : `unknown data-metric "${l.metric}": not in the report's metrics`;
    else expected = cardValue(period, l);
    if (typeof expected === 'string') out.push(`${name}: ${expected} (npm run report -- ${args})`);
    else if (!sameNumber(v.value, expected)) out.push(`${name}: page shows data-value="${v.value}", npm run report -- ${args} says ${expected}`);
  }
  return out;
}
