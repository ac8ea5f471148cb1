/** Runs one ingest and prints its timing and peak memory as JSON (spawned by bench/ingest.ts). */
import { parseArgs } from 'node:util';
import { ingest } from '../lib/ingest.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' }, reports: { type: 'string' }, reader: { type: 'string', default: 'auto' } } });
const started = performance.now();
const result = await ingest(
  { dataDir: values.data!, outDir: values.out!, configPath: values.config, reportsDir: values.reports, reader: values.reader as 'auto' | 'native' | 'js' },
  { logger: { info: () => {}, warn: () => {}, error: (l) => console.error(l), debug: (l) => console.error(`  ${l}`) } },
);
const ms = performance.now() - started;
const rows = result.manifest.files.reduce((a, f) => a + f.rows_read, 0);
console.log(JSON.stringify({ ms, rows, max_rss_mb: process.resourceUsage().maxRSS / 1024, tables: result.manifest.tables }));
