/**
 * The native reader must give exactly what the JavaScript reader gives: every test ingests the same
 * files with `reader: 'js'` and `reader: 'native'` and compares every published row (in file order),
 * the manifest, the rejects and the log, or the error when the ingest fails.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestOptions } from '../../../../scripts/lib/ingest.ts';
import { writeBenchmarkExports } from '../../../../scripts/lib/sample/benchmark-exports.ts';
import { dataDir, readManifest, runIngest, tempDir } from '../../../helpers/ingest.ts';

type Run = Awaited<ReturnType<typeof runIngest>>;

async function attempt(data: string, options: Partial<IngestOptions>): Promise<Run | Error> {
  try {
    return await runIngest(data, options);
  } catch (e) {
    return e as Error;
  }
}

let duck: DuckDBConnection;
beforeAll(async () => {
  duck = await (await DuckDBInstance.create(':memory:')).connect();
});
const rowsOf = async (file: string) => (await duck.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRowObjectsJson();

/** What a run published, with the fields that differ between any two runs (time written, file bytes) left out. */
async function published(run: Run) {
  const manifest = readManifest(run.outDir) as unknown as Record<string, unknown> & { tables: Record<string, { bytes?: number }> };
  delete manifest.generated_at;
  for (const t of Object.values(manifest.tables)) delete t.bytes;
  const tables: Record<string, unknown[]> = {};
  for (const t of ['tickets', 'surveys', 'evaluations', 'staff']) tables[t] = await rowsOf(join(run.outDir, `${t}.parquet`));
  return { manifest, tables, rejects: run.result.rejects, logs: run.logs };
}

/** Ingests `files` with both readers and expects the same outcome; returns what the native run read natively. */
async function expectSameBothWays(files: Record<string, string | Uint8Array>, options: Partial<IngestOptions> = {}): Promise<{ nativeFiles: string[]; js: Run | Error }> {
  const data = dataDir(files);
  const reportsDir = tempDir('sp-reports-');
  const [js, native] = await Promise.all([attempt(data, { ...options, reportsDir, reader: 'js' }), attempt(data, { ...options, reportsDir, reader: 'native' })]);
  if (js instanceof Error || native instanceof Error) {
    expect(native instanceof Error ? native.message : 'native ingest succeeded').toBe(js instanceof Error ? js.message : 'js ingest succeeded');
    return { nativeFiles: [], js };
  }
  expect(await published(native)).toEqual(await published(js));
  return { nativeFiles: native.result.nativeFiles, js };
}

const TICKET_HEADER = 'Ticket ID,Created At,First Response At,Resolved At,Closed At,Channel,Category,Priority,Team,Agent,Status,Contacts,Reopened,SLA Due At,Product,Region,Customer ID,Customer Name,Customer Phone,Customer Email';
const TICKET_FIELDS = TICKET_HEADER.split(',');
const BASE: Record<string, string> = {
  'Ticket ID': 'X0',
  'Created At': '2025-03-03 10:00:00',
  'First Response At': '2025-03-03 10:05:00',
  'Resolved At': '2025-03-04 17:30:00',
  'Closed At': '2025-03-05 09:00:00',
  Channel: 'chat',
  Category: 'inquiry',
  Priority: 'normal',
  Team: '在线客服组',
  Agent: '郭子涵',
  Status: 'closed',
  Contacts: '1',
  Reopened: '0',
  'SLA Due At': '',
  Product: '智能门锁 X1',
  Region: '华东',
  'Customer ID': 'KH1',
  'Customer Name': '陶柏德',
  'Customer Phone': '15970763281',
  'Customer Email': 'lanliu58@gmail.com',
};
const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const ticket = (o: Record<string, string>) => TICKET_FIELDS.map((f) => quote(o[f] ?? BASE[f])).join(',');

