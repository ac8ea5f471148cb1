import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Config } from '../../src/lib/config/index.ts';
import { decodeBytes, EMPTY_TABLES, FileError, readExport, type Dataset, type PresetName, type ReadResult, type Reject, type TableName } from '../../src/lib/schema/index.ts';
import { en } from '../../src/i18n/en.ts';
import type { IngestNotice } from '../../src/lib/site/manifest.ts';
import { noticeText } from '../../src/lib/site/notices.ts';
import { BusinessClock } from '../../src/lib/time/business-hours.ts';
import { ZoneConverter } from '../../src/lib/time/zone.ts';
import { loadConfig } from './config-file.ts';
import { customerHasher, customerSalt } from './customer-hash.ts';
import { listExports } from './files.ts';
import { buildManifest, factsOf, type Manifest, type MergedFacts } from './manifest.ts';
import { mergeBesideTickets, mergeResults, type Overrides } from './merge.ts';
import { datasetOf, exportFile, nativeCandidate, type ExportFile } from './native/candidate.ts';
import { readNative, type NativeFile, type NativeRead } from './native/read-native.ts';
import { NativeStore } from './native/store.ts';
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
  /**
   * Who reads large exports: 'auto' lets DuckDB read a tickets export of `NATIVE_MIN_BYTES` or more
   * (and a lone surveys export) when nothing in it needs the JavaScript reader; 'native' does so at
   * any size; 'js' never. Both readers give the same output.
   */
  reader?: 'auto' | 'native' | 'js';
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
  /** files DuckDB read (the rest were read in JavaScript) */
  nativeFiles: string[];
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

/** Tickets exports at least this large are read by DuckDB when they can be (`reader: 'auto'`). */
export const NATIVE_MIN_BYTES = 8e6;

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
  const files = names.map((name) => {
    const path = join(options.dataDir, name);
    return exportFile(name, path, relative(process.cwd(), path) || name);
  });
  const native = nativePlan(files, config, options, lap);
  const store = native ? await NativeStore.open() : null;
  try {
    const read = await readAll(options, config, reportsDir, files, store && native ? { store, ...native } : null, lap);
    lap('read');
    const rejects = read.results.flatMap((r) => r.result.rejects);
    const rejectsPath = writeRejects(reportsDir, rejects);
    if (options.strict && rejects.length)
      throw new IngestError(`--strict: ${rejects.length} row${rejects.length > 1 ? 's' : ''} rejected (all in ${rejectsPath})`, rejects.slice(0, 10).map(formatReject));

    const merged = store && read.ticketsView ? await mergeInStore(store, read.results, read.ticketsView, read.surveysView) : mergeInJs(read.results);
    lap('merge');
    const notices = collectNotices(merged.orphanSurveys, merged.overrides, merged.facts);
    const warnings = notices.map((n) => noticeText(en.data.notices, n, String));
    const manifest = buildManifest({ now: (options.now ?? (() => new Date()))(), config, configHash, results: read.results, overrides: merged.overrides, facts: merged.facts, warnings, notices });
    await publish(options.outDir, merged.writers, manifest, lap);
    for (const line of summaryLines(manifest)) logger.info(line);
    for (const w of warnings) logger.warn(`warning: ${w}`);
    if (rejects.length) logger.info(`rejected rows are listed in ${rejectsPath}`);
    if (read.nativeFiles.length) logger.debug?.(`read by DuckDB: ${read.nativeFiles.join(', ')}`);
    return { manifest, rejects, rejectsPath, outDir: options.outDir, nativeFiles: read.nativeFiles };
  } finally {
    store?.close();
  }
}

/** Which files DuckDB reads: the one tickets export (and a lone surveys export) when it can, else none. */
function nativePlan(files: ExportFile[], config: Config, options: IngestOptions, lap: (what: string) => void): { tickets: NativeFile; surveys: NativeFile | null } | null {
  const mode = options.reader ?? 'auto';
  if (mode === 'js') return null;
  const preset = options.preset ?? null;
  const kinds = files.map((f) => datasetOf(f, config, preset));
  const of = (dataset: Dataset) => files.filter((_, i) => kinds[i] === dataset);
  const [tickets, surveys] = [of('tickets'), of('surveys')];
  if (tickets.length !== 1 || (mode === 'auto' && tickets[0].size < NATIVE_MIN_BYTES)) return null;
  const t = nativeCandidate(tickets[0], config, preset);
  if (typeof t === 'string') {
    lap(`JavaScript reader for ${tickets[0].display}: ${t}`);
    return null;
  }
  const s = surveys.length === 1 ? nativeCandidate(surveys[0], config, preset) : null;
  return { tickets: t, surveys: typeof s === 'string' ? null : s };
}

interface FileRead {
  result: ReadResult;
  encoding: string;
  sha256: string;
  bytes: number;
}

