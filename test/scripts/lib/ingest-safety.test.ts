import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IngestError } from '../../../scripts/lib/ingest.ts';
import { ConfigError } from '../../../src/lib/config/index.ts';
import { browserTableFile } from '../../../scripts/lib/browser-db.ts';
import { createNativeDb, loadParquetDir } from '../../../scripts/lib/db-native.ts';
import { METRIC_COLUMNS } from '../../../src/lib/metrics/registry.ts';
import type { TableName } from '../../../src/lib/schema/tables.ts';
import { dataDir, readParquet, runIngest, tempDir } from '../../helpers/ingest.ts';

const NAMES = ['赵大宝', '钱小花', 'Jane Roe'];
const PHONES = ['13812345678', '13987654321', '010-87654321'];
const EMAILS = ['dabao.zhao@example.cn', 'jane.roe@example.org'];
const ID_NUMBER = '11010519491231002X';

const TICKETS = [
  '工单编号,创建时间,渠道,客户编号,客户姓名,联系电话,电子邮箱,客户地址',
  `GD1,2026/07/01 09:00,电话,C-001,${NAMES[0]},${PHONES[0]},${EMAILS[0]},北京市朝阳区某路1号`,
  `GD2,2026/07/01 10:00,邮件,C-002,${NAMES[1]},${PHONES[1]},${EMAILS[1]},上海市某路2号`,
].join('\n');
const SURVEYS = [
  'survey_id,ticket_id,submitted_at,score,comment,customer_name,phone',
  `S1,GD1,2026-07-02 09:00,5,"${NAMES[0]}很满意，有事打${PHONES[2]}或 ${EMAILS[0]}",${NAMES[0]},${PHONES[0]}`,
  `S2,GD2,2026-07-02 09:00,2,"身份证${ID_NUMBER}，请联系 ${PHONES[1]}",${NAMES[2]},`,
].join('\n');

/** Every output file as raw bytes and as decoded text (Parquet pages are compressed, so read them back). */
async function outputs(outDir: string): Promise<string[]> {
  const texts: string[] = [];
  for (const f of readdirSync(outDir)) {
    const file = join(outDir, f);
    texts.push(readFileSync(file, 'latin1'), readFileSync(file, 'utf8'));
    if (f.endsWith('.parquet')) texts.push(JSON.stringify(await readParquet(file)));
  }
  return texts;
}

describe('ingest: customer personal data never reaches the output', () => {
  it('drops identity columns, hashes the customer id and masks free text', async () => {
    const { outDir, result } = await runIngest(dataDir({ 'tickets.csv': TICKETS, 'surveys.csv': SURVEYS }));
    const all = (await outputs(outDir)).join('\n');
    for (const secret of [...NAMES, ...PHONES, ...EMAILS, ID_NUMBER, 'C-001', '朝阳区']) expect(all, secret).not.toContain(secret);
    const surveys = await readParquet(join(outDir, 'surveys.parquet'), 'survey_id');
    expect(surveys.map((s) => s.comment)).toEqual(['[name]很满意，有事打[phone]或 [email]', '身份证[id]，请联系 [phone]']);
    const tickets = await readParquet(join(outDir, 'tickets.parquet'));
    expect(tickets[0].customer_key).toMatch(/^[0-9a-f]{20}$/);
    expect(result.manifest.files.find((f) => f.kind === 'tickets')!.columns_dropped_as_personal_data).toEqual(['客户姓名', '联系电话', '电子邮箱', '客户地址']);
  });

  it('nor the table files the build publishes for the browser (their bytes and their rows)', async () => {
    const { outDir } = await runIngest(dataDir({ 'tickets.csv': TICKETS, 'surveys.csv': SURVEYS }));
    const db = await createNativeDb();
    const texts: string[] = [];
    try {
      await loadParquetDir(db, outDir, ['tickets', 'surveys']);
      for (const table of ['tickets', 'surveys'] as TableName[]) {
        const file = join(tempDir('sp-pii-bdb-'), `${table}.duckdb`);
        writeFileSync(file, await browserTableFile(db, table, METRIC_COLUMNS[table as keyof typeof METRIC_COLUMNS]));
        texts.push(readFileSync(file, 'latin1'), readFileSync(file, 'utf8'));
        await db.query(`ATTACH '${file}' AS f (READ_ONLY)`);
        texts.push(JSON.stringify(await db.query(`SELECT * FROM f.${table}`)));
        await db.query('DETACH f');
      }
    } finally {
      await db.close();
    }
    const all = texts.join('\n');
    expect(all).toContain('[phone]');
    for (const secret of [...NAMES, ...PHONES, ...EMAILS, ID_NUMBER, 'C-001', '朝阳区']) expect(all, secret).not.toContain(secret);
  });

  it('drops the customer id too when privacy.customer_id is "drop"', async () => {
    const { outDir } = await runIngest(dataDir({ 'tickets.csv': TICKETS, 'config.json': '{"privacy":{"customer_id":"drop"}}' }));
    expect((await readParquet(join(outDir, 'tickets.parquet'))).map((t) => t.customer_key)).toEqual([null, null]);
  });
});

describe('ingest: atomic publishing', () => {
  const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

  it('leaves the previous output byte-identical when a file is broken, and says where', async () => {
    const data = dataDir({ 'tickets.csv': TICKETS, 'surveys.csv': SURVEYS });
    const outDir = join(tempDir(), 'public', 'data');
    await runIngest(data, { outDir });
    const before = snapshot(outDir);

    writeFileSync(join(data, 'tickets-2026-08.csv'), 'ticket_id,created_at,channel\nT9,2026-08-01 09:00,chat\nT10,2026-08-01 10:00,"chat\n');
    const err = await runIngest(data, { outDir }).catch((e) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err.message).toMatch(/1 file could not be read; nothing was published/);
    expect(err.problems[0]).toMatch(/tickets-2026-08\.csv:3:3: unterminated quoted field$/);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(dirname(outDir))).toEqual(['data']);
  });

  it('fails on an invalid config before touching anything', async () => {
    const data = dataDir({ 'tickets.csv': TICKETS, 'config.json': '{"scorecard":{"weights":{"satisfaction":120}}}' });
    const outDir = join(tempDir(), 'data');
    const err = await runIngest(data, { outDir }).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('scorecard.weights.satisfaction: 120 is not allowed; expected a number from 0 to 100');
    expect(readdirSync(dirname(outDir))).toEqual([]);
  });

  it('points at the line and column of broken JSON in the config', async () => {
    const data = dataDir({ 'tickets.csv': TICKETS, 'config.json': '{\n  "timezone": "Asia/Shanghai",\n  "week_start": 1,,\n}' });
    const err = await runIngest(data).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/config\.json:3:\d+/);
  });

  it('refuses an empty data directory and files it cannot classify', async () => {
    await expect(runIngest(dataDir({ 'README.md': 'hi' }))).rejects.toThrow(/no exports \(\*\.csv, \*\.tsv, \*\.txt\)/);
    await expect(runIngest(dataDir({ 'notes.csv': 'foo,bar\n1,2\n' }))).rejects.toThrow(/notes\.csv:1:1: cannot tell what kind of export this is/);
  });
});
