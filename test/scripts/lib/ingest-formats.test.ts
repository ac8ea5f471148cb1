import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { IngestError } from '../../../scripts/lib/ingest.ts';
import { dataDir, gbk, readManifest, readParquet, runIngest, utf16be, utf16le } from '../../helpers/ingest.ts';

const EN = [
  'Ticket ID,Created At,First Response At,Resolved At,Channel,Category,Priority,Team,Agent,Status,Contacts,Reopened',
  'T1,2026-07-01 09:00,2026-07-01 09:03,2026-07-01 10:00,chat,inquiry,normal,在线客服组,王芳,resolved,1,0',
  'T2,2026-07-02 14:00,2026-07-02 14:00:30,,phone,complaint,high,电话客服组,李强,open,2,0',
].join('\n');

const ZH = [
  '工单编号,创建时间,首次响应时间,解决时间,渠道,类型,优先级,团队,处理人,状态,接触次数,重开次数',
  'T1,2026/07/01 09:00,2026/07/01 09:03,2026/07/01 10:00,在线客服,咨询,普通,在线客服组,王芳,已解决,1,0',
  'T2,2026/07/02 14:00,2026/07/02 14:00:30,,电话,投诉,高,电话客服组,李强,待处理,2,0',
].join('\r\n');

const ticketsOf = async (files: Record<string, string | Uint8Array>) => {
  const { outDir } = await runIngest(dataDir(files));
  return { rows: await readParquet(join(outDir, 'tickets.parquet')), manifest: readManifest(outDir) };
};

describe('ingest: encodings', () => {
  it.each([
    ['utf-8', (t: string) => t],
    ['utf-8-bom', (t: string) => '\uFEFF' + t],
    ['gb18030', gbk],
    ['utf-16le', utf16le],
    ['utf-16be', utf16be],
  ] as const)('reads %s and records it in the manifest', async (encoding, encode) => {
    const { rows, manifest } = await ticketsOf({ 'tickets.csv': encode(ZH) });
    expect(manifest.files[0].encoding).toBe(encoding);
    expect(rows.map((r) => [r.ticket_id, r.channel, r.category, r.priority, r.status, r.team])).toEqual([
      ['T1', 'chat', 'inquiry', 'normal', 'resolved', '在线客服组'],
      ['T2', 'phone', 'complaint', 'high', 'open', '电话客服组'],
    ]);
  });
});

describe('ingest: delimiters, quoting, line ends', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])('reads %j-delimited files with quoted multi-line fields and CRLF', async (d) => {
    const text = [
      ['survey_id', 'ticket_id', 'submitted_at', 'score', 'comment'].join(d),
      ['S1', 'T1', '2026-07-01 12:00', '5', `"first line${d} with delimiter\r\nsecond ""quoted"" line"`].join(d),
      ['S2', 'T1', '2026-07-01 13:00', '4', 'plain'].join(d),
    ].join('\r\n');
    const { outDir, result } = await runIngest(dataDir({ 'tickets.csv': EN, 'surveys.csv': text }));
    const rows = await readParquet(join(outDir, 'surveys.parquet'), 'survey_id');
    expect(rows.map((r) => r.comment)).toEqual([`first line${d} with delimiter\r\nsecond "quoted" line`, 'plain']);
    expect(result.manifest.files.find((f) => f.kind === 'surveys')!.delimiter).toBe(d === '\t' ? 'tab' : d);
  });
});

describe('ingest: header aliases and vocabularies', () => {
  it('maps English and Chinese exports onto the same canonical rows', async () => {
    const en = await ticketsOf({ 'tickets.csv': EN });
    const zh = await ticketsOf({ 'tickets.csv': ZH });
    const pick = (rows: Record<string, unknown>[]) => rows.map(({ customer_key, ...r }) => r);
    expect(pick(zh.rows)).toEqual(pick(en.rows));
    expect(zh.manifest.files[0].columns_mapped['工单编号']).toBe('ticket_id');
  });

  it('recognises a file by its headers when its name says nothing', async () => {
    const { manifest } = await ticketsOf({ 'export-2026.csv': ZH });
    expect(manifest.files[0].kind).toBe('tickets');
  });

  it('applies a custom header mapping from config', async () => {
    const text = EN.replace('Ticket ID', 'Vorgang').replace('Created At', 'Eröffnet');
    const data = dataDir({ 'tickets.csv': text, 'config.json': JSON.stringify({ columns: { tickets: { Vorgang: 'ticket_id', Eröffnet: 'created_at' } } }) });
    const { outDir } = await runIngest(data);
    expect((await readParquet(join(outDir, 'tickets.parquet'))).map((r) => r.ticket_id)).toEqual(['T1', 'T2']);
  });

  it('fails clearly when a required column is missing', async () => {
    const data = dataDir({ 'tickets.csv': 'Ticket ID,Channel\nT1,chat\n' });
    await expect(runIngest(data)).rejects.toThrow(/tickets\.csv:1:1: tickets export lacks required column created_at/);
  });
});

