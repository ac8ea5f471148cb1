import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { writeParquet } from '../../../scripts/lib/parquet.ts';
import { TABLES, toTable } from '../../../src/lib/schema/index.ts';
import { tempDir } from '../../helpers/ingest.ts';

/** Reads a Parquet file back as JS values (timestamps as epoch ms, dates as ISO days). */
async function readBack(file: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const cols = (await db.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRowsJS().map((r) => [String(r[0]), String(r[1])]);
    const select = cols.map(([n, t]) => (t === 'TIMESTAMP' ? `epoch_ms("${n}")::DOUBLE` : t === 'DATE' ? `strftime("${n}", '%Y-%m-%d')` : `"${n}"`)).join(', ');
    return (await db.runAndReadAll(`SELECT ${select} FROM '${file}'`)).getRowsJS().map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

const DAY = 86_400_000;

describe('parquet staging: typed columns through the appender', () => {
  it('chooses ENUM codes for repeating strings (one and two bytes) and plain strings for ids', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`S${i}`, `T${i % 300}`, null, null, `R${i % 3}`, null, null, null, null, null, null]);
    const kinds = toTable(TABLES.surveys, rows).columns.map((c) => (c.kind === 'enum' ? `enum${c.data.BYTES_PER_ELEMENT}` : c.kind));
    expect(kinds.slice(0, 5)).toEqual(['varchar', 'enum2', 'timestamp', 'timestamp', 'enum1']);
  });

  it('writes every value back as it was given: nulls, -0, pre-1970 times, odd strings, both string layouts', async () => {
    const odd = ['', "it's", '"quoted"', 'line\nbreak', '逗号,分号;', '👍', 'tab\there', 'lone \uD800 surrogate'];
    const rows = Array.from({ length: 4500 }, (_, i) => [
      `S${i}`, // survey_id: distinct → plain strings
      i % 7 === 0 ? odd[i % odd.length] : `T${i % 5}`, // repeating, but a lone surrogate keeps it plain
      i % 11 === 0 ? null : -DAY * 400 + i * 3_600_123, // before and after 1970
      i % 13 === 0 ? null : 1_767_225_600_000 + i,
      i % 3 === 0 ? null : ['questionnaire', 'phone_callback', 'email'][i % 3],
      i % 5 === 0 ? null : (i % 5) as number,
      i % 5 === 0 ? null : i % 2 === 0,
      i % 4 === 0 ? null : i % 11,
      i % 9 === 0 ? null : odd[i % odd.length],
      i % 2 === 0 ? `agent${i % 400}` : null, // more than 255 distinct: two-byte codes
      i % 17 === 0 ? null : '团队',
    ]);
    const file = join(tempDir('sp-staging-'), 'surveys.parquet');
    await writeParquet('surveys', toTable(TABLES.surveys, rows), file);
    const back = await readBack(file);
    const time = (r: unknown[]) => (r[2] === null ? Infinity : (r[2] as number));
    const sorted = [...rows].sort((a, b) => time(a) - time(b) || (a[0] === b[0] ? 0 : (a[0] as string) < (b[0] as string) ? -1 : 1)); // ORDER BY submitted_at NULLS LAST, survey_id
    // a lone surrogate cannot be stored as UTF-8: it comes back as U+FFFD, as it did through the CSV staging
    const expected = sorted.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD') : v)));
    expect(back).toEqual(expected);

    const evals = [
      ['2026-Q3', '王芳', null, 'supervisor', 'process_compliance', -0],
      ['2026-Q3', '王芳', '组', 'peer', 'training', 87.5],
    ];
    const evalFile = join(tempDir('sp-staging-'), 'evaluations.parquet');
    await writeParquet('evaluations', toTable(TABLES.evaluations, evals), evalFile);
    const zero = (await readBack(evalFile)).find((r) => r[3] === 'supervisor')!;
    expect(Object.is(zero[5], 0)).toBe(true); // -0 is stored as 0, as the text staging did

    const staff = [['王芳', '组', null, -DAY * 3, null]];
    const staffFile = join(tempDir('sp-staging-'), 'staff.parquet');
    await writeParquet('staff', toTable(TABLES.staff, staff), staffFile);
    expect(await readBack(staffFile)).toEqual([['王芳', '组', null, '1969-12-29', null]]);
  });

  it('refuses values that do not fit their column', () => {
    expect(() => toTable(TABLES.tickets, [['T1', 1.5, ...Array(24).fill(null)]])).toThrow(/invalid created_at value for TIMESTAMP: 1.5/);
    expect(() => toTable(TABLES.surveys, [['S', 'T', null, null, null, 300, null, null, null, null, null]])).toThrow(/invalid score value for TINYINT: 300/);
  });
});
