/**
 * The reference numbers: `npm run report -- --format json` (scripts/report.ts) for given filters,
 * cached on disk per filter set and data version, and a lookup from a page's `data-metric` element
 * to the report's value.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The filters the report CLI understands. */
export interface ReportFilters {
  quarter?: string;
  teams?: string[];
  agents?: string[];
  channels?: string[];
}

interface Card {
  team: string | null;
  agent: string | null;
  tickets: number;
  total: number | null;
  rank: number | null;
  previous: number | null;
  delta: number | null;
  components: Record<string, { metric: string; value: number | null; points: number | null }>;
}

/** One period of the report (the subset the checks read). */
export interface ReportPeriod {
  period: string;
  metrics: Record<string, number | null>;
  n: Record<string, number>;
  scorecards?: { teams: Card[]; agents: Card[] };
}

/** The report JSON (the subset the checks read). */
export interface Report {
  periods: ReportPeriod[];
}

function argsFor(f: ReportFilters): string[] {
  const args = ['--format', 'json'];
  if (f.quarter) args.push('--quarter', f.quarter);
  for (const t of f.teams ?? []) args.push('--team', t);
  for (const a of f.agents ?? []) args.push('--agent', a);
  for (const c of f.channels ?? []) args.push('--channel', c);
  return args;
}

const memo = new Map<string, Promise<Report>>();

/** Runs the report for the filters (cached per filters and manifest mtime); throws naming what is missing. */
export function report(root: string, filters: ReportFilters): Promise<Report> {
  const script = join(root, 'scripts', 'report.ts');
  if (!existsSync(script)) return Promise.reject(new Error('numbers check: scripts/report.ts (npm run report) does not exist yet — the metric layer has not landed'));
  const args = argsFor(filters);
  const manifest = join(root, 'public', 'data', 'manifest.json');
  const version = `${statSync(manifest).mtimeMs}:${statSync(script).mtimeMs}`;
  const key = createHash('sha1').update(JSON.stringify([args, version])).digest('hex').slice(0, 16);
  let hit = memo.get(key);
  if (!hit) {
    hit = (async () => {
      const dir = join(root, '.cache', 'e2e', 'report');
      const file = join(dir, `${key}.json`);
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Report;
      const { stdout } = await exec(join(root, 'node_modules', '.bin', 'tsx'), [script, ...args], { cwd: root, maxBuffer: 256 * 1024 * 1024 }).catch((e: Error & { stderr?: string }) => {
        throw new Error(`npm run report -- ${args.join(' ')} failed: ${e.stderr || e.message}`);
      });
      const parsed = JSON.parse(stdout) as Report;
      if (!Array.isArray(parsed.periods)) throw new Error(`npm run report -- ${args.join(' ')}: output has no "periods" array`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, stdout);
      return parsed;
    })();
    memo.set(key, hit);
  }
  return hit;
}

/** A value on a page: one `[data-metric][data-value]` element. */
export interface ShownValue {
  metric: string;
  /** the raw `data-value` ('' means no value) */
  value: string;
  team?: string;
  agent?: string;
}

/** Where a page value's reference comes from: a headline metric (possibly with a team/agent filter) or a scorecard field. */
export type Lookup =
  | { kind: 'headline'; filters: ReportFilters; metric: string }
  | { kind: 'card'; who: 'team' | 'agent'; name: string; field: string };

const CARD_FIELDS: Record<string, keyof Card> = {
  scorecard: 'total', scorecard_total: 'total', total: 'total', score: 'total',
  rank: 'rank', scorecard_rank: 'rank', delta: 'delta', scorecard_delta: 'delta',
  previous: 'previous', scorecard_previous: 'previous', tickets: 'tickets',
};

/**
 * Decides which report figure a page value must equal, given the page's own filters: a value with a
 * team or agent is a scorecard cell unless preferHeadline (then: the headline metric filtered to them).
 */
export function lookupFor(v: ShownValue, page: ReportFilters, headlineIds: ReadonlySet<string>, preferHeadline = false): Lookup {
  const who = v.agent ? 'agent' : v.team ? 'team' : undefined;
  if (who && !preferHeadline) return { kind: 'card', who, name: (v.agent ?? v.team)!, field: v.metric };
  if (headlineIds.has(v.metric)) {
    const filters: ReportFilters = { ...page };
    if (v.team && !(page.teams ?? []).includes(v.team)) filters.teams = [...(page.teams ?? []), v.team];
    if (v.agent && !(page.agents ?? []).includes(v.agent)) filters.agents = [...(page.agents ?? []), v.agent];
    return { kind: 'headline', filters, metric: v.metric };
  }
  return { kind: 'headline', filters: page, metric: v.metric };
}

/** The report's figure for a card lookup, or a message saying why there is none. */
export function cardValue(period: ReportPeriod, l: Extract<Lookup, { kind: 'card' }>): number | null | string {
  const cards = l.who === 'agent' ? period.scorecards?.agents : period.scorecards?.teams;
  if (!cards) return `the report has no scorecards for period ${period.period}`;
  const card = cards.find((c) => (l.who === 'agent' ? c.agent : c.team) === l.name);
  if (!card) return `the report has no ${l.who} scorecard for "${l.name}" in ${period.period}`;
  const field = CARD_FIELDS[l.field];
  if (field) return card[field] as number | null;
  const [comp, part] = l.field.split(/[.:]/) as [string, string | undefined];
  const c = card.components[comp] ?? Object.values(card.components).find((x) => x.metric === comp);
  if (!c) return `unknown data-metric "${l.field}" for ${l.who} "${l.name}": not a report metric, scorecard field (${Object.keys(CARD_FIELDS).join(', ')}) or component (${Object.keys(card.components).join(', ')})`;
  return part === 'points' ? c.points : c.value;
}

/** Whether a shown `data-value` equals the reference within a relative tolerance of 1e-9. */
export function sameNumber(shown: string, expected: number | null): boolean {
  if (expected == null) return shown === '' || shown === 'null';
  const v = Number(shown);
  if (shown === '' || !Number.isFinite(v)) return false;
  return Math.abs(v - expected) <= 1e-9 * Math.max(Math.abs(v), Math.abs(expected)) || v === expected;
}
