/**
 * Reads a large tickets or surveys export with DuckDB's own CSV reader and SQL, and gives exactly
 * what the JavaScript reader gives for the same file: the same rows, the same rejects with their
 * line, column and message, and the same manifest entry.
 *
 * How it stays exact: SQL only handles cells whose reading it can repeat bit for bit (ISO-seconds
 * dates, ids without surrounding spaces, and few-valued columns mapped once per distinct value by
 * the JavaScript reader's own functions). Any row with another cell goes to the JavaScript reader.
 * Anything about the file that the two could see differently (a syntax DuckDB's strict reader
 * refuses, a record count that differs, a non-ISO date) makes it return null, and the caller reads
 * the whole file in JavaScript.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Config } from '../../../src/lib/config/index.ts';
import {
  columnBuilder,
  dateFamily,
  describeFormat,
  duplicateId,
  EMPTY_TABLES,
  parseCsv,
  rejectOf,
  RowReject,
  TABLES,
  type ColumnPlan,
  type Delimiter,
  type ReadResult,
  type Reject,
  type RowInput,
  type TableColumn,
} from '../../../src/lib/schema/index.ts';
import { DATE_COLUMNS } from '../../../src/lib/schema/read/read-export.ts';
import type { ReadContext } from '../../../src/lib/schema/read/types.ts';
import type { BusinessClock } from '../../../src/lib/time/business-hours.ts';
import type { ZoneConverter } from '../../../src/lib/time/zone.ts';
import { stageColumns } from '../parquet.ts';
import { indexRecords, type RecordIndex } from './records.ts';
import { SURVEYS, TICKETS, type MappedColumn } from './specs.ts';
import { ident, sqlString, toNumber, toNumberOrNull } from '../duck-sql.ts';
import { EDGE_SPACE, SCIENTIFIC, isoWall, utcOf, workingDays } from './sql.ts';

/** A large export the caller has found eligible (`nativePlanProblem`), with its header already planned. */
export interface NativeFile {
  path: string;
  /** the name rejects and errors use */
  display: string;
  bytes: Buffer;
  encoding: 'utf-8' | 'utf-8-bom';
  delimiter: Delimiter;
  header: string[];
  dataset: 'tickets' | 'surveys';
  plan: ColumnPlan;
}

export interface NativeContext {
  config: Config;
  zone: ZoneConverter;
  clock: BusinessClock;
  hashCustomer: ((id: string) => string) | null;
  /** the key `hashCustomer` uses, for the same hash in SQL (null: customer ids dropped) */
  salt: string | null;
  /** step timings, for the benchmark */
  debug?: (line: string) => void;
}

/** The file read into a DuckDB table (published columns in `TABLES` order, plus `rn`, the record's order in the file). */
export interface NativeRead {
  result: ReadResult;
  table: string;
}


