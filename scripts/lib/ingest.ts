import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Config } from '../../src/lib/config/index.ts';
import { decodeBytes, FileError, readExport, valueAt, type PresetName, type ReadResult, type Reject, type TableData, type TableName } from '../../src/lib/schema/index.ts';
import { BusinessClock } from '../../src/lib/time/business-hours.ts';
import { ZoneConverter } from '../../src/lib/time/zone.ts';
import { loadConfig } from './config-file.ts';
import { customerHasher } from './customer-hash.ts';
import { listExports } from './files.ts';
import { buildManifest, type Manifest } from './manifest.ts';
import { mergeResults, type Merged } from './merge.ts';
import { writeParquet } from './parquet.ts';
import { formatReject, writeRejects } from './rejects-report.ts';
import { summaryLines } from './summary.ts';

/** What to ingest and where to put it. */
export interface IngestOptions {
  dataDir: string;
  outDir: string;
  /** default: `<dataDir>/config.json` (a missing file means the handbook defaults) */
  configPath?: string;
  preset?: PresetName | null;
  /** any rejected row fails the run */
  strict?: boolean;
  /** where rejects.csv goes (never published); default `.reports` */
  reportsDir?: string;
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
}

/** Where the ingest reports progress (injected so tests stay quiet and can read it). */
export interface Logger {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
  /** phase timings, for the benchmark */
  debug?(line: string): void;
}

/** What a successful run produced. */
export interface IngestResult {
  manifest: Manifest;
  rejects: Reject[];
  rejectsPath: string;
  outDir: string;
}

/** A failed run: nothing under `outDir` was touched. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  ${p}`).join('\n')}` : message);
    this.name = 'IngestError';
  }
}

const TABLE_DATA = (m: Merged): Record<TableName, TableData> => ({ tickets: m.tickets, surveys: m.surveys, evaluations: m.evaluations, staff: m.staff });

/** Reads every export in `dataDir`, validates and merges it, and replaces `outDir` atomically with Parquet + manifest. */
export async function ingest(options: IngestOptions, { logger }: { logger: Logger }): Promise<IngestResult> {
  const reportsDir = options.reportsDir ?? '.reports';
  const configPath = options.configPath ?? join(options.dataDir, 'config.json');
  const config = loadConfig(configPath);
  const configHash = createHash('sha256').update(JSON.stringify(config)).digest('hex');
  if (!existsSync(options.dataDir)) throw new IngestError(`no data directory at ${options.dataDir}`);
  const names = listExports(options.dataDir);
  if (names.length === 0) throw new IngestError(`no exports (*.csv, *.tsv, *.txt) in ${options.dataDir}`);

  const t0 = performance.now();
  const lap = (what: string) => logger.debug?.(`${what}: ${(performance.now() - t0).toFixed(0)} ms`);
  const read = readAll(options, config, reportsDir, names);
  lap('read');
  const rejects = read.flatMap((r) => r.result.rejects);
  const rejectsPath = writeRejects(reportsDir, rejects);
  if (options.strict && rejects.length)
    throw new IngestError(`--strict: ${rejects.length} row${rejects.length > 1 ? 's' : ''} rejected (all in ${rejectsPath})`, rejects.slice(0, 10).map(formatReject));

  const merged = mergeResults(read.map((r) => r.result));
  lap('merge');
  const warnings = collectWarnings(merged);
  const manifest = buildManifest({ now: (options.now ?? (() => new Date()))(), config, configHash, results: read, merged, warnings });
  await publish(options.outDir, merged, manifest, lap);
  for (const line of summaryLines(manifest)) logger.info(line);
  for (const w of warnings) logger.warn(`warning: ${w}`);
  if (rejects.length) logger.info(`rejected rows are listed in ${rejectsPath}`);
  return { manifest, rejects, rejectsPath, outDir: options.outDir };
}

function readAll(options: IngestOptions, config: Config, reportsDir: string, names: string[]) {
  const zone = new ZoneConverter(config.timezone);
  const clock = new BusinessClock(config.business_hours);
  const hashCustomer = config.privacy.customer_id === 'hash' ? customerHasher(reportsDir, options.env) : null;
  const failures: string[] = [];
  const out: { result: ReadResult; encoding: string; sha256: string; bytes: number }[] = [];
  for (const name of names) {
    const path = join(options.dataDir, name);
    const display = relative(process.cwd(), path) || name;
    const bytes = readFileSync(path);
    // Node checks UTF-8 far faster than a fatal TextDecoder; anything else goes through the shared decoder
    const { text, encoding } = bytes[0] !== 0xef && bytes[0] !== 0xff && bytes[0] !== 0xfe && isUtf8(bytes) ? { text: bytes.toString('utf8'), encoding: 'utf-8' } : decodeBytes(bytes);
    try {
      const result = readExport(text, { file: display, config, preset: options.preset, hashCustomer, zone, clock });
      out.push({ result: { ...result, file: name, rejects: result.rejects }, encoding, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    } catch (e) {
      if (e instanceof FileError) failures.push(e.message);
      else throw e;
    }
  }
  if (failures.length) throw new IngestError(`${failures.length} file${failures.length > 1 ? 's' : ''} could not be read; nothing was published`, failures);
  return out;
}

function collectWarnings(merged: Merged): string[] {
  const warnings: string[] = [];
  if (merged.orphanSurveys) warnings.push(`${merged.orphanSurveys} survey(s) refer to tickets that are in no tickets export; their team and agent are unknown`);
  const [frt, resolution] = [merged.tickets.columns[19], merged.tickets.columns[21]];
  let negative = 0;
  for (let i = 0; i < merged.tickets.length; i++) if (((valueAt(frt, i) as number | null) ?? 0) < 0 || ((valueAt(resolution, i) as number | null) ?? 0) < 0) negative++;
  if (negative) warnings.push(`${negative} ticket(s) have a first response or resolution before their creation time; metrics leave those durations out`);
  for (const [file, o] of merged.overrides) if (o.conflicts) warnings.push(`${file}: ${o.conflicts} row(s) differ from the same id in a later file (the later file wins)`);
  return warnings;
}

/** Writes everything into a sibling temporary directory, then swaps it in with renames. */
async function publish(outDir: string, merged: Merged, manifest: Manifest, lap: (what: string) => void): Promise<void> {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(parent, `.${basename(outDir)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(outDir)}.old-${stamp}`);
  mkdirSync(tmp, { recursive: true });
  try {
    const tables = TABLE_DATA(merged);
    // each table's COPY runs on DuckDB's threads while the next table is staged in JS
    const written = await Promise.allSettled(
      (Object.keys(tables) as TableName[]).map(async (table) => {
        const file = join(tmp, `${table}.parquet`);
        await writeParquet(table, tables[table], file, lap);
        manifest.tables[table].bytes = statSync(file).size;
        lap(`wrote ${table}`);
      }),
    );
    for (const w of written) if (w.status === 'rejected') throw w.reason;
    writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmp, outDir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
