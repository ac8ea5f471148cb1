import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataUrl, pageUrl, splitLocalePath, withBase } from '../../../src/lib/site/paths.ts';
import { quarterOf, quartersBetween } from '../../../src/lib/site/quarters.ts';
import { normalizeManifest, parseManifest } from '../../../src/lib/site/manifest.ts';

describe('paths', () => {
  it('builds every URL from the base path', () => {
    expect(withBase('/', 'data/')).toBe('/data/');
    expect(withBase('/reports', '/data/')).toBe('/reports/data/');
    expect(pageUrl('/reports/', 'zh-CN', 'data/')).toBe('/reports/data/');
    expect(pageUrl('/reports/', 'en', 'data/', '?team=A')).toBe('/reports/en/data/?team=A');
    expect(pageUrl('/', 'en')).toBe('/en/');
    expect(dataUrl('/reports/', 'tickets.parquet')).toBe('/reports/data/tickets.parquet');
  });

  it('finds the locale and page of a path', () => {
    expect(splitLocalePath('/reports/', '/reports/en/data/')).toEqual({ locale: 'en', path: 'data/' });
    expect(splitLocalePath('/reports/', '/reports/engineering/')).toEqual({ locale: 'zh-CN', path: 'engineering/' });
    expect(splitLocalePath('/', '/en')).toEqual({ locale: 'en', path: '' });
  });
});

describe('quarters', () => {
  it('lists the quarters of a range, newest first', () => {
    expect(quartersBetween('2025-11-03 08:00:00', '2026-04-01')).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
    expect(quartersBetween(undefined, '2026-01-01')).toEqual([]);
    expect(quarterOf('2026-03-31', 4)).toBe('2025-Q4');
  });
});

describe('manifest', () => {
  const fixture = JSON.parse(readFileSync(new URL('./manifest.fixture.json', import.meta.url), 'utf8'));

  it('normalises the ingest manifest', () => {
    const m = normalizeManifest(fixture)!;
    expect(m.timezone).toBe('Asia/Shanghai');
    expect(m.dataAsOfLocal).toBe('2026-09-30 23:59:00');
    expect(m.files.map((f) => f.name)).toEqual(['export-2024Q4-2025Q3.csv', 'tickets-2025Q3-2026Q3.csv']);
    expect(m.files[0]!.rejectedByReason).toEqual([['bad_date', 1], ['duplicate_id', 1], ['unknown_channel', 1]]);
    expect(m.files[0]!.piiColumnsDropped).toEqual(['客户姓名', '联系电话']);
    expect(m.tables).toEqual([
      { name: 'tickets', rows: 60000, columns: 3, from: '2024-10-01 07:28:00', to: '2026-09-30 23:25:00' },
      { name: 'evaluations', rows: 8000, columns: undefined, from: '2024-Q4', to: '2026-Q3' },
    ]);
    expect(m.warnings).toHaveLength(1);
  });

  it('reads the ingest notices, dropping any it does not know', () => {
    const m = normalizeManifest({
      notices: [
        { kind: 'conflicts', count: 132, file: 'export.csv' },
        { kind: 'orphan_surveys', count: 2 },
        { kind: 'conflicts', count: 3 },
        { kind: 'negative_durations', count: 'x' },
        { kind: 'something_new', count: 1 },
        null,
      ],
    })!;
    expect(m.notices).toEqual([
      { kind: 'conflicts', count: 132, file: 'export.csv' },
      { kind: 'orphan_surveys', count: 2 },
    ]);
  });

  it('codes defensively against missing or malformed fields', () => {
    expect(parseManifest(undefined)).toBeUndefined();
    expect(parseManifest('{not json')).toBeUndefined();
    expect(parseManifest('[1,2]')).toBeUndefined();
    expect(parseManifest('{}')).toEqual({ files: [], tables: [], warnings: [], notices: [], generatedAt: undefined, dataAsOf: undefined, dataAsOfLocal: undefined, timezone: undefined, configHash: undefined, minObservations: undefined, fiscalYearStartMonth: undefined });
    const m = normalizeManifest({ files: [{ rows_read: 'x' }, { name: 'a.csv', rejected_by_reason: { x: 'y' } }], tables: { tickets: null } })!;
    expect(m.files).toEqual([expect.objectContaining({ name: 'a.csv', rowsRead: undefined, rejectedByReason: [] })]);
    expect(m.tables).toEqual([{ name: 'tickets', rows: undefined, columns: undefined, from: undefined, to: undefined }]);
  });
});
