import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CsvWriter, type CsvLayout } from './csv-writer.ts';
import { DIMENSIONS, evaluationRows } from './evaluations.ts';
import { staffRows } from './organisation.ts';
import { Random, mixSeed } from './random.ts';
import { SeededRowPlacer } from './seeded-rows.ts';
import { CHINESE_SURVEY_HEADERS, chineseSurveyRow } from './survey-columns.ts';
import { surveyFor, type Survey } from './surveys.ts';
import { CHINESE_TICKET_HEADERS, ENGLISH_TICKET_HEADERS, chineseTicketRow, englishTicketRow } from './ticket-columns.ts';
import { generateTickets, viewAt, type TicketView } from './tickets.ts';
import { SAMPLE_PERIOD, formatDayFirst, formatIso, formatSlash, wallClock } from './wall-clock.ts';

/** File names of the committed sample. */
export const SAMPLE_FILES = {
  gbkTickets: 'export-2024Q4-2025Q3.csv',
  englishTickets: 'tickets-2025Q3-2026Q3.csv',
  surveys: 'surveys-2024Q4-2026Q3.csv',
  evaluations: 'evaluations-360.csv',
  staff: 'staff.csv',
} as const;

/** Tickets in the committed sample. */
export const SAMPLE_TICKETS = 60_000;

/** The first export covers tickets created before this and was taken just before it. */
const FIRST_EXPORT_END = wallClock(2025, 10, 1);
/** The second export starts a month earlier, so September 2025 is in both. */
const SECOND_EXPORT_START = wallClock(2025, 9, 1);

const GBK_TICKETS: CsvLayout = { encoding: 'gbk', delimiter: ',', lineEnd: '\r\n' };
const ENGLISH_TICKETS: CsvLayout = { encoding: 'utf8-bom', delimiter: ',', lineEnd: '\n' };
const SURVEYS: CsvLayout = { encoding: 'utf8', delimiter: ';', lineEnd: '\n' };
/** Excel's "Unicode Text" save: UTF-16 LE with BOM, tab-delimited, CRLF. */
const EXCEL_UNICODE_TEXT: CsvLayout = { encoding: 'utf16le-bom', delimiter: '\t', lineEnd: '\r\n' };
const PLAIN: CsvLayout = { encoding: 'utf8', delimiter: ',', lineEnd: '\n' };

/** What the generator wrote. */
export interface WrittenFile {
  file: string;
  rows: number;
  bytes: number;
}

/** Options for the committed sample. */
export interface SampleOptions {
  outDir: string;
  seed: number;
  /** tickets to generate (default 60,000; tests use fewer) */
  tickets?: number;
}

/** Whether two exports of the same ticket disagree (the ingest counts these as dedup conflicts). */
const differs = (a: TicketView, b: TicketView): boolean =>
  a.status !== b.status ||
  a.firstResponse !== b.firstResponse ||
  a.resolved !== b.resolved ||
  a.closed !== b.closed ||
  a.reopened !== b.reopened;

interface TicketExports {
  files: CsvWriter[];
  surveys: Survey[];
  changedInOverlap: number;
}

function writeTicketsAndCollectSurveys(options: SampleOptions): TicketExports {
  const gbk = new CsvWriter(join(options.outDir, SAMPLE_FILES.gbkTickets), GBK_TICKETS, CHINESE_TICKET_HEADERS);
  const english = new CsvWriter(join(options.outDir, SAMPLE_FILES.englishTickets), ENGLISH_TICKETS, ENGLISH_TICKET_HEADERS);
  const gbkPlacer = new SeededRowPlacer('gbk');
  const englishPlacer = new SeededRowPlacer('english');
  const surveyRandom = new Random(mixSeed(options.seed, 2));
  const surveys: Survey[] = [];
  let changedInOverlap = 0;
  for (const ticket of generateTickets(options.tickets ?? SAMPLE_TICKETS, options.seed)) {
    const early = viewAt(ticket, FIRST_EXPORT_END - 1);
    const final = viewAt(ticket, SAMPLE_PERIOD.end);
    if (ticket.created < FIRST_EXPORT_END) {
      const row = chineseTicketRow(early, formatSlash);
      for (const placed of gbkPlacer.place(ticket.created, row)) gbk.write(placed);
    }
    if (ticket.created >= SECOND_EXPORT_START) {
      const row = englishTicketRow(final, formatDayFirst);
      for (const placed of englishPlacer.place(ticket.created, row)) english.write(placed);
      if (ticket.created < FIRST_EXPORT_END && differs(early, final)) changedInOverlap++;
    }
    const survey = surveyFor(ticket, surveyRandom);
    if (survey) surveys.push(survey);
  }
  gbk.close();
  english.close();
  return { files: [gbk, english], surveys, changedInOverlap };
}

function writeSurveys(outDir: string, surveys: Survey[]): CsvWriter {
  const file = new CsvWriter(join(outDir, SAMPLE_FILES.surveys), SURVEYS, CHINESE_SURVEY_HEADERS);
  surveys
    .sort((a, b) => a.submitted - b.submitted || (a.ticketId < b.ticketId ? -1 : 1))
    .forEach((survey, i) => file.write(chineseSurveyRow(i + 1, survey, formatIso)));
  file.close();
  return file;
}

function writeEvaluations(outDir: string, seed: number): CsvWriter {
  const headers = ['考核周期', '员工', '团队', '评价人角色', ...DIMENSIONS];
  const file = new CsvWriter(join(outDir, SAMPLE_FILES.evaluations), EXCEL_UNICODE_TEXT, headers);
  for (const row of evaluationRows(seed)) {
    file.write([row.period, row.employee, row.team, row.role, ...row.scores.map(String)]);
  }
  file.close();
  return file;
}

function writeStaff(outDir: string): CsvWriter {
  const file = new CsvWriter(join(outDir, SAMPLE_FILES.staff), PLAIN, ['员工', '团队', '岗位', '起始日期', '截止日期']);
  for (const row of staffRows()) file.write([row.employee, row.team, row.position, row.activeFrom, row.activeTo]);
  file.close();
  return file;
}

/** Writes the five committed sample exports into `outDir`; returns what was written. */
export function writeSampleExports(options: SampleOptions): { files: WrittenFile[]; changedInOverlap: number } {
  mkdirSync(options.outDir, { recursive: true });
  const { files, surveys, changedInOverlap } = writeTicketsAndCollectSurveys(options);
  const writers = [
    ...files,
    writeSurveys(options.outDir, surveys),
    writeEvaluations(options.outDir, options.seed),
    writeStaff(options.outDir),
  ];
  return {
    files: writers.map((w) => ({ file: w.path, rows: w.rows, bytes: statSync(w.path).size })),
    changedInOverlap,
  };
}
