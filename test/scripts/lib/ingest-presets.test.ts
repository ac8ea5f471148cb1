import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, readParquet, runIngest } from '../../helpers/ingest.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/vendors', name), 'utf8');
const ingestVendor = async (name: string, preset?: 'zendesk' | 'freshdesk' | 'jira', config: object = {}) => {
  const { outDir, result } = await runIngest(dataDir({ [name]: fixture(name), 'config.json': JSON.stringify(config) }), { preset: preset ?? null });
  return {
    manifest: result.manifest,
    tickets: await readParquet(join(outDir, 'tickets.parquet'), 'ticket_id'),
    surveys: await readParquet(join(outDir, 'surveys.parquet'), 'ticket_id'),
  };
};
const pick = (rows: Record<string, unknown>[], keys: string[]) => rows.map((r) => keys.map((k) => r[k]));

describe('vendor presets', () => {
  it('reads a Zendesk Support export, detected by its headers', async () => {
    const { manifest, tickets, surveys } = await ingestVendor('zendesk-tickets.csv', undefined, { survey_scale: 'binary' });
    expect(manifest.files[0]).toMatchObject({ kind: 'tickets', preset: 'zendesk' });
    expect(pick(tickets, ['ticket_id', 'channel', 'category', 'priority', 'status', 'team', 'agent', 'contacts', 'reopened', 'frt_min', 'resolution_min'])).toEqual([
      // Replies → contacts (at least 1); First reply time in minutes → first response
      ['1001', 'web', 'fault', 'normal', 'resolved', 'Support', 'Sam Agent', 1, 0, 15, 120],
      ['1002', 'email', 'inquiry', 'high', 'closed', 'Billing', 'Ana Agent', 3, 1, 90, 360],
      ['1003', 'chat', 'fault', 'urgent', 'open', 'Support', 'Sam Agent', 1, 0, null, null],
      ['1004', 'phone', 'other', 'low', 'pending', 'Support', 'Ana Agent', 1, 0, 2, null],
    ]);
    // "+0800" offsets are kept: 09:00 +0800 is 01:00 UTC
    expect(tickets[0]).toMatchObject({ created_at: '2026-07-01 01:00:00', created_local: '2026-07-01 09:00:00' });
    // Satisfaction Score: Good / Bad on the binary scale, Offered = unanswered, Unoffered = no survey
    expect(pick(surveys, ['ticket_id', 'score', 'satisfied', 'agent'])).toEqual([
      ['1001', 1, true, 'Sam Agent'],
      ['1002', 0, false, 'Ana Agent'],
      ['1003', null, null, 'Sam Agent'],
    ]);
    expect(tickets).toHaveLength(4);
    expect(manifest.files[0].columns_dropped_as_personal_data).toEqual(expect.arrayContaining(['Requester', 'Requester email', 'Submitter', 'Organization']));
  });

  it('rejects a Zendesk rating that is not on the configured scale instead of guessing', async () => {
    const { manifest } = await ingestVendor('zendesk-tickets.csv');
    expect(manifest.files[0]).toMatchObject({ rows_rejected: 2, rejected_by_reason: { bad_score: 2 } });
  });

  it('reads a Freshdesk export', async () => {
    const { manifest, tickets, surveys } = await ingestVendor('freshdesk-tickets.csv', 'freshdesk');
    expect(manifest.files[0].preset).toBe('freshdesk');
    expect(pick(tickets, ['ticket_id', 'channel', 'category', 'priority', 'status', 'agent', 'contacts', 'frt_min', 'resolution_min', 'product'])).toEqual([
      ['501', 'web', 'fault', 'normal', 'resolved', 'Sam Agent', 1, 30, 120, 'Printer X'],
      // no Initial response time: First response time (in hrs) 0.25 → 15 minutes
      ['502', 'phone', 'inquiry', 'urgent', 'closed', 'Ana Agent', 2, 15, 480, null],
      ['503', 'web', 'suggestion', 'low', 'pending', null, 1, null, null, null],
    ]);
    expect(tickets[0].sla_due_local).toBe('2026-07-04 09:00:00');
    expect(pick(surveys, ['ticket_id', 'score', 'satisfied'])).toEqual([['501', 5, true]]);
  });

  it('reads a Jira Service Management export with its DD/Mon/YY dates and elapsed SLA times', async () => {
    const { manifest, tickets, surveys } = await ingestVendor('jira-tickets.csv');
    expect(manifest.files[0]).toMatchObject({ preset: 'jira', date_format: 'DD/Mon/YY h:mm AM' });
    expect(pick(tickets, ['ticket_id', 'created_local', 'channel', 'category', 'priority', 'status', 'team', 'frt_min', 'resolution_min'])).toEqual([
      ['HD-101', '2026-07-01 09:00:00', 'web', 'fault', 'high', 'resolved', 'IT Support', 90, 210],
      ['HD-102', '2026-07-02 14:15:00', 'email', 'inquiry', 'normal', 'open', 'IT Support', 45, null],
      ['HD-103', '2026-07-03 10:00:00', 'web', 'inquiry', 'low', 'resolved', 'Facilities', null, 60],
    ]);
    expect(pick(surveys, ['ticket_id', 'score', 'comment'])).toEqual([
      ['HD-101', 5, 'Great help, call me on [phone]'],
      ['HD-103', 2, null],
    ]);
  });
});