async function readAll(
  options: IngestOptions,
  config: Config,
  reportsDir: string,
  files: ExportFile[],
  native: { store: NativeStore; tickets: NativeFile; surveys: NativeFile | null } | null,
  lap: (what: string) => void,
) {
  const zone = new ZoneConverter(config.timezone);
  const clock = new BusinessClock(config.business_hours);
  const hashCustomer = config.privacy.customer_id === 'hash' ? customerHasher(reportsDir, options.env) : null;
  const nc = { config, zone, clock, hashCustomer, salt: hashCustomer ? customerSalt(reportsDir, options.env) : null, debug: lap };
  const tryNative = async (file: NativeFile, table: string) => {
    const read = await readNative(native!.store.db, file, nc, table);
    if ('fallback' in read) lap(`JavaScript reader for ${file.display}: ${read.fallback}`);
    return 'fallback' in read ? null : read;
  };
  // the tickets first: when DuckDB cannot read them, every file is read in JavaScript
  const ticketsRead = native ? await tryNative(native.tickets, 'native_tickets') : null;
  const surveysRead = native && ticketsRead && native.surveys ? await tryNative(native.surveys, 'native_surveys') : null;
  const readNatively = new Map<string, { read: NativeRead; file: NativeFile }>();
  if (ticketsRead) readNatively.set(native!.tickets.path, { read: ticketsRead, file: native!.tickets });
  if (surveysRead) readNatively.set(native!.surveys!.path, { read: surveysRead, file: native!.surveys! });
  const failures: string[] = [];
  const results: FileRead[] = [];
  for (const file of files) {
    const byDuckDb = readNatively.get(file.path);
    // one file's bytes at a time (DuckDB's files were read for their checks already)
    const bytes = byDuckDb?.file.bytes ?? readFileSync(file.path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (byDuckDb) {
      results.push({ result: { ...byDuckDb.read.result, file: file.name }, encoding: byDuckDb.file.encoding, sha256, bytes: bytes.length });
      continue;
    }
    // Node checks UTF-8 far faster than a fatal TextDecoder; anything else goes through the shared decoder
    const { text, encoding } = bytes[0] !== 0xef && bytes[0] !== 0xff && bytes[0] !== 0xfe && isUtf8(bytes) ? { text: bytes.toString('utf8'), encoding: 'utf-8' } : decodeBytes(bytes);
    try {
      const result = readExport(text, { file: file.display, config, preset: options.preset, hashCustomer, zone, clock });
      results.push({ result: { ...result, file: file.name, rejects: result.rejects }, encoding, sha256, bytes: bytes.length });
    } catch (e) {
      if (e instanceof FileError) failures.push(e.message);
      else throw e;
    }
  }
  if (failures.length) throw new IngestError(`${failures.length} file${failures.length > 1 ? 's' : ''} could not be read; nothing was published`, failures);
  const nativeFiles = files.filter((f) => readNatively.has(f.path)).map((f) => f.name);
  return { results, nativeFiles, ticketsView: ticketsRead?.table ?? null, surveysView: surveysRead?.table ?? null };
}

/** What publishing needs from a merge, however it was done. */
interface MergeOutcome {
  overrides: Map<string, Overrides>;
  orphanSurveys: number;
  facts: MergedFacts;
  writers: Record<TableName, (file: string) => Promise<void>>;
}

function mergeInJs(results: FileRead[]): MergeOutcome {
  const merged = mergeResults(results.map((r) => r.result));
  const table = (t: TableName) => (file: string) => writeParquet(t, merged[t], file);
  return {
    overrides: merged.overrides,
    orphanSurveys: merged.orphanSurveys,
    facts: factsOf(merged),
    writers: { tickets: table('tickets'), surveys: table('surveys'), evaluations: table('evaluations'), staff: table('staff') },
  };
}

/** The tickets (and perhaps the surveys) DuckDB read are merged there; the other tables in JavaScript. */
async function mergeInStore(store: NativeStore, results: FileRead[], ticketsView: string, surveysView: string | null): Promise<MergeOutcome> {
  const rest = mergeBesideTickets(results.map((r) => r.result).filter((r) => r.dataset !== 'tickets' && !(surveysView && r.dataset === 'surveys')));
  for (const r of results) if (!rest.overrides.has(r.result.file)) rest.overrides.set(r.result.file, { replaced: 0, conflicts: 0 });
  if (!surveysView) await store.stage('js_surveys', 'surveys', rest.surveys);
  const nf = await store.merge(ticketsView, surveysView ?? 'js_surveys');
  const js = factsOf({ ...rest, tickets: EMPTY_TABLES.tickets, surveys: EMPTY_TABLES.surveys, orphanSurveys: 0 });
  const table = (t: 'evaluations' | 'staff') => (file: string) => writeParquet(t, rest[t], file);
  return {
    overrides: rest.overrides,
    orphanSurveys: nf.orphanSurveys,
    facts: { rows: { ...js.rows, ...nf.rows }, timeRanges: { ...js.timeRanges, ...nf.timeRanges }, asOf: nf.asOf, negativeDurations: nf.negativeDurations },
    writers: { tickets: (file) => store.writeParquet('tickets', file), surveys: (file) => store.writeParquet('surveys', file), evaluations: table('evaluations'), staff: table('staff') },
  };
}

/** What the ingest warns about, as data (the site words it per language; the CLI and `warnings` in English). */
function collectNotices(orphanSurveys: number, overrides: Map<string, Overrides>, facts: MergedFacts): IngestNotice[] {
  const notices: IngestNotice[] = [];
  if (orphanSurveys) notices.push({ kind: 'orphan_surveys', count: orphanSurveys });
  if (facts.negativeDurations) notices.push({ kind: 'negative_durations', count: facts.negativeDurations });
  for (const [file, o] of overrides) if (o.conflicts) notices.push({ kind: 'conflicts', count: o.conflicts, file });
  return notices;
}

/** Writes everything into a sibling temporary directory, then swaps it in with renames. */
async function publish(outDir: string, writers: MergeOutcome['writers'], manifest: Manifest, lap: (what: string) => void): Promise<void> {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(parent, `.${basename(outDir)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(outDir)}.old-${stamp}`);
  mkdirSync(tmp, { recursive: true });
  try {
    // each table's COPY runs on DuckDB's threads while the next table is staged in JS
    const written = await Promise.allSettled(
      (Object.keys(writers) as TableName[]).map(async (table) => {
        const file = join(tmp, `${table}.parquet`);
        await writers[table](file);
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
