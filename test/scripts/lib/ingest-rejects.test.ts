import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../../../scripts/lib/ingest.ts';
import { dataDir, readParquet, runIngest } from '../../helpers/ingest.ts';

// line numbers count the header as line 1
const TICKETS = [
  'ticket_id,created_at,channel,category,priority,status,contacts', //  1
  'OK1,2026-07-01 09:00,chat,inquiry,normal,open,1', //                  2 kept
  'B1,2026-02-30 09:00,chat,inquiry,normal,open,1', //                   3 bad_date (col 2)
  ',2026-07-01 09:00,chat,inquiry,normal,open,1', //                     4 missing_value (col 1)
  '1.03E+13,2026-07-01 09:00,chat,inquiry,normal,open,1', //             5 scientific_id (col 1)
  'OK1,2026-07-01 10:00,chat,inquiry,normal,open,1', //                  6 duplicate_id (col 1)
  'B2,2026-07-01 09:00,传真,inquiry,normal,open,1', //                   7 unknown_channel (col 3)
  'B3,2026-07-01 09:00,chat,gossip,normal,open,1', //                    8 unknown_category (col 4)
  'B4,2026-07-01 09:00,chat,inquiry,whenever,open,1', //                 9 unknown_priority (col 5)
  'B5,2026-07-01 09:00,chat,inquiry,normal,lost,1', //                  10 unknown_status (col 6)
  'B6,2026-07-01 09:00,chat,inquiry,normal,open,many', //               11 bad_number (col 7)
  'B7,2026-07-01 09:00,chat,inquiry,normal,open,1,extra', //            12 field_count (col 1)
  'OK2,2026-07-01 11:00,,,,,', //                                       13 kept: blanks take defaults
].join('\n');

const SURVEYS = [
  'survey_id,ticket_id,submitted_at,method,score', // 1
  'S1,OK1,2026-07-02 09:00,问卷,非常满意', //          2 kept
  'S2,OK1,2026-07-02 09:00,飞鸽,5', //                3 unknown_method (col 4)
  'S3,OK1,2026-07-02 09:00,问卷,7', //                4 bad_score (col 5)
].join('\n');

const EVALS = ['period,employee,team,evaluator_role,dimension,score', '2026-Q3,王芳,在线客服组,上级,process_compliance,90', '2026-Q3,王芳,在线客服组,路人,process_compliance,90'].join('\n');

describe('ingest: every reject reason, with file:line:column', () => {
  it('skips bad rows, reports each with its reason, and keeps the good ones', async () => {
    const data = dataDir({ 'tickets.csv': TICKETS, 'surveys.csv': SURVEYS, 'evaluations.csv': EVALS });
    const { result, outDir, logs } = await runIngest(data);
    const got = result.rejects.map((r) => `${r.file.split('/').pop()}:${r.line}:${r.column} ${r.reason}`);
    expect(got.sort()).toEqual(
      [
      'tickets.csv:3:2 bad_date',
      'tickets.csv:4:1 missing_value',
      'tickets.csv:5:1 scientific_id',
      'tickets.csv:6:1 duplicate_id',
      'tickets.csv:7:3 unknown_channel',
      'tickets.csv:8:4 unknown_category',
      'tickets.csv:9:5 unknown_priority',
      'tickets.csv:10:6 unknown_status',
      'tickets.csv:11:7 bad_number',
      'tickets.csv:12:1 field_count',
      'surveys.csv:3:4 unknown_method',
      'surveys.csv:4:5 bad_score',
      'evaluations.csv:3:4 unknown_role',
      ].sort(),
    );
    expect(result.rejects.find((r) => r.reason === 'bad_date')!.message).toBe('created_at: cannot parse "2026-02-30 09:00" as a date');
    expect(result.rejects.find((r) => r.reason === 'scientific_id')!.message).toMatch(/"1\.03E\+13" is in scientific notation/);

    const tickets = await readParquet(join(outDir, 'tickets.parquet'));
    expect(tickets.map((t) => [t.ticket_id, t.channel, t.category, t.priority, t.status])).toEqual([
      ['OK1', 'chat', 'inquiry', 'normal', 'open'],
      ['OK2', 'other', 'other', 'normal', 'open'],
    ]);
    const ticketFile = result.manifest.files.find((f) => f.kind === 'tickets')!;
    expect(ticketFile).toMatchObject({ rows_read: 12, rows_kept: 2, rows_rejected: 10 });
    expect(ticketFile.rejected_by_reason).toMatchObject({ bad_date: 1, duplicate_id: 1, field_count: 1 });
    expect(logs[0]).toMatch(/^tickets +2 rows from 1 file · 2026-07-01 → 2026-07-01 · 10 rejected \(bad_date 1, missing_value 1/);

    const csv = readFileSync(join(result.rejectsPath), 'utf8');
    expect(csv.split('\n')[0]).toBe('\uFEFFfile,line,column,field,value,reason,message');
    expect(csv).toContain('tickets.csv,7,3,channel,传真,unknown_channel,');
  });

  it('--strict fails on any reject, lists the first ten, and publishes nothing', async () => {
    const data = dataDir({ 'tickets.csv': TICKETS });
    const err = await runIngest(data, { strict: true }).catch((e) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err.message).toMatch(/^--strict: 10 rows rejected/);
    expect(err.problems).toHaveLength(10);
    expect(err.problems[0]).toMatch(/tickets\.csv:3:2: bad_date: created_at: cannot parse "2026-02-30 09:00"/);
  });
});

describe('ingest: de-duplication across files', () => {
  it('lets the later file in name order win and counts conflicts', async () => {
    const head = 'ticket_id,created_at,status,reopened';
    const data = dataDir({
      'tickets-2026-07.csv': [head, 'A,2026-07-01 09:00,open,0', 'B,2026-07-01 10:00,resolved,0', 'C,2026-07-01 11:00,resolved,0'].join('\n'),
      'tickets-2026-08.csv': [head, 'B,2026-07-01 10:00,resolved,0', 'C,2026-07-01 11:00,resolved,1', 'D,2026-08-01 09:00,open,0'].join('\n'),
    });
    const { result, outDir, logs } = await runIngest(data);
    const rows = await readParquet(join(outDir, 'tickets.parquet'), 'ticket_id');
    expect(rows.map((r) => [r.ticket_id, r.reopened])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 1],
      ['D', 0],
    ]);
    expect(result.manifest.files[0]).toMatchObject({ name: 'tickets-2026-07.csv', replaced_by_later_files: 2, conflicts_with_later_files: 1 });
    expect(logs.join('\n')).toMatch(/tickets +4 rows from 2 files .* 2 replaced by later files \(1 differed\)/);
  });
});

