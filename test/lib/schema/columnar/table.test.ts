import { describe, expect, it } from 'vitest';
import { rowAt, TABLES, toTable, valueAt } from '../../../../src/lib/schema/index.ts';

const TICKET = (i: number): unknown[] => [
  `T${i}`,
  1_767_225_600_000 + i * 60_000,
  -86_400_000 * 400 + i, // before 1970
  i % 3 ? null : i,
  null, null, null, null, null, null, null,
  ['phone', 'chat', 'email'][i % 3],
  'fault',
  'normal',
  i % 5 ? `team${i % 4}` : null,
  `agent${i % 300}`,
  'open',
  i % 7 ? i % 30 : null,
  0,
  i % 2 ? -0 : i / 7,
  null,
  null,
  null,
  null,
  null,
  null,
];

describe('columnar tables', () => {
  it('gives back every row as it was pushed, across growth and both string layouts', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => TICKET(i));
    const table = toTable(TABLES.tickets, rows);
    expect(table.length).toBe(5000);
    const kinds = table.columns.map((c) => (c.kind === 'enum' ? `enum${c.data.BYTES_PER_ELEMENT}` : c.kind));
    // ids are distinct: plain strings; 300 agents: two-byte codes; a few teams: one-byte codes
    expect([kinds[0], kinds[14], kinds[15]]).toEqual(['varchar', 'enum1', 'enum2']);
    for (const i of [0, 1, 1023, 1024, 1025, 4095, 4999]) expect(rowAt(table, i)).toEqual(rows[i].map((v) => (Object.is(v, -0) ? 0 : v)));
    expect(valueAt(table.columns[3], 1)).toBeNull();
  });

  it('switches a dictionary that grows too large to plain strings, keeping nulls', () => {
    // distinct values appear only after the first 4096 rows, then outgrow n / 16
    const rows = Array.from({ length: 6000 }, (_, i) => [`S${i}`, i < 4096 ? 'T' : i % 9 === 0 ? null : `T${i}`, null, null, null, null, null, null, null, null, null]);
    const table = toTable(TABLES.surveys, rows);
    expect(table.columns[1].kind).toBe('varchar');
    expect([0, 4095, 4096, 4104, 5999].map((i) => valueAt(table.columns[1], i))).toEqual(['T', 'T', 'T4096', null, 'T5999']);
  });

  it('keeps booleans and small integers typed', () => {
    const table = toTable(TABLES.surveys, [['S1', 'T1', null, null, 'email', 5, true, 10, 'ok', null, null], ['S2', 'T1', null, null, null, null, false, null, null, null, null]]);
    expect(rowAt(table, 0)).toEqual(['S1', 'T1', null, null, 'email', 5, true, 10, 'ok', null, null]);
    expect(rowAt(table, 1)).toEqual(['S2', 'T1', null, null, null, null, false, null, null, null, null]);
  });
});
