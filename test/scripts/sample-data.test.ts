import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestResult } from '../../scripts/lib/ingest.ts';
import { decodeBytes, splitRecords } from '../../src/lib/schema/index.ts';
import { containsPii } from '../../src/lib/schema/pii.ts';
import { TABLES } from '../../src/lib/schema/tables.ts';
import { runIngest } from '../helpers/ingest.ts';
import { DuckDBInstance } from '@duckdb/node-api';

async function distinctValues(file: string, column: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const reader = await db.runAndReadAll(`SELECT DISTINCT "${column}" FROM read_parquet('${file}') WHERE "${column}" IS NOT NULL`);
  const values = reader.getRows().map((r) => String(r[0]));
  db.closeSync();
  instance.closeSync();
  return values;
}

const DATA = join(import.meta.dirname, '../../data');
const IDENTITY_HEADERS = /^(客户姓名|联系电话|电子邮箱|Customer Name|Customer Phone|Customer Email)$/;

/** Every customer name, phone and email written in the committed sample exports. */
function sampleIdentities(): { names: Set<string>; others: Set<string> } {
  const names = new Set<string>();
  const others = new Set<string>();
  for (const file of readdirSync(DATA).filter((f) => f.endsWith('.csv'))) {
    const { header, records } = splitRecords(file, decodeBytes(readFileSync(join(DATA, file))).text);
    header.forEach((h, i) => {
      if (!IDENTITY_HEADERS.test(h.trim())) return;
      for (const r of records) if (r.fields[i]?.trim()) (/姓名|Name/.test(h) ? names : others).add(r.fields[i].trim());
    });
  }
  return { names, others };
}

describe('the committed sample', () => {
  let run: { result: IngestResult; outDir: string };
  beforeAll(async () => {
    run = await runIngest(DATA);
  }, 120_000);

  it('ingests with exactly the seeded bad rows rejected', () => {
    const got = run.result.rejects.map((r) => `${r.file.split('/').pop()} ${r.reason} ${r.value}`);
    expect(got).toEqual([
      'export-2024Q4-2025Q3.csv bad_date 2025/02/30 10:15',
      'export-2024Q4-2025Q3.csv unknown_channel 传真',
      expect.stringMatching(/^export-2024Q4-2025Q3\.csv duplicate_id GD\d+$/),
      'tickets-2025Q3-2026Q3.csv scientific_id 1.03E+13',
      'tickets-2025Q3-2026Q3.csv bad_date not a date',
    ]);
    const kinds = Object.fromEntries(run.result.manifest.files.map((f) => [f.name, [f.kind, f.encoding]]));
    expect(kinds).toEqual({
      'evaluations-360.csv': ['evaluations', 'utf-16le'],
      'export-2024Q4-2025Q3.csv': ['tickets', 'gb18030'],
      'staff.csv': ['staff', 'utf-8'],
      'surveys-2024Q4-2026Q3.csv': ['surveys', 'utf-8'],
      'tickets-2025Q3-2026Q3.csv': ['tickets', 'utf-8-bom'],
    });
  });

  it('publishes no customer name, phone or email', async () => {
    const { names, others } = sampleIdentities();
    expect(names.size).toBeGreaterThan(1000);
    expect(others.size).toBeGreaterThan(1000);
    const strings: string[] = [readFileSync(join(run.outDir, 'manifest.json'), 'utf8')];
    const hashes: string[] = [];
    for (const table of ['tickets', 'surveys', 'evaluations', 'staff'] as const)
      for (const col of TABLES[table].filter((c) => c.sql === 'VARCHAR'))
        for (const v of await distinctValues(join(run.outDir, `${table}.parquet`), col.name)) (col.name === 'customer_key' ? hashes : strings).push(v);
    // hashes are random hex, which the phone pattern can match by chance; they must only not BE an identity
    expect(hashes.filter((h) => others.has(h) || names.has(h))).toEqual([]);
    const leaks: string[] = [];
    const lengths = [...new Set([...names].map((n) => n.length))];
    for (const s of strings) {
      if (containsPii(s)) leaks.push(s);
      // phones and emails as tokens; names as every substring of their lengths
      for (const token of s.match(/[\w.+-]+@[\w.-]+|\d{7,}/g) ?? []) if (others.has(token)) leaks.push(token);
      for (const len of lengths) for (let i = 0; i + len <= s.length; i++) if (names.has(s.slice(i, i + len))) leaks.push(s.slice(i, i + len));
    }
    expect(leaks.slice(0, 5)).toEqual([]);
  });
});