describe('ingest: evaluations, staff and surveys', () => {
  it('folds a wide 360 sheet into long rows and normalises periods and roles', async () => {
    const wide = ['考核周期\t员工\t团队\t评价人角色\t服务流程规范性\t团队协作与沟通\t培训与技能提升\t备注', '2026年第三季度\t王芳\t在线客服组\t上级\t90\t85\t\t无', '2026Q3\t王芳\t在线客服组\t自评\t95\t90\t80\t'].join('\r\n');
    const { outDir } = await runIngest(dataDir({ 'evaluations.csv': wide }));
    const rows = await readParquet(join(outDir, 'evaluations.parquet'), 'evaluator_role, dimension');
    expect(rows).toEqual([
      { period: '2026-Q3', employee: '王芳', team: '在线客服组', evaluator_role: 'self', dimension: 'process_compliance', score: 95 },
      { period: '2026-Q3', employee: '王芳', team: '在线客服组', evaluator_role: 'self', dimension: 'teamwork_communication', score: 90 },
      { period: '2026-Q3', employee: '王芳', team: '在线客服组', evaluator_role: 'self', dimension: 'training', score: 80 },
      { period: '2026-Q3', employee: '王芳', team: '在线客服组', evaluator_role: 'supervisor', dimension: 'process_compliance', score: 90 },
      { period: '2026-Q3', employee: '王芳', team: '在线客服组', evaluator_role: 'supervisor', dimension: 'teamwork_communication', score: 85 },
    ]);
  });

  it('reads staff with dates and fills survey agent and team from the ticket', async () => {
    const { outDir, result } = await runIngest(
      dataDir({
        'staff.csv': '员工,团队,岗位,起始日期,截止日期\n王芳,技术支持一组,技术支持,2025-01-01,2025-11-15\n王芳,技术支持二组,技术支持,2025-11-16,\n',
        'tickets.csv': 'ticket_id,created_at,agent,team\nT1,2026-07-01 09:00,王芳,技术支持二组\n',
        'surveys.csv': 'ticket_id,submitted_at,score\nT1,2026-07-02 09:00,4\nT9,2026-07-02 09:00,Offered\n',
      }),
    );
    expect(await readParquet(join(outDir, 'staff.parquet'), 'active_from')).toEqual([
      { employee: '王芳', team: '技术支持一组', role: 'technical_support', active_from: '2025-01-01', active_to: '2025-11-15' },
      { employee: '王芳', team: '技术支持二组', role: 'technical_support', active_from: '2025-11-16', active_to: null },
    ]);
    const surveys = await readParquet(join(outDir, 'surveys.parquet'), 'ticket_id');
    expect(surveys.map((s) => [s.ticket_id, s.score, s.satisfied, s.agent, s.team])).toEqual([
      ['T1', 4, true, '王芳', '技术支持二组'],
      ['T9', null, null, null, null],
    ]);
    expect(result.manifest.warnings).toContain('1 survey(s) refer to tickets that are in no tickets export; their team and agent are unknown');
    expect(result.manifest.notices).toContainEqual({ kind: 'orphan_surveys', count: 1 });
  });
});
