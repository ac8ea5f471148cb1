/**
 * Writes the committed sample exports, or large benchmark files.
 *
 *   npx tsx scripts/generate-sample.ts [--out data] [--seed 20240930]
 *   npx tsx scripts/generate-sample.ts --rows 1000000 [--out .cache/bench] [--seed 20240930]
 *
 * The sample is seeded and deterministic: the same seed gives byte-identical files.
 *
 * Seeded rows the default ingest must report and skip. Each copies the first real ticket created
 * at or after a fixed time (scripts/lib/sample/seeded-rows.ts); line numbers are physical lines of
 * the committed files (header = line 1) for the default seed.
 *   export-2024Q4-2025Q3.csv (GBK, Chinese headers)
 *     - line 11835, GD2502300001: 创建时间 `2025/02/30 10:15`, a date that does not exist.
 *     - line 15417, GD2504159001: 渠道 `传真` (fax), not a known channel.
 *     - line 19723, GD2506100011: second occurrence of the ticket on line 19715, with 接触次数 one
 *       higher: duplicate id within the file.
 *   tickets-2025Q3-2026Q3.csv (UTF-8 BOM, English headers)
 *     - line 11932, `1.03E+13`: an Excel-mangled ticket id.
 *     - line 20839, GD2605129001: Created At `not a date`.
 * Valid but awkward on purpose: in the English file the product of the first ticket from
 * 2026-03-09 10:00 (lines 15516–15517) is a quoted two-line value with a comma and quotes; products
 * `智能门锁 X1, 指纹版` and `扫地机器人 S8, 自动集尘版` need quoting; survey comments contain `;`, quotes
 * and line breaks, and a few carry a phone number, an email or an 18-digit ID number to be masked.
 * Not bad rows: tickets created in September 2025 are in both ticket files; the later file shows
 * their state at 2026-09-30, so those still moving on 2025-09-30 (132 of 2,564) differ: dedup
 * conflicts that the later file wins.
 */
import { writeBenchmarkExports } from './lib/sample/benchmark-exports.ts';
import { writeSampleExports, type WrittenFile } from './lib/sample/sample-exports.ts';

const DEFAULT_SEED = 20240930;
const USAGE = 'usage: [--rows N] [--out DIR] [--seed S], N and S whole numbers';

interface Options {
  rows: number | null;
  out: string | null;
  seed: number;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { rows: null, out: null, seed: DEFAULT_SEED };
  for (let i = 0; i < args.length; i++) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--out' && value) options.out = value;
    else if (flag === '--rows' && value && /^\d+$/.test(value)) options.rows = Number(value);
    else if (flag === '--seed' && value && /^\d+$/.test(value)) options.seed = Number(value);
    else throw new Error(`invalid argument: ${flag} ${value ?? ''} (${USAGE})`);
    i++;
  }
  return options;
}

function report(files: WrittenFile[], started: number): void {
  for (const { file, rows, bytes } of files) {
    console.log(`${file}: ${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(2)} MB`);
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

const options = parseArgs(process.argv.slice(2));
const started = performance.now();
if (options.rows !== null) {
  const outDir = options.out ?? '.cache/bench';
  report(writeBenchmarkExports({ outDir, seed: options.seed, rows: options.rows }), started);
} else {
  const { files, changedInOverlap } = writeSampleExports({ outDir: options.out ?? 'data', seed: options.seed });
  report(files, started);
  console.log(`September 2025 tickets that changed between the two ticket exports: ${changedInOverlap}`);
}