/** Reads `file` into view `table`; or says why the JavaScript reader must read the file instead. */
export async function readNative(db: DuckDBConnection, file: NativeFile, nc: NativeContext, table: string): Promise<NativeRead | { fallback: string }> {
  const spec = file.dataset === 'tickets' ? TICKETS : SURVEYS;
  // the reader's own tables: `name` unquoted (for the appender), `work` quoted (for SQL)
  const name = (n: string) => `${table}__${n}`;
  const work = (n: string) => ident(name(n));
  const created: string[] = [];
  const lap = (what: string) => nc.debug?.(`${file.display}: ${what}`);
  const create = async (name: string, sql: string) => {
    created.push(name);
    await db.run(sql);
    lap(name);
  };
  const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRows();
  const ctx: ReadContext = { file: file.display, config: nc.config, plan: file.plan, zone: nc.zone, clock: nc.clock, dayOrder: 'dmy', hashCustomer: nc.hashCustomer };
  const dates = DATE_COLUMNS[file.dataset];
  const cell = (c: string) => (file.plan.index[c] === undefined ? `''` : `coalesce(c${file.plan.index[c]}, '')`);
  const source = `read_csv(${sqlString(file.path)}, header=false, skip=1, all_varchar=true, auto_detect=false, delim=${sqlString(file.delimiter)}, quote='"', escape='"', strict_mode=true, columns={${file.header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ')}})`;
  try {
    // one pass over the file: each record's ids, wall-clock dates and raw few-valued cells, and whether SQL can read them
    const raw = [
      ...spec.ids.map((c) => `${cell(c)} AS ${ident(`i_${c}`)}`),
      ...dates.map((d) => `${cell(d)} AS ${ident(`d_${d}`)}`),
      ...spec.mapped.map((m) => `${cell(m.column)} AS ${ident(`r_${m.column}`)}`),
      ...(spec.hashed ? [`${cell(spec.hashed)} AS ${ident(`r_${spec.hashed}`)}`] : []),
    ];
    const walls = dates.map((d) => `${isoWall(ident(`d_${d}`))} AS ${ident(`w_${d}`)}`);
    const suspect = [
      ...spec.ids.map((c) => `${ident(`i_${c}`)} = '' OR regexp_matches(${ident(`i_${c}`)}, '${EDGE_SPACE}') OR regexp_full_match(${ident(`i_${c}`)}, '${SCIENTIFIC}')`),
      ...dates.map((d) => `(${ident(`d_${d}`)} <> '' AND ${ident(`w_${d}`)} IS NULL)`),
      ...spec.required.map((d) => `${ident(`w_${d}`)} IS NULL`),
      ...(spec.hashed ? [`regexp_matches(${ident(`r_${spec.hashed}`)}, '${EDGE_SPACE}')`] : []),
    ];
    const kept = [
      ...spec.ids.map((c) => ident(`i_${c}`)),
      ...dates.map((d) => ident(`w_${d}`)),
      ...spec.mapped.map((m) => ident(`r_${m.column}`)),
      ...(spec.hashed ? [ident(`r_${spec.hashed}`)] : []),
    ];
    // no join before the table is written, so its rowid is the record's order in the file
    await create(
      'base',
      `CREATE TABLE ${work('base')} AS SELECT ${kept.join(', ')}, (${suspect.join(') OR (')}) AS suspect FROM (SELECT *, ${walls.join(', ')} FROM (SELECT ${raw.join(', ')} FROM ${source}))`,
    );
    const [scan] = await rows(
      `SELECT count(*), min(least(${dates.map((d) => ident(`w_${d}`)).join(', ')})), max(greatest(${dates.map((d) => ident(`w_${d}`)).join(', ')}))${spec.mapped.map((m) => `, list(DISTINCT ${ident(`r_${m.column}`)})`).join('')} FROM ${work('base')}`,
    );
    lap('scan');
    const rowsRead = toNumber(scan[0]);
    const [lo, hi] = [toNumberOrNull(scan[1]), toNumberOrNull(scan[2])];
    const mappings: Mapping[] = [];
    for (const [i, m] of spec.mapped.entries()) mappings.push(await mapping(db, ctx, m, scan[3 + i] as { items: string[] } | null, name(`m_${m.column}`), create));

    await create('days', `CREATE TABLE ${work('days')} (day BIGINT, cum DOUBLE, worked BOOLEAN)`);
    if (lo !== null && hi !== null) await appendRows(db, name('days'), workingDays(nc.clock, lo, hi).map((d) => [d.day, d.cum, d.worked]), ['BIGINT', 'DOUBLE', 'BOOLEAN']);
    // each customer is hashed once (there are far fewer customers than tickets)
    const hashed = spec.hashed && nc.salt !== null ? ident(`r_${spec.hashed}`) : null;
    if (hashed)
      await create('customers', `CREATE TABLE ${work('customers')} AS SELECT raw, left(sha256(${sqlString(nc.salt!)} || chr(0) || raw), 20) AS key FROM (SELECT DISTINCT ${hashed} AS raw FROM ${work('base')} WHERE ${hashed} <> '')`);
    const { steps, columns } = spec.select({
      wall: (c) => ident(`w_${c}`),
      utc: lo !== null && hi !== null ? utcOf(nc.zone, lo, hi) : (w: string) => `(${w} + 0)`,
      mapped: (name) => mappings.find((m) => name in m.values)!.values[name],
      id: (c) => ident(`i_${c}`),
      customerKey: hashed ? 'customer_key' : 'NULL::VARCHAR',
      clock: nc.clock,
      days: work('days'),
    });
    const cols = TABLES[file.dataset];
    const late = mappings.map((m) => m.bad).filter((b) => b !== 'false');
    const sqlReads = `NOT suspect${late.map((b) => ` AND NOT (${b})`).join('')}`;
    const joins = [...mappings.map((m) => m.join ?? ''), hashed ? `LEFT JOIN ${work('customers')} customer ON customer.raw = base.${hashed}` : ''].join(' ');
    const q0 = ['base.rowid AS rn', 'base.*', ...mappings.flatMap((m) => [...m.joinedValues, ...m.inline]), ...(hashed ? ['customer.key AS customer_key'] : [])];
    const ctes = [`q0 AS (SELECT ${q0.join(', ')} FROM ${work('base')} base ${joins} WHERE ${sqlReads})`];
    steps.forEach((step, i) => ctes.push(`q${i + 1} AS (${step.replaceAll('FROM prev', `FROM q${i}`).replaceAll('prev.*', `q${i}.*`)})`));
    const published = `WITH ${ctes.join(', ')} SELECT rn, ${columns.map((c, i) => `CAST(${c} AS ${cols[i].sql}) AS ${ident(cols[i].name)}`).join(', ')} FROM q${steps.length}`;
    await create('extra', `CREATE TABLE ${work('extra')} AS SELECT * FROM (${published}) LIMIT 0`);

    let index: RecordIndex | null = null;
    const records = () => {
      index ??= indexRecords(file.bytes);
      return index.count === rowsRead + 1 ? index : null;
    };
    const rejects: Reject[] = [];
    const [[anyDate]] = await rows(`SELECT bool_or(${dates.map((d) => `${ident(`w_${d}`)} IS NOT NULL`).join(' OR ')}) FROM ${work('base')} WHERE ${sqlReads}`);
    let sawIsoDate = anyDate === true;

    // rows SQL left alone: the JavaScript reader reads them (or rejects them, with its own message)
    const suspects = (await rows(`SELECT rowid FROM ${work('base')} WHERE NOT (${sqlReads}) ORDER BY rowid`)).map(([rn]) => toNumber(rn));
    if (suspects.length) {
      const at = records();
      if (!at) return abandon('DuckDB and the JavaScript reader count its records differently');
      const accepted: unknown[][] = [];
      for (const rn of suspects) {
        const row = recordAt(file.bytes, at, rn + 1, file.delimiter);
        for (const d of dates) {
          const i = file.plan.index[d];
          const v = i === undefined ? '' : (row.fields[i] ?? '').trim();
          const family = v === '' ? null : dateFamily(v);
          if (family && family !== 'iso') return abandon(`dates that are not ISO 8601 (line ${row.line}: "${v}")`); // the file's date format is decided over all its rows: the JavaScript reader's job
          if (family) sawIsoDate = true;
        }
        try {
          accepted.push([...spec.readRow(ctx, row), rn]);
        } catch (e) {
          if (!(e instanceof RowReject)) throw e;
          rejects.push(rejectOf(file.display, file.plan, row, e));
        }
      }
      if (accepted.length) await appendReadRows(db, work('extra'), name('staged'), cols, accepted, create);
    }
    const everything = (where: string) => `SELECT * FROM (${published}) ${where} UNION ALL SELECT * FROM ${work('extra')} ${where}`;
    await db.run(`CREATE VIEW ${ident(table)} AS ${everything('')}`);
    created.push(table);

    // a repeated id: the first row read keeps it, later ones are rejected
    const id = ident(spec.idColumn);
    // the ids straight from the base table (the view would join and convert every row)
    const ids = `SELECT ${ident(`i_${spec.idColumn}`)} AS ${id}, rowid AS rn FROM ${work('base')} WHERE ${sqlReads} UNION ALL SELECT ${id}, rn FROM ${work('extra')}`;
    const repeats = await rows(`WITH t AS (${ids}) SELECT ${id}, rn FROM t WHERE ${id} IN (SELECT ${id} FROM t GROUP BY 1 HAVING count(*) > 1) ORDER BY rn`);
    lap('repeats');
    if (repeats.length) {
      const at = records();
      if (!at) return abandon('DuckDB and the JavaScript reader count its records differently');
      const first = new Map<string, number>();
      const dropped: number[] = [];
      for (const [value, rnRaw] of repeats as [string, bigint][]) {
        const rn = toNumber(rnRaw);
        const firstRn = first.get(value);
        if (firstRn === undefined) {
          first.set(value, rn);
          continue;
        }
        dropped.push(rn);
        rejects.push(rejectOf(file.display, file.plan, { fields: [], line: at.lines[rn + 1] }, duplicateId(spec.idColumn, value, at.lines[firstRn + 1])));
      }
      await create('dropped', `CREATE TABLE ${work('dropped')} AS SELECT unnest([${dropped.join(', ')}]) AS rn`);
      await db.run(`CREATE OR REPLACE VIEW ${ident(table)} AS ${everything(`WHERE rn NOT IN (SELECT rn FROM ${work('dropped')})`)}`);
    }

    rejects.sort((a, b) => a.line - b.line);
    const family = sawIsoDate ? ('iso' as const) : null;
    const result: ReadResult = {
      file: file.display,
      dataset: file.dataset,
      delimiter: file.delimiter,
      plan: file.plan,
      dateFormat: { family, order: null, description: family ? describeFormat(family) : null },
      rowsRead,
      ...EMPTY_TABLES,
      embeddedSurveys: new Map(),
      rejects,
      ids: null,
    };
    return { result, table };
  } catch (e) {
    if (isCsvError(e)) return abandon(`DuckDB's strict CSV reader refuses it (${(e as Error).message.split('\n')[0]})`);
    await abandon('');
    throw e;
  }

  async function abandon(why: string): Promise<{ fallback: string }> {
    await db.run(`DROP VIEW IF EXISTS ${ident(table)}`);
    for (const name of created.reverse()) if (name !== table) await db.run(`DROP TABLE IF EXISTS ${work(name)}`);
    return { fallback: why };
  }
}

