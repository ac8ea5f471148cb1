import { TICKET_COLUMN } from './ticket-columns.ts';
import { wallClock } from './wall-clock.ts';

/** Which committed tickets export a seeded row goes into. */
export type TicketExport = 'gbk' | 'english';

/** A deliberately odd row, derived from the first real ticket created at or after `at`. */
export interface SeededRow {
  file: TicketExport;
  at: number;
  /** what the ingest should say about it */
  reason: string;
  /** where it goes relative to the real ticket it copies */
  placement: 'before' | 'replace' | 'seven-rows-later';
  make: (template: readonly string[]) => string[];
}

const patched = (template: readonly string[], changes: Record<number, string>): string[] =>
  template.map((value, column) => changes[column] ?? value);

/** The five bad rows the ingest must reject, plus one valid row whose product spans two lines. */
export const SEEDED_ROWS: readonly SeededRow[] = [
  {
    file: 'gbk',
    at: wallClock(2025, 3, 1),
    reason: 'created_at: unparseable date 2025/02/30 10:15',
    placement: 'before',
    make: (row) => patched(row, { [TICKET_COLUMN.id]: 'GD2502300001', [TICKET_COLUMN.created]: '2025/02/30 10:15' }),
  },
  {
    file: 'gbk',
    at: wallClock(2025, 4, 15, 11),
    reason: 'channel: unknown value 传真',
    placement: 'before',
    make: (row) => patched(row, { [TICKET_COLUMN.id]: 'GD2504159001', [TICKET_COLUMN.channel]: '传真' }),
  },
  {
    file: 'gbk',
    at: wallClock(2025, 6, 10, 9),
    reason: 'ticket_id: duplicate within the file (second occurrence has one more contact)',
    placement: 'seven-rows-later',
    make: (row) => patched(row, { [TICKET_COLUMN.contacts]: String(Number(row[TICKET_COLUMN.contacts]) + 1) }),
  },
  {
    file: 'english',
    at: wallClock(2026, 1, 20, 9),
    reason: 'ticket_id: Excel scientific notation 1.03E+13',
    placement: 'before',
    make: (row) => patched(row, { [TICKET_COLUMN.id]: '1.03E+13' }),
  },
  {
    file: 'english',
    at: wallClock(2026, 3, 9, 10),
    reason: 'valid: product is a quoted multi-line value with a comma and quotes',
    placement: 'replace',
    make: (row) => patched(row, { [TICKET_COLUMN.product]: '智能门锁 X1\n(客户备注: "夜间反复报警", 要求加急)' }),
  },
  {
    file: 'english',
    at: wallClock(2026, 5, 12, 14),
    reason: 'created_at: unparseable date "not a date"',
    placement: 'before',
    make: (row) => patched(row, { [TICKET_COLUMN.id]: 'GD2605129001', [TICKET_COLUMN.created]: 'not a date' }),
  },
];

const DUPLICATE_DISTANCE = 7;

/** Feeds a ticket export its seeded rows as the real rows stream past, in creation order. */
export class SeededRowPlacer {
  private readonly waiting: SeededRow[];
  private readonly delayed: Array<{ releaseAfter: number; row: string[] }> = [];
  private realRows = 0;

  constructor(file: TicketExport) {
    this.waiting = SEEDED_ROWS.filter((seeded) => seeded.file === file);
  }

  /** The rows to write in place of one real row (usually just that row). */
  place(created: number, row: string[]): string[][] {
    const out: string[][] = [];
    let real = row;
    while (this.waiting.length > 0 && created >= (this.waiting[0] as SeededRow).at) {
      const seeded = this.waiting.shift() as SeededRow;
      const made = seeded.make(row);
      if (seeded.placement === 'before') out.push(made);
      else if (seeded.placement === 'replace') real = made;
      else this.delayed.push({ releaseAfter: this.realRows + DUPLICATE_DISTANCE, row: made });
    }
    out.push(real);
    this.realRows++;
    while (this.delayed.length > 0 && (this.delayed[0] as { releaseAfter: number }).releaseAfter < this.realRows) {
      out.push((this.delayed.shift() as { row: string[] }).row);
    }
    return out;
  }
}
