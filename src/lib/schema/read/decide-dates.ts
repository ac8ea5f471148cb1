import type { ColumnPlan } from '../columns.ts';
import { dateFamily, dayOrderEvidence, defaultDayOrder, describeFormat, isIsoSeconds, type DateFamily } from '../dates.ts';
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
  const sightings = new DateSightings(plan, columns);
  for (const row of records) sightings.see(row);
  return sightings.decide(file);
}

/** The evidence `decideDates` weighs, gathered one record at a time (so records need not be kept). */
export class DateSightings {
  readonly #present: (readonly [string, number])[];
  readonly #families = new Map<DateFamily, Sighting[]>();
  readonly #evidence: Record<'dmy' | 'mdy', Sighting[]> = { dmy: [], mdy: [] };
  #sample: string | null = null;
  /** five ISO sightings kept: further ISO values change nothing */
  #isoSeen = false;

  constructor(plan: ColumnPlan, columns: string[]) {
    this.#present = columns.filter((c) => plan.index[c] !== undefined).map((c) => [c, plan.index[c]] as const);
  }

  /** Records a row's date cells; true when one of them is `01-02-2024`-style (its reading waits for the day order). */
  see(row: RowInput): boolean {
    let ambiguous = false;
    for (const [field, i] of this.#present) {
      const raw = row.fields[i] ?? '';
      const iso = isIsoSeconds(raw);
      if (iso && this.#isoSeen) continue; // nothing more to learn from one more ISO value
      const value = iso ? raw : raw.trim();
      if (value === '') continue;
      const family = dateFamily(value);
      if (!family) continue;
      const seen = this.#families.get(family);
      if (seen && seen.length >= 5 && family !== 'dmy_or_mdy') continue;
      const s = { line: row.line, column: i + 1, field, value };
      if (!seen) this.#families.set(family, [s]);
      else if (seen.length < 5) seen.push(s);
      if (family === 'iso' && this.#families.get('iso')!.length >= 5) this.#isoSeen = true;
      if (family === 'dmy_or_mdy') {
        ambiguous = true;
        this.#sample ??= value;
        const ev = dayOrderEvidence(value);
        if (ev && this.#evidence[ev].length < 5) this.#evidence[ev].push(s);
      }
    }
    return ambiguous;
  }

  /** The file's date format; throws `FileError` when the file mixes formats or day orders. */
  decide(file: string): DateFormatInfo {
    const families = this.#families;
    const evidence = this.#evidence;
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
    const order = family === 'dmy_or_mdy' ? (evidence.dmy.length ? 'dmy' : evidence.mdy.length ? 'mdy' : defaultDayOrder(this.#sample!)) : null;
    return { family, order, description: family ? describeFormat(family, order ?? undefined) : null };
  }
}