/** DuckDB's strict reader refused the file: the JavaScript reader reads it (and reports what it finds). */
const isCsvError = (e: unknown) => e instanceof Error && /CSV|unterminated|invalid (unicode|state)/i.test(e.message);

/** How a few-valued column's published values come out of its raw cell in the base table. */
interface Mapping {
  /** value name → the column q0 gives it as */
  values: Record<string, string>;
  /** SQL over the base table that is true when the cell needs the JavaScript reader */
  bad: string;
  /** `<expr> AS v_<name>` for values computed inline */
  inline: string[];
  /** the lookup join, for many distinct cells */
  join: string | null;
  /** `<lookup>.<value> AS v_<name>` for values from the lookup */
  joinedValues: string[];
}

/** Up to this many distinct cells are mapped by inline CASE expressions; more go through a lookup table. */
const INLINE_MAX = 64;

/** Reads each distinct cell of a few-valued column once, with the JavaScript reader's function. */
async function mapping(
  db: DuckDBConnection,
  ctx: ReadContext,
  m: MappedColumn,
  distinctList: { items: string[] } | null,
  lookupTable: string,
  create: (name: string, sql: string) => Promise<void>,
): Promise<Mapping> {
  const lookup = ident(lookupTable);
  const distinct = (distinctList?.items ?? []) as string[];
  const at = ctx.plan.index[m.column];
  const read = distinct.map((raw) => {
    const fields: string[] = [];
    if (at !== undefined) fields[at] = raw;
    try {
      return { raw, ok: true, values: m.read(ctx, { fields, line: 0 }) };
    } catch (e) {
      if (!(e instanceof RowReject)) throw e;
      return { raw, ok: false, values: m.values.map(() => null) };
    }
  });
  const r = ident(`r_${m.column}`);
  if (read.length > INLINE_MAX) {
    await create(`m_${m.column}`, `CREATE TABLE ${lookup} (raw VARCHAR, ok BOOLEAN, ${m.values.map((v) => `${ident(v.name)} ${v.sql}`).join(', ')})`);
    await appendRows(db, lookupTable, read.map((x) => [x.raw, x.ok, ...x.values]), ['VARCHAR', 'BOOLEAN', ...m.values.map((v) => v.sql)]);
    const alias = ident(`m_${m.column}`);
    return {
      values: Object.fromEntries(m.values.map((v) => [v.name, ident(`v_${v.name}`)])),
      bad: `${r} NOT IN (SELECT raw FROM ${lookup} WHERE ok)`,
      inline: [],
      join: `LEFT JOIN ${lookup} ${alias} ON ${alias}.raw = base.${r}`,
      joinedValues: m.values.map((v) => `${alias}.${ident(v.name)} AS ${ident(`v_${v.name}`)}`),
    };
  }
  const bad = read.filter((x) => !x.ok).map((x) => sqlString(x.raw));
  const values: Record<string, string> = {};
  const inline: string[] = [];
  m.values.forEach((v, k) => {
    const name = ident(`v_${v.name}`);
    const identity = v.sql === 'VARCHAR' && read.every((x) => !x.ok || x.values[k] === (x.raw === '' ? null : x.raw));
    const hits = read.filter((x) => x.ok && x.values[k] !== null);
    const expr = identity ? `nullif(${r}, '')` : hits.length ? `CASE ${r} ${hits.map((x) => `WHEN ${sqlString(x.raw)} THEN ${literal(x.values[k])}`).join(' ')} END` : 'NULL';
    inline.push(`CAST(${expr} AS ${v.sql}) AS ${name}`);
    values[v.name] = name;
  });
  return { values, bad: bad.length ? `${r} IN (${bad.join(', ')})` : 'false', inline, join: null, joinedValues: [] };
}

