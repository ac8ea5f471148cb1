/**
 * npm run bench -- [--rows 100000,1000000] [--cold 3] [--skip-ingest]
 * For each size: the ingest benchmark (scripts/bench/ingest.ts, run as is: generates and caches the
 * data, ingests into .cache/bench-N-out), then the site benchmark (scripts/bench/site.ts) on that
 * output. Prints one table against the budgets in DESIGN.md and writes bench-results/bench-<time>.json
 * and bench-results/bench-latest.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSite, type SiteFigures } from './site.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000,1000000' }, cold: { type: 'string', default: '3' }, 'skip-ingest': { type: 'boolean', default: false } } });
const sizes = values.rows.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`invalid --rows: ${values.rows}`);
const root = process.cwd();
const log = (s: string) => console.log(`[bench] ${s}`);

interface IngestFigures { ingest_s: number; rows_per_s: number; rows_read: number }
type Row = { rows: number; ingest: IngestFigures | null; site: SiteFigures | null; errors: string[] };

/** A budget from DESIGN.md: which figure, its limit, and at which sizes it applies (undefined: every size). */
interface Budget { key: string; label: string; unit: string; limit?: number; only?: number }
const FIGURES: Budget[] = [
  { key: 'ingest_s', label: 'ingest time', unit: 's', limit: 5, only: 1_000_000 },
  { key: 'rows_per_s', label: 'ingest rows/s', unit: 'rows/s' },
  { key: 'build_s', label: 'build time', unit: 's' },
  { key: 'dist_mb', label: 'dist/ size', unit: 'MB' },
  { key: 'bytes_before_paint', label: 'bytes before first paint', unit: 'KB', limit: 300 },
  { key: 'bytes_total', label: 'bytes in total', unit: 'KB' },
  { key: 'prerendered_ms', label: 'prerendered overview visible (cold)', unit: 'ms', limit: 500 },
  { key: 'interactive_ms', label: 'filters interactive (cold)', unit: 'ms', limit: 3000, only: 1_000_000 },
  { key: 'requery_median_ms', label: 're-query + render, new view, median of 20', unit: 'ms', limit: 150, only: 1_000_000 },
  { key: 'requery_p90_ms', label: 're-query + render, new view, p90 of 20', unit: 'ms' },
  { key: 'revisit_median_ms', label: 'back to a view already shown, median', unit: 'ms' },
];

function figure(r: Row, key: string): number | null | undefined {
  const v = (r.ingest as Record<string, unknown> | null)?.[key] ?? (r.site as Record<string, unknown> | null)?.[key];
  if (v == null) return v as null | undefined;
  return key.startsWith('bytes') ? (v as number) / 1024 : (v as number);
}

const rows: Row[] = [];
for (const n of sizes) {
  const row: Row = { rows: n, ingest: null, site: null, errors: [] };
  rows.push(row);
  const result = join('bench-results', `ingest-${n}.json`);
  try {
    if (!values['skip-ingest'] || !existsSync(result)) {
      log(`ingest benchmark, ${n.toLocaleString('en-US')} tickets (scripts/bench/ingest.ts)`);
      execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/bench/ingest.ts', '--rows', String(n)], { stdio: 'inherit' });
    }
    row.ingest = JSON.parse(readFileSync(result, 'utf8')) as IngestFigures;
  } catch (e) {
    row.errors.push(`ingest: ${(e as Error).message.split('\n')[0]}`);
  }
  const dataDir = join('.cache', `bench-${n}-out`);
  if (!existsSync(join(dataDir, 'manifest.json'))) { row.errors.push(`site: no ingested data in ${dataDir}`); continue; }
  try {
    row.site = await benchSite({ root, dataDir, label: String(n), coldLoads: Number(values.cold), log });
  } catch (e) {
    row.errors.push(`site: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
}

const fmt = (v: number | null | undefined, unit: string) =>
  v == null ? 'n/a' : unit === 's' ? v.toFixed(2) : unit === 'MB' ? v.toFixed(1) : Math.round(v).toLocaleString('en-US');
const over: string[] = [];
const head = ['figure', ...rows.map((r) => `${r.rows.toLocaleString('en-US')} tickets`), 'budget'];
const body = FIGURES.map((f) => [
  `${f.label} (${f.unit})`,
  ...rows.map((r) => {
    const v = figure(r, f.key);
    const applies = f.limit != null && (f.only == null || f.only === r.rows);
    const bad = applies && v != null && v > f.limit!;
    if (bad) over.push(`${f.label} at ${r.rows.toLocaleString('en-US')}: ${fmt(v, f.unit)} ${f.unit} > ${f.limit} ${f.unit}`);
    return `${fmt(v, f.unit)}${bad ? ' OVER' : ''}`;
  }),
  f.limit == null ? '—' : `≤ ${f.limit.toLocaleString('en-US')}${f.only ? ` (at ${f.only.toLocaleString('en-US')})` : ''}`,
]);
const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${body.map(line).join('\n')}`);
for (const r of rows) for (const note of [...(r.site?.notes ?? []), ...r.errors]) console.log(`note (${r.rows.toLocaleString('en-US')}): ${note}`);
console.log(over.length ? `\nOVER BUDGET:\n  ${over.join('\n  ')}` : '\nall figures within budget');

mkdirSync('bench-results', { recursive: true });
const json = JSON.stringify({ at: new Date().toISOString(), budgets: FIGURES, results: rows, over_budget: over }, null, 2) + '\n';
writeFileSync(join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join('bench-results', 'bench-latest.json'), json);
if (rows.some((r) => r.errors.length)) process.exitCode = 1;
