import type { EmbeddedSurvey, EvaluationRow, ReadResult, StaffRow, SurveyRow, TicketRow } from '../../src/lib/schema/index.ts';

/** Per file: rows a later file replaced, and how many of those differed (conflicts). */
export interface Overrides {
  replaced: number;
  conflicts: number;
}

/** All files of every dataset merged: later files (in name order) win on the same key. */
export interface Merged {
  tickets: TicketRow[];
  surveys: SurveyRow[];
  evaluations: EvaluationRow[];
  staff: StaffRow[];
  overrides: Map<string, Overrides>;
  /** surveys whose ticket is not in any tickets export */
  orphanSurveys: number;
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Rows by key in first-seen order; setting a key again replaces its row in place. */
class Keyed<R> {
  #index: Map<string, number>;
  /** the index is a reader's map, copied before the first change */
  #shared: boolean;
  constructor(
    readonly rows: R[] = [],
    readonly files: string[] = [],
    index?: Map<string, number>,
  ) {
    this.#index = index ?? new Map();
    this.#shared = index !== undefined;
  }
  get(key: string): R | undefined {
    const i = this.#index.get(key);
    return i === undefined ? undefined : this.rows[i];
  }
  has(key: string): boolean {
    return this.#index.has(key);
  }
  /** The file of the row replaced, if any. */
  set(key: string, row: R, file: string): string | undefined {
    if (this.#shared) {
      this.#index = new Map(this.#index);
      this.#shared = false;
    }
    const i = this.#index.get(key);
    if (i === undefined) {
      this.#index.set(key, this.rows.length);
      this.rows.push(row);
      this.files.push(file);
      return undefined;
    }
    const prev = this.files[i];
    this.rows[i] = row;
    this.files[i] = file;
    return prev;
  }
}

function byKey<R extends readonly unknown[]>(results: ReadResult[], pick: (r: ReadResult) => R[], key: (row: R) => string, overrides: Map<string, Overrides>): Keyed<R> {
  const from = results.filter((r) => pick(r).length);
  // one file whose ids are already unique: its rows as they are, indexed by the reader's own map
  const only = from.length === 1 ? from[0] : null;
  if (only?.ids && only.ids.size === pick(only).length) {
    const rows = pick(only);
    return new Keyed<R>([...rows], Array.from(rows, () => only.file), only.ids);
  }
  const out = new Keyed<R>();
  for (const r of results)
    for (const row of pick(r)) {
      const k = key(row);
      const before = out.get(k);
      const prevFile = out.set(k, row, r.file);
      if (prevFile !== undefined && prevFile !== r.file) {
        const o = overrides.get(prevFile)!;
        o.replaced++;
        if (!same(before!, row)) o.conflicts++;
      }
    }
  return out;
}

/** Merges read files: de-duplicates by id across files, fills survey agent/team from tickets, unfolds embedded surveys. */
export function mergeResults(results: ReadResult[]): Merged {
  const overrides = new Map(results.map((r) => [r.file, { replaced: 0, conflicts: 0 }]));
  const tickets = byKey(results, (r) => r.tickets, (t) => t[0], overrides);
  const surveys = byKey(results, (r) => r.surveys, (s) => s[0], overrides);

  const embedded = new Map<string, EmbeddedSurvey>();
  for (const r of results) for (const [id, s] of r.embeddedSurveys) embedded.set(id, s);
  for (const [id, s] of embedded) {
    const t = tickets.get(id);
    if (!t || surveys.has(`${id}-csat`)) continue;
    const at = t[5] ?? t[7] ?? t[1];
    const local = t[6] ?? t[8] ?? t[2];
    surveys.set(`${id}-csat`, [`${id}-csat`, id, at, local, null, s.score, s.satisfied, null, s.comment, null, null], '(embedded)');
  }

  let orphanSurveys = 0;
  const surveyRows = surveys.rows.map((row) => {
    const t = tickets.get(row[1]);
    if (!t) orphanSurveys++;
    if (row[9] != null && row[10] != null) return row;
    const out = [...row] as SurveyRow;
    out[9] ??= t?.[15] ?? null;
    out[10] ??= t?.[14] ?? null;
    return out;
  });

  // a re-exported evaluation sheet replaces the earlier one for each person and period
  const evaluations = new Map<string, { rows: EvaluationRow[]; file: string }>();
  for (const r of results) {
    const fresh = new Map<string, EvaluationRow[]>();
    for (const e of r.evaluations) {
      const k = `${e[0]}\u0000${e[1]}`;
      (fresh.get(k) ?? fresh.set(k, []).get(k)!).push(e);
    }
    for (const [k, rows] of fresh) {
      const prev = evaluations.get(k);
      if (prev) {
        const o = overrides.get(prev.file)!;
        o.replaced += prev.rows.length;
        if (prev.rows.length !== rows.length || prev.rows.some((p, i) => !same(p, rows[i]))) o.conflicts += prev.rows.length;
      }
      evaluations.set(k, { rows, file: r.file });
    }
  }
  const staff = byKey(results, (r) => r.staff, (s) => `${s[0]}\u0000${s[1]}\u0000${s[3]}`, overrides);

  return {
    tickets: tickets.rows,
    surveys: surveyRows,
    evaluations: [...evaluations.values()].flatMap((v) => v.rows),
    staff: staff.rows,
    overrides,
    orphanSurveys,
  };
}