describe('ingest: time stamps', () => {
  it('stores UTC instants beside Shanghai wall clock, and durations in minutes', async () => {
    const { rows } = await ticketsOf({ 'tickets.csv': EN });
    expect(rows[0]).toMatchObject({ created_at: '2026-07-01 01:00:00', created_local: '2026-07-01 09:00:00', frt_min: 3, resolution_min: 60, frt_bh_min: 3 });
    expect(rows[1]).toMatchObject({ frt_min: 0.5 });
  });

  it('uses the configured zone, including daylight saving, and keeps explicit offsets', async () => {
    const text = [
      'ticket_id,created_at,first_response_at',
      'W,2026-01-15 09:00,2026-01-15 09:30',
      'S,2026-07-15 09:00,2026-07-15T09:30:00+02:00',
      // the night clocks go back: 02:30 happens twice; the first (CEST) is taken
      'O,2026-10-25 01:00,2026-10-25 03:00',
    ].join('\n');
    const { outDir } = await runIngest(dataDir({ 'tickets.csv': text, 'config.json': '{"timezone":"Europe/Berlin"}' }));
    const rows = await readParquet(join(outDir, 'tickets.parquet'), 'ticket_id');
    const by = Object.fromEntries(rows.map((r) => [r.ticket_id, r]));
    expect(by.W).toMatchObject({ created_at: '2026-01-15 08:00:00', created_local: '2026-01-15 09:00:00', frt_min: 30 });
    expect(by.S).toMatchObject({ created_at: '2026-07-15 07:00:00', first_response_local: '2026-07-15 09:30:00', frt_min: 30 });
    // 01:00 CEST (23:00Z) → 03:00 CET (02:00Z) is three hours, not two
    expect(by.O).toMatchObject({ frt_min: 180 });
  });

  it('decides DD-MM vs MM-DD per file from its unambiguous rows', async () => {
    const dmy = 'ticket_id,created_at\nA,01-02-2026 10:00\nB,25-02-2026 10:00\n';
    const mdy = 'ticket_id,created_at\nA,01-02-2026 10:00\nB,02-25-2026 10:00\n';
    const dflt = 'ticket_id,created_at\nA,01/02/2026 10:00 AM\n';
    const a = await ticketsOf({ 'tickets-a.csv': dmy });
    const b = await ticketsOf({ 'tickets-b.csv': mdy });
    const c = await ticketsOf({ 'tickets-c.csv': dflt });
    expect(a.rows.find((r) => r.ticket_id === 'A')!.created_local).toBe('2026-02-01 10:00:00');
    expect(a.manifest.files[0].date_format).toBe('DD-MM-YYYY HH:mm');
    expect(b.rows.find((r) => r.ticket_id === 'A')!.created_local).toBe('2026-01-02 10:00:00');
    expect(c.rows[0].created_local).toBe('2026-01-02 10:00:00');
  });

  it('refuses a file that mixes day-first and month-first dates, naming the rows', async () => {
    const text = 'ticket_id,created_at\nA,25-02-2026 10:00\nB,02-25-2026 10:00\n';
    const err = await runIngest(dataDir({ 'tickets.csv': text })).catch((e) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err.message).toMatch(/tickets\.csv:3:2: the file mixes day-first and month-first dates: line 2 .* can only be DD-MM-YYYY, but line 3 .* can only be MM-DD-YYYY/);
  });

  it('refuses a file that mixes date formats, naming the odd rows', async () => {
    const text = 'ticket_id,created_at\nA,2026-02-01 10:00\nB,2026-02-02 10:00\nC,2026/02/03 10:00\n';
    const err = await runIngest(dataDir({ 'tickets.csv': text })).catch((e) => e);
    expect(err.message).toMatch(/tickets\.csv:4:2: the file mixes date formats: mostly ISO 8601.*line 4 \(created_at "2026\/02\/03 10:00"\) is YYYY\/MM\/DD HH:mm/);
  });
});
