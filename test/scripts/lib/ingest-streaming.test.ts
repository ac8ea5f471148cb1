import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dataDir, readParquet, runIngest } from '../../helpers/ingest.ts';

// Rows are read as they are parsed; from the first 01-02-2026-style date on they wait until the
// file's day order is known. Either way the rows, rejects and their order must not change.
describe('ingest: rows read while parsing', () => {
  it('reads rows before and after a late day-order decision the same way, rejects in line order', async () => {
    const text = [
      'ticket_id,created_at,channel', //                            1
      'A,2026-07-01 09:00:00,chat', //                              2 ISO: mixed formats must still be caught
    ].join('\n');
    const mixed = await runIngest(dataDir({ 'tickets.csv': `${text}\nB,01-02-2026 10:00,chat\n` })).catch((e) => e);
    expect(mixed.message).toMatch(/tickets\.csv:3:2: the file mixes date formats/);

    const late = [
      'ticket_id,created_at,channel,product', //                    1
      'A,01-02-2026 10:00,chat,x', //                               2 waits: 1 February once line 9 decides
      'B,02-03-2026 10:00,传真,x', //                               3 unknown_channel
      'A,03-04-2026 10:00,chat,x', //                               4 duplicate of line 2
      'C,04-05-2026 10:00,chat,"two', //                            5 a quoted field over two lines
      'lines"',
      'D,31-02-2026 10:00,chat,x', //                               7 bad_date (no 31 February)
      'E,05-06-2026 10:00,chat,x,extra', //                         8 field_count
      'F,13-06-2026 10:00,chat,x', //                               9 the row that decides day-first
      'A,06-07-2026 10:00,chat,x', //                              10 duplicate of line 2 again
    ].join('\r\n');
    const { result, outDir } = await runIngest(dataDir({ 'tickets.csv': late }));
    expect(result.rejects.map((r) => `${r.line}:${r.column} ${r.reason} ${r.message}`)).toEqual([
      '3:3 unknown_channel channel: unknown value "传真" (expected one of phone, email, chat, web, onsite, social, other, or a Chinese/vendor spelling of them)',
      '4:1 duplicate_id ticket_id: "A" already appears on line 2 of this file (the first is kept)',
      '7:2 bad_date created_at: cannot parse "31-02-2026 10:00" as a date',
      '8:1 field_count the row has 5 fields but the header has 4',
      '10:1 duplicate_id ticket_id: "A" already appears on line 2 of this file (the first is kept)',
    ]);
    const rows = await readParquet(join(outDir, 'tickets.parquet'), 'ticket_id');
    expect(rows.map((r) => [r.ticket_id, r.created_local, r.product])).toEqual([
      ['A', '2026-02-01 10:00:00', 'x'],
      ['C', '2026-05-04 10:00:00', 'two\r\nlines'],
      ['F', '2026-06-13 10:00:00', 'x'],
    ]);
    expect(result.manifest.files[0]).toMatchObject({ rows_read: 8, rows_kept: 3, date_format: 'DD-MM-YYYY HH:mm' });
  });

  it('reports a syntax error further down before a header it cannot place, as before', async () => {
    const err = await runIngest(dataDir({ 'export.csv': 'foo,bar\n1,2\n3,"open\n' })).catch((e) => e);
    expect(err.message).toMatch(/export\.csv:3:2: unterminated quoted field/);
  });

  it('fills survey agent and team from a single ticket file, with embedded surveys added beside a survey file', async () => {
    const zendesk = ['Id,Created at,Via,Satisfaction Score,Assignee,Group', '7,2026-07-01 09:00,Mail,Good,王芳,在线客服组', '8,2026-07-01 10:00,Mail,,李强,电话客服组'].join('\n');
    const surveys = ['survey_id,ticket_id,submitted_at,score', 'S1,8,2026-07-02 09:00,1', 'S2,9,2026-07-02 09:00,0'].join('\n');
    const { outDir, logs } = await runIngest(dataDir({ 'tickets.csv': zendesk, 'surveys.csv': surveys, 'config.json': '{"survey_scale":"binary"}' }));
    const rows = await readParquet(join(outDir, 'surveys.parquet'), 'survey_id');
    expect(rows.map((r) => [r.survey_id, r.ticket_id, r.agent, r.team])).toEqual([
      ['7-csat', '7', '王芳', '在线客服组'],
      ['S1', '8', '李强', '电话客服组'],
      ['S2', '9', null, null],
    ]);
    expect(logs.some((l) => /1 survey\(s\) refer to tickets that are in no tickets export/.test(l))).toBe(true);
  });
});
