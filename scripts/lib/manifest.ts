import type { Config } from '../../src/lib/config/index.ts';
import type { ColumnData, ReadResult, RejectReason, TableName } from '../../src/lib/schema/index.ts';
import { COLUMN, TABLES, valueAt } from '../../src/lib/schema/index.ts';
import type { IngestNotice } from '../../src/lib/site/manifest.ts';
import type { Merged, Overrides } from './merge.ts';

/** One input file as recorded in the manifest. */
export interface ManifestFile {
  name: string;
  kind: string;
  encoding: string;
  delimiter: string;
  preset: string | null;
  date_format: string | null;
  sha256: string;
  bytes: number;
  rows_read: number;
  rows_kept: number;
  rows_rejected: number;
  rejected_by_reason: Partial<Record<RejectReason, number>>;
  replaced_by_later_files: number;
  conflicts_with_later_files: number;
  columns_mapped: Record<string, string>;
  columns_dropped_as_personal_data: string[];
  columns_ignored: string[];
}

/** One published table as recorded in the manifest. */
export interface ManifestTable {
  rows: number;
  columns: string[];
  time_range: { from: string | null; to: string | null };
  bytes?: number;
}

/** `public/data/manifest.json`: what was loaded, from what, as of when, under which config. */
export interface Manifest {
  version: 1;
  generated_at: string;
  data_as_of: string | null;
  data_as_of_local: string | null;
  timezone: string;
  config_hash: string;
  config: Config;
  files: ManifestFile[];
  tables: Record<TableName, ManifestTable>;
  /** in English, for people reading the file */
  warnings: string[];
  /** the same, as data the site words in each language */
  notices: IngestNotice[];
}

/** Formats wall-clock epoch ms as `YYYY-MM-DD HH:mm:ss`. */
export const formatLocal = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 19).replace('T', ' '));

/** Earliest and latest value of a timestamp or date column. */
function range(col: ColumnData, length: number): { from: string | null; to: string | null } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < length; i++) {
    const v = valueAt(col, i) as number | null;
    if (v !== null) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo === Infinity ? { from: null, to: null } : { from: formatLocal(lo), to: formatLocal(hi) };
}

/** First and last appraisal period. */
function periodRange(col: ColumnData, length: number): { from: string | null; to: string | null } {
  if (!length) return { from: null, to: null };
  let from = valueAt(col, 0) as string;
  let to = from;
  for (let i = 1; i < length; i++) {
    const p = valueAt(col, i) as string;
    if (p < from) from = p;
    if (p > to) to = p;
  }
  return { from, to };
}

/** What the manifest and the warnings say about the merged tables, worked out from the data wherever it lives (JS columns or DuckDB). */
export interface MergedFacts {
  rows: Record<TableName, number>;
  timeRanges: Record<TableName, { from: string | null; to: string | null }>;
  asOf: { utc: number | null; local: number | null };
  /** tickets with a first response or resolution before their creation */
  negativeDurations: number;
}

/** The facts of tables merged in JavaScript. */
export function factsOf(merged: Merged): MergedFacts {
  const t = merged.tickets;
  const [frt, resolution] = [t.columns[COLUMN.tickets.frt_min], t.columns[COLUMN.tickets.resolution_min]];
  let negative = 0;
  for (let i = 0; i < t.length; i++) if (((valueAt(frt, i) as number | null) ?? 0) < 0 || ((valueAt(resolution, i) as number | null) ?? 0) < 0) negative++;
  return {
    rows: { tickets: t.length, surveys: merged.surveys.length, evaluations: merged.evaluations.length, staff: merged.staff.length },
    timeRanges: {
      tickets: range(t.columns[COLUMN.tickets.created_local], t.length),
      surveys: range(merged.surveys.columns[COLUMN.surveys.submitted_local], merged.surveys.length),
      evaluations: periodRange(merged.evaluations.columns[COLUMN.evaluations.period], merged.evaluations.length),
      staff: range(merged.staff.columns[COLUMN.staff.active_from], merged.staff.length),
    },
    asOf: dataAsOf(merged),
    negativeDurations: negative,
  };
}

/** Newest instant in the data (UTC and wall clock): the "as of" every open-ticket rule uses. */
export function dataAsOf(merged: Pick<Merged, 'tickets' | 'surveys'>): { utc: number | null; local: number | null } {
  let utc = -Infinity;
  let local: number | null = null;
  const see = (u: number | null, l: number | null) => {
    if (u !== null && u > utc) {
      utc = u;
      local = l;
    }
  };
  // each `<x>_at` column is followed by its `<x>_local`
  const pairs = (table: { length: number; columns: ColumnData[] }, utcColumns: number[]) => {
    for (let i = 0; i < table.length; i++)
      for (const c of utcColumns) see(valueAt(table.columns[c], i) as number | null, valueAt(table.columns[c + 1], i) as number | null);
  };
  const T = COLUMN.tickets;
  pairs(merged.tickets, [T.created_at, T.first_response_at, T.resolved_at, T.closed_at]);
  pairs(merged.surveys, [COLUMN.surveys.submitted_at]);
  return utc === -Infinity ? { utc: null, local: null } : { utc, local };
}

/** Builds the manifest from what was read and merged. */
export function buildManifest(args: {
  now: Date;
  config: Config;
  configHash: string;
  results: { result: ReadResult; encoding: string; sha256: string; bytes: number }[];
  overrides: Map<string, Overrides>;
  facts: MergedFacts;
  warnings: string[];
  notices: IngestNotice[];
}): Manifest {
  const { facts } = args;
  const asOf = facts.asOf;
  const files = args.results.map(({ result: r, encoding, sha256, bytes }): ManifestFile => {
    const byReason: Partial<Record<RejectReason, number>> = {};
    for (const x of r.rejects) byReason[x.reason] = (byReason[x.reason] ?? 0) + 1;
    const o: Overrides = args.overrides.get(r.file) ?? { replaced: 0, conflicts: 0 };
    return {
      name: r.file,
      kind: r.dataset,
      encoding,
      delimiter: r.delimiter === '\t' ? 'tab' : r.delimiter,
      preset: r.plan.preset,
      date_format: r.dateFormat.description,
      sha256,
      bytes,
      rows_read: r.rowsRead,
      rows_kept: r.rowsRead - new Set(r.rejects.map((x) => x.line)).size,
      rows_rejected: new Set(r.rejects.map((x) => x.line)).size,
      rejected_by_reason: byReason,
      replaced_by_later_files: o.replaced,
      conflicts_with_later_files: o.conflicts,
      columns_mapped: r.plan.mapped,
      columns_dropped_as_personal_data: r.plan.piiHeaders,
      columns_ignored: r.plan.ignored,
    };
  });
  const cols = (t: TableName) => TABLES[t].map((c) => c.name);
  return {
    version: 1,
    generated_at: args.now.toISOString(),
    data_as_of: asOf.utc === null ? null : new Date(asOf.utc).toISOString(),
    data_as_of_local: formatLocal(asOf.local),
    timezone: args.config.timezone,
    config_hash: args.configHash,
    config: args.config,
    files,
    tables: Object.fromEntries(
      (Object.keys(TABLES) as TableName[]).map((t) => [t, { rows: facts.rows[t], columns: cols(t), time_range: facts.timeRanges[t] }]),
    ) as Record<TableName, ManifestTable>,
    warnings: args.warnings,
    notices: args.notices,
  };
}
