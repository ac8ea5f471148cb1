import { checkQuarter } from '../../../src/lib/metrics/grain.ts';

/** Options of `npm run report`. */
export interface ReportOptions {
  in: string;
  quarter: string | null;
  teams: string[];
  agents: string[];
  channels: string[];
  format: 'json' | 'csv';
  out: string | null;
}

/** A bad command line: the message says which option and value. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Usage text printed with `--help` and after a usage error. */
export const USAGE = `usage: npm run report -- [--in public/data] [--quarter 2026-Q3] [--team NAME]… [--agent NAME]… [--channel NAME]… [--format json|csv] [--out FILE]`;

const LISTS = { '--team': 'teams', '--agent': 'agents', '--channel': 'channels' } as const;

/** Parses the report's command line (`--opt value` or `--opt=value`; list options repeat or take commas). */
export function parseReportArgs(argv: readonly string[]): ReportOptions {
  const o: ReportOptions = { in: 'public/data', quarter: null, teams: [], agents: [], channels: [], format: 'json', out: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`missing value for ${flag}`);
      return v;
    };
    if (flag === '--in') o.in = value();
    else if (flag === '--quarter') {
      const q = value();
      try {
        o.quarter = checkQuarter(q, '--quarter');
      } catch {
        throw new UsageError(`invalid --quarter: ${q} (expected YYYY-Q1 … YYYY-Q4, e.g. 2026-Q3)`);
      }
    } else if (flag === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'csv') throw new UsageError(`invalid --format: ${f} (expected json or csv)`);
      o.format = f;
    } else if (flag === '--out') o.out = value();
    else if (flag in LISTS) o[LISTS[flag as keyof typeof LISTS]].push(...value().split(',').map((s) => s.trim()).filter(Boolean));
    else throw new UsageError(`unknown option: ${argv[i]}`);
  }
  return o;
}
