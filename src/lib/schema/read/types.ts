import type { Config } from '../../config/types.ts';
import type { BusinessClock } from '../../time/business-hours.ts';
import type { ZoneConverter } from '../../time/zone.ts';
import type { ColumnPlan } from '../columns.ts';
import type { DateFamily } from '../dates.ts';

/** Why a row was rejected; each reason is counted in the manifest and listed in rejects.csv. */
export type RejectReason =
  | 'bad_date'
  | 'missing_value'
  | 'scientific_id'
  | 'duplicate_id'
  | 'unknown_channel'
  | 'unknown_category'
  | 'unknown_priority'
  | 'unknown_status'
  | 'unknown_method'
  | 'unknown_role'
  | 'bad_score'
  | 'bad_number'
  | 'field_count';

/** A rejected row: where, which column, the (masked) value and why. */
export interface Reject {
  file: string;
  line: number;
  /** 1-based field number in the file */
  column: number;
  field: string;
  value: string;
  reason: RejectReason;
  message: string;
}

/** A problem that stops a whole file (it is never half-read). */
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'FileError';
  }
}

/** The row being read: its fields and where it starts. */
export interface RowInput {
  fields: string[];
  line: number;
}

/** What every dataset reader is given. */
export interface ReadContext {
  file: string;
  config: Config;
  plan: ColumnPlan;
  zone: ZoneConverter;
  clock: BusinessClock;
  /** decided per file: how `01-02-2024` is read */
  dayOrder: 'dmy' | 'mdy';
  /** salted hash for customer ids (null: drop them) */
  hashCustomer: ((id: string) => string) | null;
}

/** A row that failed: thrown inside readers, caught per row. */
export class RowReject extends Error {
  constructor(
    readonly reason: RejectReason,
    readonly field: string,
    readonly value: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Date format found in a file, for the manifest. */
export interface DateFormatInfo {
  family: DateFamily | null;
  order: 'dmy' | 'mdy' | null;
  description: string | null;
}
