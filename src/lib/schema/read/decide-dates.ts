import type { ColumnPlan } from '../columns.ts';
import { dateFamily, dayOrderEvidence, defaultDayOrder, describeFormat, type DateFamily } from '../dates.ts';
import { FileError, type DateFormatInfo, type RowInput } from './types.ts';

interface Sighting {
  line: number;
  column: number;
  field: string;
  value: string;
}

const where = (s: Sighting) => `line ${s.line} (${s.field} "${s.value}")`;

/**
 * Decides a file's date format from all its date cells: one family per file, and for
 * `01-02-2024`-style dates the day order its unambiguous rows show. Mixed formats stop the file.
 */
export function decideDates(file: string, plan: ColumnPlan, columns: string[], records: RowInput[]): DateFormatInfo {
  const present = columns.filter((c) => plan.index[c] !== undefined).map((c) => [c, plan.index[c]] as const);
  const families = new Map<DateFamily, Sighting[]>();
  const evidence: Record<'dmy' | 'mdy', Sighting[]> = { dmy: [], mdy: [] };
  let sample: string | null = null;
  for (const row of records) {
    for (const [field, i] of present) {
      const value = (row.fields[i] ?? '').trim();
      if (value === '') continue;
      const family = dateFamily(value);
      if (!family) continue;
      const seen = families.get(family);
      const s = { line: row.line, column: i + 1, field, value };
      if (!seen) families.set(family, [s]);
      else if (seen.length < 5) seen.push(s);
      if (family === 'dmy_or_mdy') {
        sample ??= value;
        const ev = dayOrderEvidence(value);
        if (ev && evidence[ev].length < 5) evidence[ev].push(s);
      }
    }
  }
  if (families.size > 1) {
    const ranked = [...families.entries()].sort((a, b) => b[1].length - a[1].length);
    const [main] = ranked[0];
    const odd = ranked.slice(1).flatMap(([f, s]) => s.map((x) => ({ ...x, f })));
    const first = odd[0];
    throw new FileError(
      file,
      first.line,
      first.column,
      `the file mixes date formats: mostly ${describeFormat(main)}, but ${odd.map((o) => `${where(o)} is ${describeFormat(o.f)}`).join('; ')}. Re-export with one date format.`,
    );
  }
  if (evidence.dmy.length && evidence.mdy.length) {
    const first = evidence.mdy[0];
    throw new FileError(
      file,
      first.line,
      first.column,
      `the file mixes day-first and month-first dates: ${evidence.dmy.map(where).join(', ')} can only be DD-MM-YYYY, but ${evidence.mdy.map(where).join(', ')} can only be MM-DD-YYYY`,
    );
  }
  const family = families.size ? [...families.keys()][0] : null;
  const order = family === 'dmy_or_mdy' ? (evidence.dmy.length ? 'dmy' : evidence.mdy.length ? 'mdy' : defaultDayOrder(sample!)) : null;
  return { family, order, description: family ? describeFormat(family, order ?? undefined) : null };
}