const literal = (v: unknown): string => (typeof v === 'string' ? sqlString(v) : typeof v === 'boolean' ? String(v) : String(v as number));

/** Appends plain JS rows to a table through DuckDB's appender. */
async function appendRows(db: DuckDBConnection, table: string, data: unknown[][], types: string[]): Promise<void> {
  const appender = await db.createAppender(table);
  try {
    for (const row of data) {
      row.forEach((v, i) => {
        if (v === null || v === undefined) return appender.appendNull();
        switch (types[i]) {
          case 'VARCHAR':
            return appender.appendVarchar(v as string);
          case 'BOOLEAN':
            return appender.appendBoolean(v as boolean);
          case 'TINYINT':
            return appender.appendTinyInt(v as number);
          case 'SMALLINT':
            return appender.appendSmallInt(v as number);
          case 'BIGINT':
            return appender.appendBigInt(BigInt(v as number));
          case 'DOUBLE':
            return appender.appendDouble(v as number);
          default:
            throw new Error(`cannot append ${types[i]}`);
        }
      });
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Rows the JavaScript reader accepted (published columns, then `rn`), added to `target` the way the staging path converts them. */
async function appendReadRows(db: DuckDBConnection, target: string, staged: string, cols: TableColumn[], data: unknown[][], create: (name: string, sql: string) => Promise<void>) {
  const builders = [...cols, { name: 'rn', sql: 'INTEGER', doc: '' } satisfies TableColumn].map(columnBuilder);
  for (const row of data) builders.forEach((b, i) => b.push(row[i]));
  const selects = await stageColumns(db, staged, builders.map((b) => b.finish(data.length)), data.length);
  await create('staged', `INSERT INTO ${target} SELECT rn, ${selects.slice(0, -1).join(', ')} FROM ${ident(staged)}`);
}

/** The record at index `k` (0 = header) as the JavaScript reader splits it. */
function recordAt(bytes: Uint8Array, at: RecordIndex, k: number, delimiter: Delimiter): RowInput {
  const end = k + 1 < at.count ? at.offsets[k + 1] : bytes.length;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', at.offsets[k], end);
  let fields: string[] = [];
  parseCsv(text, delimiter, (f) => {
    fields = f;
    return false;
  });
  return { fields, line: at.lines[k] };
}
