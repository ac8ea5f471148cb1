import { writeFileSync } from 'node:fs';
import { openDataset } from './lib/db-native.ts';
import { UsageError, USAGE, parseReportArgs } from './lib/report/args.ts';
import { buildReport } from './lib/report/build.ts';
import { reportToCsv } from './lib/report/csv.ts';

/** Where the report writes (injected so tests can read it). */
export interface ReportIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const STDIO: ReportIo = { stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s) };

/** `npm run report`: every headline metric and the scorecards, from the ingested Parquet, as JSON or CSV. */
export async function main(argv: string[], io: ReportIo = STDIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const options = parseReportArgs(argv);
    const { db, ctx } = await openDataset(options.in);
    try {
      const report = await buildReport(db, ctx, options);
      const text = options.format === 'csv' ? reportToCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
      if (options.out) writeFileSync(options.out, text);
      else io.stdout(text);
      return 0;
    } finally {
      await db.close();
    }
  } catch (error) {
    io.stderr(`report: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof UsageError) io.stderr(`${USAGE}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
