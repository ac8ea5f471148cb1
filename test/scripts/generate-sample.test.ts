import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBenchmarkExports } from '../../scripts/lib/sample/benchmark-exports.ts';
import { encodeGbk } from '../../scripts/lib/sample/encodings.ts';
import { AGENTS, TEAM_NAMES, TRANSFER } from '../../scripts/lib/sample/organisation.ts';
import { SAMPLE_FILES, writeSampleExports } from '../../scripts/lib/sample/sample-exports.ts';

const committed = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const parse = (text: string, delimiter: string): string[][] =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;
const decodeGbk = (path: string) => new TextDecoder('gbk').decode(readFileSync(path));
const decodeUtf8 = (path: string) => new TextDecoder('utf-8').decode(readFileSync(path)); // drops a BOM
const decodeUtf16 = (path: string) => new TextDecoder('utf-16le').decode(readFileSync(path));

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'generate-sample-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('benchmark mode (--rows)', () => {
  it('writes byte-identical files for the same seed', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => join(scratch, name)) as [string, string, string];
    writeBenchmarkExports({ outDir: a, seed: 7, rows: 2_000 });
    writeBenchmarkExports({ outDir: b, seed: 7, rows: 2_000 });
    writeBenchmarkExports({ outDir: c, seed: 8, rows: 2_000 });
    for (const file of ['tickets.csv', 'surveys.csv']) {
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
      expect(readFileSync(join(a, file)).equals(readFileSync(join(c, file))), file).toBe(false);
    }
  });

  it('writes N tickets and about 0.4 N surveys with ISO dates', () => {
    const dir = join(scratch, 'a');
    const tickets = parse(readFileSync(join(dir, 'tickets.csv'), 'utf8'), ',');
    const surveys = parse(readFileSync(join(dir, 'surveys.csv'), 'utf8'), ',');
    expect(tickets[0]?.slice(0, 2)).toEqual(['Ticket ID', 'Created At']);
    expect(tickets.length - 1).toBe(2_000);
    expect(surveys.length - 1).toBeGreaterThan(600);
    expect(surveys.length - 1).toBeLessThan(1_000);
    expect(tickets[1]?.[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});

describe('sample mode', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(scratch, 'sample');
    writeSampleExports({ outDir: dir, seed: 1, tickets: 3_000 });
  });

  it('encodes each file as its real-world counterpart does', () => {
    const gbk = readFileSync(join(dir, SAMPLE_FILES.gbkTickets));
    expect(gbk.subarray(0, 8).equals(encodeGbk('工单编号'))).toBe(true);
    expect(decodeGbk(join(dir, SAMPLE_FILES.gbkTickets))).toMatch(/^工单编号,创建时间,首次响应时间,.*\r\n/);
    expect([...readFileSync(join(dir, SAMPLE_FILES.englishTickets)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...readFileSync(join(dir, SAMPLE_FILES.evaluations)).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(decodeUtf16(join(dir, SAMPLE_FILES.evaluations))).toMatch(/^\ufeff?考核周期\t员工\t团队\t评价人角色\t服务流程规范性/);
    expect(readFileSync(join(dir, SAMPLE_FILES.surveys), 'utf8')).toMatch(/^调查编号;工单编号;提交时间;调查方式;满意度;评价内容\n/);
  });

  it('writes the same bytes for the same seed', () => {
    const again = join(scratch, 'sample-again');
    writeSampleExports({ outDir: again, seed: 1, tickets: 3_000 });
    for (const file of Object.values(SAMPLE_FILES)) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(dir, file))), file).toBe(true);
    }
  });

  it('seeds the bad rows even in a small sample', () => {
    const first = parse(decodeGbk(join(dir, SAMPLE_FILES.gbkTickets)), ',');
    expect(first.find((row) => row[0] === 'GD2502300001')?.[1]).toBe('2025/02/30 10:15');
    expect(first.find((row) => row[0] === 'GD2504159001')?.[5]).toBe('传真');
    const ids = first.map((row) => row[0]);
    expect(ids.length - new Set(ids).size).toBe(1);
    const second = parse(decodeUtf8(join(dir, SAMPLE_FILES.englishTickets)), ',');
    expect(second.some((row) => row[0] === '1.03E+13')).toBe(true);
    expect(second.find((row) => row[0] === 'GD2605129001')?.[1]).toBe('not a date');
  });
});

