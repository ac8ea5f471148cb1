import type { Config } from '../../config/types.ts';
import { BusinessClock } from '../../time/business-hours.ts';
import { ZoneConverter } from '../../time/zone.ts';
import { datasetFromFileName, type Dataset } from '../aliases.ts';
import { detectDataset, missingColumns, planColumns, type ColumnPlan } from '../columns.ts';
import { CsvSyntaxError, parseCsv, sniffDelimiter, type Delimiter } from '../csv.ts';
import { DateSightings } from './decide-dates.ts';
import { detectPreset, type PresetName } from '../presets.ts';
import { maskText } from '../pii.ts';
import { readEvaluation, readStaff } from './evaluations.ts';
import { readSurvey } from './surveys.ts';
import { readTicket, type EmbeddedSurvey } from './tickets.ts';
import { FileError, RowReject, type DateFormatInfo, type ReadContext, type Reject, type RowInput } from './types.ts';
import { TableBuilder, toTable, type TableData } from '../columnar/table.ts';
import { TABLES } from '../tables.ts';

/** How to read one export. */
export interface ReadOptions {
  file: string;
  config: Config;
  /** force the dataset (else: file name prefix, then headers) */
  dataset?: Dataset | null;
  /** force a vendor preset (else: detected from headers) */
  preset?: PresetName | null;
  hashCustomer?: ((id: string) => string) | null;
  /** shared across files so zone offsets and business days are computed once */
  zone?: ZoneConverter;
  clock?: BusinessClock;
}

/** One export read: its kept rows as columns (only its own dataset's table has rows), rejects, and what was detected. */
export interface ReadResult {
  file: string;
  dataset: Dataset;
  delimiter: Delimiter;
  plan: ColumnPlan;
  dateFormat: DateFormatInfo;
  rowsRead: number;
  tickets: TableData;
  /** surveys embedded in a ticket export, keyed by ticket id */
  embeddedSurveys: Map<string, EmbeddedSurvey>;
  surveys: TableData;
  evaluations: TableData;
  staff: TableData;
  rejects: Reject[];
  /** row index by id (tickets; surveys with a survey_id column): ids are unique within a file */
  ids: Map<string, number> | null;
}

/** The date columns of each dataset, whose cells decide a file's date format. */
export const DATE_COLUMNS: Record<Dataset, string[]> = {
  tickets: ['created_at', 'first_response_at', 'resolved_at', 'closed_at', 'sla_due_at'],
  surveys: ['submitted_at'],
  evaluations: [],
  staff: ['active_from', 'active_to'],
};

/** Tables of the datasets a file does not hold. */
export const EMPTY_TABLES = Object.fromEntries((Object.keys(TABLES) as Dataset[]).map((t) => [t, toTable(TABLES[t], [])])) as Record<Dataset, TableData>;

const ID_COLUMN: Partial<Record<Dataset, string>> = { tickets: 'ticket_id', surveys: 'survey_id' };

/** Splits decoded text into its header and records; a syntax error stops the file. */
export function splitRecords(file: string, text: string): { delimiter: Delimiter; header: string[]; records: RowInput[] } {
  const delimiter = sniffDelimiter(text);
  const records: RowInput[] = [];
  try {
    parseCsv(text, delimiter, (fields, line) => {
      records.push({ fields, line });
    });
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new FileError(file, e.line, e.column, e.message);
    throw e;
  }
  const head = records.shift();
  if (!head) throw new FileError(file, 1, 1, 'the file is empty');
  return { delimiter, header: head.fields, records };
}

/** Reads one decoded export into typed rows; throws `FileError` for problems that stop the whole file. */
export function readExport(text: string, options: ReadOptions): ReadResult {
  const { file } = options;
  const delimiter = sniffDelimiter(text);
  let reader: RowReader | null = null;
  let headerError: unknown = null;
  let sawHeader = false;
  try {
    // rows are read as they are parsed, so a file's records are never all held at once
    parseCsv(text, delimiter, (fields, line) => {
      if (reader) reader.add({ fields, line });
      else if (!sawHeader) {
        sawHeader = true;
        try {
          reader = new RowReader(fields, delimiter, options);
        } catch (e) {
          headerError = e; // a syntax error further down still takes precedence, as when the file was split first
        }
      }
    });
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new FileError(file, e.line, e.column, e.message);
    throw e;
  }
  if (!sawHeader) throw new FileError(file, 1, 1, 'the file is empty');
  if (headerError || !reader) throw headerError;
  return (reader as RowReader).finish();
}

/** What a file's header says: its dataset and how its columns map; throws `FileError` when it cannot be read. */
export function planExport(header: string[], options: Pick<ReadOptions, 'file' | 'config' | 'dataset' | 'preset'>): { dataset: Dataset; plan: ColumnPlan } {
  const { file, config } = options;
  const planOptions = { custom: config.columns, dimensions: config.evaluation.dimensions };
  const preset = options.preset ?? detectPreset(header);
  const dataset = options.dataset ?? datasetFromFileName(file.split('/').pop() ?? file) ?? detectDataset(header, { ...planOptions, preset });
  if (!dataset)
    throw new FileError(file, 1, 1, `cannot tell what kind of export this is from its headers (${header.slice(0, 8).join(', ')}…); name it tickets*.csv, surveys*.csv, evaluations*.csv or staff*.csv, or map its headers under "columns" in config.json`);
  const plan = planColumns(header, dataset, { ...planOptions, preset: dataset === 'tickets' ? preset : null });
  const missing = missingColumns(plan);
  if (missing.length) throw new FileError(file, 1, 1, `${dataset} export lacks required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (headers found: ${header.join(', ')})`);
  return { dataset, plan };
}