/** Rows that take each path through the native reader: SQL, the JavaScript reader for one row, or a reject. */
const TRICKY_TICKETS = [
  ticket({ 'Ticket ID': 'P1', Channel: ' chat ', Team: '\u3000在线客服组', Agent: '郭子涵 ' }), // padded few-valued cells: mapped
  ticket({ 'Ticket ID': ' P2 ' }), // padded id: the row goes to JavaScript
  ticket({ 'Ticket ID': 'P3\u00a0' }), // a no-break space JavaScript trims
  ticket({ 'Ticket ID': 'P4', 'Created At': '2025-03-03T10:00:00' }),
  ticket({ 'Ticket ID': 'P5', 'Created At': '2025-03-03 10:00' }), // ISO without seconds
  ticket({ 'Ticket ID': 'P6', 'Created At': '2025-03-03T10:00:00Z', 'First Response At': '2025-03-03T18:01:00+08:00' }), // with offsets
  ticket({ 'Ticket ID': 'P7', 'Created At': '2024-02-29 10:00:00', 'First Response At': '', 'Resolved At': '', 'Closed At': '', Status: '' }),
  ticket({ 'Ticket ID': 'P8', 'Created At': '2025-02-29 10:00:00' }), // no such day
  ticket({ 'Ticket ID': 'P9', 'Created At': '0999-01-01 10:00:00', 'First Response At': '', 'Resolved At': '', 'Closed At': '', Status: 'open' }), // (no durations: counting business days back to 999 takes seconds)
  ticket({ 'Ticket ID': 'P10', 'Created At': '2025-03-03 24:00:00' }),
  ticket({ 'Ticket ID': 'P11', 'Created At': '' }),
  ticket({ 'Ticket ID': '1.23E+11' }),
  ticket({ 'Ticket ID': 'P12', Channel: 'fax' }),
  ticket({ 'Ticket ID': 'P13', Contacts: '3次', Reopened: '' }),
  ticket({ 'Ticket ID': 'P14', Contacts: '-1' }),
  ticket({ 'Ticket ID': 'P15', Status: '', 'Closed At': '' }), // resolved only: status from the times
  ticket({ 'Ticket ID': 'P16', Status: 'closed', 'Resolved At': '' }), // closed stands in for resolved
  ticket({ 'Ticket ID': 'P17', 'First Response At': '2025-03-03 09:00:00' }), // before creation
  ticket({ 'Ticket ID': 'P18', 'Customer ID': ' KH 2 ' }),
  ticket({ 'Ticket ID': 'P19', 'Customer ID': '' }),
  ticket({ 'Ticket ID': 'P20', Product: '多行\n产品, "带引号"' }), // a record over two lines
  '',
  ticket({ 'Ticket ID': 'P21', 'Created At': '2025-10-01 20:00:00', 'First Response At': '2025-10-09 08:00:00', 'Resolved At': '2025-10-11 19:59:59' }), // weekend and late hours
  ticket({ 'Ticket ID': 'P1', Channel: 'email' }), // repeats a kept id
  ticket({ 'Ticket ID': 'P8', 'Created At': '2025-03-03 10:00:00' }), // repeats a rejected id: this one is the first kept
  ticket({ 'Ticket ID': 'P8', 'Created At': '2025-03-04 10:00:00' }),
  ticket({ 'Ticket ID': 'P22', Priority: '紧急', Category: '投诉', Channel: '电话', Status: '已解决' }),
];

const SURVEY_HEADER = 'Survey ID,Ticket ID,Submitted At,Method,Score,Comment';
const TRICKY_SURVEYS = [
  'Q1,P1,2025-03-05 10:00:00,问卷,非常满意,"电话 13812345678 找我"',
  'Q2,P4,2025-03-05 10:00:00,phone callback,offered,',
  'Q3,P4,2025-03-05 10:00:00,questionnaire,7,',
  'Q4,P4,2025-03-05 10:00:00,飞鸽,5,',
  'Q5,NO-SUCH-TICKET,,questionnaire,3,"多行\n评论"',
  'Q1,P1,2025-03-06 10:00:00,questionnaire,4,',
  ' Q6 ,P22,2025-03-05 10:00,questionnaire,1,差',
];

let generated: { tickets: string; surveys: string };
beforeAll(() => {
  const dir = tempDir('sp-native-');
  writeBenchmarkExports({ outDir: dir, seed: 11, rows: 600 });
  generated = { tickets: readFileSync(join(dir, 'tickets.csv'), 'utf8'), surveys: readFileSync(join(dir, 'surveys.csv'), 'utf8') };
});

const withTricky = () => ({
  'tickets.csv': generated.tickets + TRICKY_TICKETS.join('\n') + '\n',
  'surveys.csv': generated.surveys + TRICKY_SURVEYS.join('\n') + '\n',
});