describe('committed sample in data/', () => {
  let first: string[][];
  let second: string[][];
  let surveys: string[][];
  beforeAll(() => {
    first = parse(decodeGbk(committed(SAMPLE_FILES.gbkTickets)), ',');
    second = parse(decodeUtf8(committed(SAMPLE_FILES.englishTickets)), ',');
    surveys = parse(decodeUtf8(committed(SAMPLE_FILES.surveys)), ';');
  });

  it('has about 60,000 tickets over two files that overlap in September 2025', () => {
    expect(first.length - 1).toBeGreaterThan(27_000);
    expect(second.length - 1).toBeGreaterThan(31_000);
    const firstIds = new Set(first.slice(1).map((row) => row[0]));
    const unique = new Set([...firstIds, ...second.slice(1).map((row) => row[0])]);
    expect(unique.size).toBeGreaterThan(58_000);
    expect(unique.size).toBeLessThan(62_000);
    const overlap = second.filter((row) => firstIds.has(row[0]));
    expect(overlap.length).toBeGreaterThan(2_000);
    expect(overlap.every((row) => /^\d{2}-09-2025/.test(row[1] as string))).toBe(true);
  });

  it('has surveys for about 35 % of tickets, some unanswered, 360 rows for every agent and quarter', () => {
    const answered = surveys.slice(1).filter((row) => row[4] !== '');
    expect(answered.length / 60_000).toBeGreaterThan(0.3);
    expect(answered.length / 60_000).toBeLessThan(0.4);
    expect(surveys.length - 1 - answered.length).toBeGreaterThan(1_000);
    const evaluations = parse(decodeUtf16(committed(SAMPLE_FILES.evaluations)).replace(/^\ufeff/, ''), '\t');
    expect(evaluations.length - 1).toBe(AGENTS.length * 8 * 5);
  });

  it('contains the seeded bad rows', () => {
    expect(first.filter((row) => row[1] === '2025/02/30 10:15')).toHaveLength(1);
    expect(first.filter((row) => row[5] === '传真')).toHaveLength(1);
    const ids = first.map((row) => row[0]);
    const seen = new Set<string | undefined>();
    expect(ids.filter((id) => seen.has(id) || !seen.add(id))).toEqual(['GD2506100011']);
    expect(second.filter((row) => row[0] === '1.03E+13')).toHaveLength(1);
    expect(second.filter((row) => row[1] === 'not a date')).toHaveLength(1);
  });

  it('shows the team transfer in tickets and staff', () => {
    const teamsOfMover = new Set(second.filter((row) => row[9] === TRANSFER.agent).map((row) => row[8]));
    expect(teamsOfMover).toEqual(new Set([TEAM_NAMES[TRANSFER.from], TEAM_NAMES[TRANSFER.to]]));
    const staff = readFileSync(committed(SAMPLE_FILES.staff), 'utf8');
    expect(staff.split('\n').filter((line) => line.startsWith(`${TRANSFER.agent},`))).toHaveLength(2);
  });

  it('keeps customer names out of every other column', () => {
    const customerNames = new Set(second.slice(1).map((row) => row[17] as string));
    const agentNames = AGENTS.map((agent) => agent.name);
    const texts = new Set([...agentNames, ...Object.values(TEAM_NAMES), ...surveys.map((row) => row[5] as string)]);
    const trigrams = new Set([...texts].flatMap((text) => [...text].map((_, i) => text.slice(i, i + 3))));
    expect([...customerNames].filter((name) => trigrams.has(name))).toEqual([]);
    expect(second[1]?.[18]).toMatch(/^1[358]\d{9}$/);
  });
});