/** A row reader's `RowReject` as the reject it is reported as. */
export function rejectOf(file: string, plan: ColumnPlan, row: RowInput, e: RowReject): Reject {
  const index = plan.index[e.field] ?? plan.dimensions.find((d) => d.id === e.field)?.index;
  return { file, line: row.line, column: index === undefined ? 1 : index + 1, field: e.field, value: maskText(e.value), reason: e.reason, message: e.message };
}

/** A later row repeating an id this file already had: the first is kept. */
export const duplicateId = (column: string, id: string, firstLine: number): RowReject =>
  new RowReject('duplicate_id', column, id, `${column}: "${id}" already appears on line ${firstLine} of this file (the first is kept)`);

/** Reads the records of one file in order, from the header on. */
class RowReader {
  readonly #ctx: ReadContext;
  readonly #result: ReadResult;
  readonly #sightings: DateSightings;
  readonly #width: number;
  readonly #delimiter: Delimiter;
  readonly #idColumn: string | undefined;
  /** id → index of its row, and the line each kept row started on (for duplicate messages) */
  readonly #seen = new Map<string, number>();
  readonly #lines: number[] = [];
  /** records from the first `01-02-2024`-style date on: read once the file's day order is known */
  readonly #waiting: RowInput[] = [];
  readonly #rows: TableBuilder;

  constructor(header: string[], delimiter: Delimiter, options: ReadOptions) {
    const { file, config } = options;
    const { dataset, plan } = planExport(header, options);
    this.#sightings = new DateSightings(plan, DATE_COLUMNS[dataset]);
    this.#ctx = {
      file,
      config,
      plan,
      zone: options.zone ?? new ZoneConverter(config.timezone),
      clock: options.clock ?? new BusinessClock(config.business_hours),
      dayOrder: 'dmy',
      hashCustomer: options.hashCustomer ?? null,
    };
    this.#result = {
      file,
      dataset,
      delimiter,
      plan,
      dateFormat: { family: null, order: null, description: null },
      rowsRead: 0,
      tickets: EMPTY_TABLES.tickets,
      embeddedSurveys: new Map(),
      surveys: EMPTY_TABLES.surveys,
      evaluations: EMPTY_TABLES.evaluations,
      staff: EMPTY_TABLES.staff,
      rejects: [],
      ids: null,
    };
    this.#width = header.length;
    this.#delimiter = delimiter;
    this.#idColumn = ID_COLUMN[dataset];
    this.#rows = new TableBuilder(TABLES[dataset]);
  }

  add(row: RowInput): void {
    this.#result.rowsRead++;
    // a row without `01-02-2024`-style dates reads the same under either day order
    if (this.#sightings.see(row) || this.#waiting.length) this.#waiting.push(row);
    else this.#read(row);
  }

  finish(): ReadResult {
    this.#result.dateFormat = this.#sightings.decide(this.#ctx.file);
    this.#ctx.dayOrder = this.#result.dateFormat.order ?? 'dmy';
    for (const row of this.#waiting) this.#read(row);
    this.#waiting.length = 0;
    this.#result[this.#result.dataset] = this.#rows.finish();
    if (this.#seen.size) this.#result.ids = this.#seen;
    return this.#result;
  }

  #checkDuplicate(id: string, row: RowInput, index: number): void {
    const first = this.#seen.get(id);
    const column = this.#idColumn!;
    if (first !== undefined) throw duplicateId(column, id, this.#lines[first]);
    this.#seen.set(id, index);
    this.#lines.push(row.line);
  }

  #read(row: RowInput): void {
    const ctx = this.#ctx;
    const result = this.#result;
    const { dataset, plan } = result;
    const width = this.#width;
    try {
      if (row.fields.length !== width && !(row.fields.length > width && row.fields.slice(width).every((f) => f.trim() === '')))
        throw new RowReject('field_count', '(row)', row.fields.slice(0, 3).join(this.#delimiter), `the row has ${row.fields.length} fields but the header has ${width}`);
      if (dataset === 'tickets') {
        const { row: t, survey } = readTicket(ctx, row);
        this.#checkDuplicate(t[0], row, this.#rows.length);
        this.#rows.push(t);
        if (survey) result.embeddedSurveys.set(t[0], survey);
      } else if (dataset === 'surveys') {
        const s = readSurvey(ctx, row);
        if (plan.index.survey_id !== undefined) this.#checkDuplicate(s[0], row, this.#rows.length);
        this.#rows.push(s);
      } else if (dataset === 'evaluations') for (const e of readEvaluation(ctx, row)) this.#rows.push(e);
      else this.#rows.push(readStaff(ctx, row));
    } catch (e) {
      if (!(e instanceof RowReject)) throw e;
      result.rejects.push(rejectOf(ctx.file, plan, row, e));
    }
  }
}
