/**
 * The ingest's `public/data/manifest.json`, read defensively: any field may be missing while the
 * ingest evolves, so everything is normalised from `unknown` and absent values become undefined.
 */

/** One input file the ingest read. */
export interface ManifestFile {
  name: string;
  kind?: string;
  encoding?: string;
  delimiter?: string;
  sha256?: string;
  rowsRead?: number;
  rowsKept?: number;
  rowsRejected?: number;
  rejectedByReason: [reason: string, count: number][];
  preset?: string;
  dateFormat?: string;
  replacedByLaterFiles?: number;
  piiColumnsDropped: string[];
}

/** One published table. */
export interface ManifestTable {
  name: string;
  rows?: number;
  columns?: number;
  from?: string;
  to?: string;
}

/** An ingest warning as data, so that each language can word it (the manifest's `warnings` hold the English text). */
export type IngestNotice =
  | { kind: 'orphan_surveys'; count: number }
  | { kind: 'negative_durations'; count: number }
  | { kind: 'conflicts'; count: number; file: string };

/** What the site needs from the manifest. */
export interface Manifest {
  generatedAt?: string;
  dataAsOf?: string;
  dataAsOfLocal?: string;
  timezone?: string;
  configHash?: string;
  minObservations?: number;
  fiscalYearStartMonth?: number;
  files: ManifestFile[];
  tables: ManifestTable[];
  warnings: string[];
  /** the same warnings as data (absent from manifests written before they existed) */
  notices: IngestNotice[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function columnCount(v: unknown): number | undefined {
  if (Array.isArray(v)) return v.length;
  if (v && typeof v === 'object') return Object.keys(v).length;
  return num(v);
}

function file(v: unknown): ManifestFile | undefined {
  const f = obj(v);
  const name = str(f.name) ?? str(f.path);
  if (!name) return undefined;
  const reasons = Object.entries(obj(f.rejected_by_reason))
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    name,
    kind: str(f.kind),
    encoding: str(f.encoding),
    delimiter: str(f.delimiter),
    sha256: str(f.sha256),
    rowsRead: num(f.rows_read),
    rowsKept: num(f.rows_kept),
    rowsRejected: num(f.rows_rejected),
    rejectedByReason: reasons,
    preset: str(f.preset),
    dateFormat: str(f.date_format),
    replacedByLaterFiles: num(f.replaced_by_later_files),
    piiColumnsDropped: strings(f.columns_dropped_as_personal_data),
  };
}

/** Normalises a parsed manifest; returns undefined when the value is not a manifest at all. */
export function normalizeManifest(raw: unknown): Manifest | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const m = raw as Obj;
  const config = obj(m.config);
  const files = (Array.isArray(m.files) ? m.files : []).map(file).filter((f): f is ManifestFile => !!f);
  const tables = Object.entries(obj(m.tables)).map(([name, v]): ManifestTable => {
    const t = obj(v);
    const range = obj(t.time_range);
    return { name, rows: num(t.rows), columns: columnCount(t.columns), from: str(range.from), to: str(range.to) };
  });
  return {
    generatedAt: str(m.generated_at),
    dataAsOf: str(m.data_as_of),
    dataAsOfLocal: str(m.data_as_of_local),
    timezone: str(m.timezone) ?? str(config.timezone),
    configHash: str(m.config_hash),
    minObservations: num(config.min_observations),
    fiscalYearStartMonth: num(config.fiscal_year_start_month),
    files,
    tables,
    warnings: strings(m.warnings),
    notices: (Array.isArray(m.notices) ? m.notices : []).map(notice).filter((n): n is IngestNotice => !!n),
  };
}

function notice(raw: unknown): IngestNotice | undefined {
  const n = obj(raw);
  const count = num(n.count);
  if (count === undefined) return undefined;
  if (n.kind === 'orphan_surveys' || n.kind === 'negative_durations') return { kind: n.kind, count };
  const file = str(n.file);
  return n.kind === 'conflicts' && file ? { kind: 'conflicts', count, file } : undefined;
}

/** Parses manifest JSON text; invalid JSON yields undefined rather than an exception. */
export function parseManifest(text: string | undefined): Manifest | undefined {
  if (!text) return undefined;
  try {
    return normalizeManifest(JSON.parse(text));
  } catch {
    return undefined;
  }
}