describe('native reader: same output as the JavaScript reader', () => {
  it('reads a generated export natively, with identical rows, manifest and log', async () => {
    const { nativeFiles, js } = await expectSameBothWays({ 'tickets.csv': generated.tickets, 'surveys.csv': generated.surveys });
    expect(nativeFiles).toEqual(['surveys.csv', 'tickets.csv']);
    expect((js as Run).result.manifest.tables.tickets.rows).toBe(600);
  });

  it('gives rows SQL cannot read to the JavaScript reader: same values, rejects, lines and messages', async () => {
    const { nativeFiles, js } = await expectSameBothWays(withTricky());
    expect(nativeFiles).toEqual(['surveys.csv', 'tickets.csv']);
    const reasons = (js as Run).result.rejects.map((r) => r.reason);
    // the fixture really exercises every kind of reject the native path hands over
    expect(new Set(reasons)).toEqual(new Set(['bad_date', 'missing_value', 'scientific_id', 'unknown_channel', 'bad_number', 'duplicate_id', 'bad_score', 'unknown_method']));
  });

  it('reads CRLF, a BOM and semicolons the same way', async () => {
    const files = withTricky();
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const { nativeFiles } = await expectSameBothWays({
      'tickets.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(files['tickets.csv']))]),
      'surveys.csv': files['surveys.csv'].replace(/,/g, ';'),
    });
    // a comment that held a comma now splits into a field too many: DuckDB's strict reader refuses the surveys, the JavaScript reader rejects those rows
    expect(nativeFiles).toEqual(['tickets.csv']);
  });

  it('converts time zones with daylight saving and counts business hours the same way', async () => {
    const rows = [
      ticket({ 'Ticket ID': 'D1', 'Created At': '2025-03-09 01:30:00', 'First Response At': '2025-03-09 02:30:00', 'Resolved At': '2025-03-09 03:30:00' }), // spring gap
      ticket({ 'Ticket ID': 'D2', 'Created At': '2025-11-02 01:30:00', 'First Response At': '2025-11-02 01:45:00', 'Resolved At': '2025-11-03 08:59:59' }), // repeated hour
      ticket({ 'Ticket ID': 'D3', 'Created At': '2025-12-24 17:59:00', 'First Response At': '2026-01-02 09:00:01', 'Resolved At': '2026-01-05 12:00:00' }),
    ];
    const config = JSON.stringify({ timezone: 'America/Los_Angeles', business_hours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '17:15', holidays: ['2025-12-25', '2026-01-01'], workdays: ['2025-12-27'] } });
    const { nativeFiles } = await expectSameBothWays({ 'tickets.csv': [TICKET_HEADER, ...rows].join('\n') + '\n', 'config.json': config });
    expect(nativeFiles).toEqual(['tickets.csv']);
  });

  it('drops customer ids when the config says so', async () => {
    const { nativeFiles } = await expectSameBothWays({ ...withTricky(), 'config.json': JSON.stringify({ privacy: { customer_id: 'drop' } }) });
    expect(nativeFiles).toEqual(['surveys.csv', 'tickets.csv']);
  });

  it('merges surveys the JavaScript reader read (identity columns, several files) with tickets DuckDB read', async () => {
    const withPii = 'Survey ID,Ticket ID,Submitted At,Score,Comment,Agent,Team,Customer Name\nR1,P1,2025-03-05 10:00:00,5,"陶柏德 says thanks",,,陶柏德\nR2,P4,2025-03-05 11:00:00,2,,王芳,,某人\n';
    const { nativeFiles } = await expectSameBothWays({ ...withTricky(), 'surveys-extra.csv': withPii });
    expect(nativeFiles).toEqual(['tickets.csv']);
  });

  it('hands the whole file to the JavaScript reader when DuckDB reads it differently', async () => {
    const files = withTricky();
    // a row with a field too many: DuckDB's strict reader stops, the JavaScript reader rejects the row
    const extraField = await expectSameBothWays({ ...files, 'tickets.csv': files['tickets.csv'] + ticket({ 'Ticket ID': 'F1' }) + ',extra\n' });
    expect(extraField.nativeFiles).toEqual([]);
    // day-first dates: the file's date format is decided over all rows, in JavaScript
    const dmy = await expectSameBothWays({ 'tickets.csv': [TICKET_HEADER, ticket({ 'Ticket ID': 'M1', 'Created At': '13-03-2025 10:00' }), ticket({ 'Ticket ID': 'M2' })].join('\n') });
    expect(dmy.nativeFiles).toEqual([]);
    expect(dmy.js).toBeInstanceOf(Error); // ISO and day-first dates in one file
  });
});
