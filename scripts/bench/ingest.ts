/**
 * npm run bench:ingest -- [--rows 1000000]
 * Generates N tickets + 0.4 N surveys once (cached in .cache/), ingests them in a fresh process and
 * prints rows/s, wall time, peak memory and Parquet size against the budget in DESIGN.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const BUDGET_MS = 5000;
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '1' } } });
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1) throw new Error(`invalid --rows: ${values.rows}`);

const dir = join('.cache', `bench-${rows}`);
if (!existsSync(join(dir, 'tickets.csv'))) {
  console.log(`generating ${rows.toLocaleString('en-US')} tickets into ${dir} (once; cached)…`);
  execFileSync('npx', ['tsx', 'scripts/generate-sample.ts', '--rows', String(rows), '--out', dir], { stdio: 'inherit' });
}

const runs = Number(values.runs);
const results: { ms: number; rows: number; max_rss_mb: number; tables: Record<string, { rows: number; bytes?: number }> }[] = [];
for (let i = 0; i < runs; i++) {
  const out = execFileSync(
    'npx',
    ['tsx', 'scripts/bench/ingest-child.ts', '--data', dir, '--out', join('.cache', `bench-${rows}-out`), '--config', 'data/config.json', '--reports', join('.cache', 'bench-reports')],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  results.push(JSON.parse(out.trim().split('\n').pop()!));
}
const best = results.reduce((a, b) => (b.ms < a.ms ? b : a));
const parquetMb = Object.values(best.tables).reduce((a, t) => a + (t.bytes ?? 0), 0) / 1e6;
const figures = {
  tickets: best.tables.tickets.rows,
  surveys: best.tables.surveys.rows,
  rows_read: best.rows,
  ingest_s: best.ms / 1000,
  rows_per_s: Math.round(best.rows / (best.ms / 1000)),
  peak_rss_mb: Math.round(best.max_rss_mb),
  parquet_mb: Number(parquetMb.toFixed(1)),
  budget_s: BUDGET_MS / 1000,
  over_budget: best.ms > BUDGET_MS,
};
const pad = (s: string) => s.padEnd(22);
console.log(`\ningest benchmark (${runs} run${runs > 1 ? 's' : ''}, best shown)`);
console.log(`${pad('rows read')}${figures.rows_read.toLocaleString('en-US')} (${figures.tickets.toLocaleString('en-US')} tickets, ${figures.surveys.toLocaleString('en-US')} surveys kept)`);
console.log(`${pad('ingest wall time')}${figures.ingest_s.toFixed(2)} s  (budget ${figures.budget_s} s${figures.over_budget ? ' — OVER BUDGET' : ''})`);
console.log(`${pad('rows/s')}${figures.rows_per_s.toLocaleString('en-US')}`);
console.log(`${pad('peak memory (RSS)')}${figures.peak_rss_mb} MB`);
console.log(`${pad('Parquet size')}${figures.parquet_mb} MB`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(join('bench-results', `ingest-${rows}.json`), JSON.stringify({ at: new Date().toISOString(), ...figures, runs: results.map((r) => r.ms) }, null, 2) + '\n');
