import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CsvWriter } from './csv-writer.ts';
import { Random, mixSeed } from './random.ts';
import type { WrittenFile } from './sample-exports.ts';
import { ENGLISH_SURVEY_HEADERS, SURVEY_FREE_TEXT_COLUMNS, englishSurveyRow } from './survey-columns.ts';
import { surveyFor } from './surveys.ts';
import { ENGLISH_TICKET_HEADERS, TICKET_FREE_TEXT_COLUMNS, englishTicketRow } from './ticket-columns.ts';
import { generateTickets, viewAt } from './tickets.ts';
import { SAMPLE_PERIOD, formatIso } from './wall-clock.ts';

/** Options for the benchmark files. */
export interface BenchmarkOptions {
  outDir: string;
  seed: number;
  rows: number;
}

/**
 * Streams `rows` tickets to `tickets.csv` and their surveys (about 0.4 per ticket) to
 * `surveys.csv`: UTF-8, English headers, ISO dates, no bad rows; memory stays flat at any size.
 */
export function writeBenchmarkExports(options: BenchmarkOptions): WrittenFile[] {
  mkdirSync(options.outDir, { recursive: true });
  const layout = { encoding: 'utf8', delimiter: ',', lineEnd: '\n' } as const;
  const ticketsPath = join(options.outDir, 'tickets.csv');
  const surveysPath = join(options.outDir, 'surveys.csv');
  const tickets = new CsvWriter(ticketsPath, layout, ENGLISH_TICKET_HEADERS, TICKET_FREE_TEXT_COLUMNS);
  const surveys = new CsvWriter(surveysPath, layout, ENGLISH_SURVEY_HEADERS, SURVEY_FREE_TEXT_COLUMNS);
  const surveyRandom = new Random(mixSeed(options.seed, 2));
  for (const ticket of generateTickets(options.rows, options.seed)) {
    tickets.write(englishTicketRow(viewAt(ticket, SAMPLE_PERIOD.end), formatIso));
    const survey = surveyFor(ticket, surveyRandom);
    if (survey) surveys.write(englishSurveyRow(surveys.rows + 1, survey, formatIso));
  }
  tickets.close();
  surveys.close();
  return [tickets, surveys].map((w) => ({ file: w.path, rows: w.rows, bytes: statSync(w.path).size }));
}
