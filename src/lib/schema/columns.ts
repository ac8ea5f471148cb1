import type { EvaluationDimension } from '../config/types.ts';
import { ALIASES, DATASETS, PII_HEADERS, REQUIRED, headerKey, type Dataset } from './aliases.ts';
import { PRESET_DEFS, type PresetName } from './presets.ts';

/** How one file's headers map onto canonical columns. */
export interface ColumnPlan {
  dataset: Dataset;
  preset: PresetName | null;
  /** canonical or pseudo column → field index */
  index: Record<string, number>;
  /** field indexes of customer identity columns (dropped; their values are masked out of free text) */
  pii: number[];
  /** wide evaluation sheets: one column per dimension */
  dimensions: { id: string; index: number }[];
  /** header → column it was mapped to, for the manifest */
  mapped: Record<string, string>;
  /** headers dropped as customer identity */
  piiHeaders: string[];
  /** headers not used */
  ignored: string[];
}

/** What the planner needs besides the headers. */
export interface PlanOptions {
  preset?: PresetName | null;
  /** config `columns.<dataset>`: export header → canonical column */
  custom?: Partial<Record<Dataset, Record<string, string>>>;
  dimensions?: EvaluationDimension[];
}

const aliasMaps: Record<Dataset, Map<string, string>> = Object.fromEntries(
  DATASETS.map((ds) => {
    const m = new Map<string, string>();
    for (const [canon, words] of Object.entries(ALIASES[ds])) {
      if (!m.has(headerKey(canon))) m.set(headerKey(canon), canon);
      for (const w of words) if (!m.has(headerKey(w))) m.set(headerKey(w), canon);
    }
    return [ds, m];
  }),
) as Record<Dataset, Map<string, string>>;

const dimensionKeys = (dims: EvaluationDimension[]): Map<string, string> => {
  const m = new Map<string, string>();
  for (const d of dims) for (const w of [d.id, d.name['zh-CN'], d.name.en, ...d.aliases]) m.set(headerKey(w), d.id);
  return m;
};

/** Maps a file's headers for a dataset: custom mapping, then vendor preset, then aliases, then wide dimensions. */
export function planColumns(headers: string[], dataset: Dataset, options: PlanOptions = {}): ColumnPlan {
  const plan: ColumnPlan = { dataset, preset: options.preset ?? null, index: {}, pii: [], dimensions: [], mapped: {}, piiHeaders: [], ignored: [] };
  const custom = new Map(Object.entries(options.custom?.[dataset] ?? {}).map(([h, c]) => [headerKey(h), c]));
  const preset = plan.preset && dataset === 'tickets' ? new Map(Object.entries(PRESET_DEFS[plan.preset].columns).map(([h, c]) => [headerKey(h), c])) : null;
  const dims = dataset === 'evaluations' ? dimensionKeys(options.dimensions ?? []) : new Map<string, string>();
  headers.forEach((raw, i) => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    const key = headerKey(header);
    const target = custom.get(key) ?? preset?.get(key) ?? aliasMaps[dataset].get(key);
    if (target && target in plan.index) plan.ignored.push(header);
    else if (target) {
      plan.index[target] = i;
      plan.mapped[header] = target;
    } else if (dims.has(key)) {
      plan.dimensions.push({ id: dims.get(key)!, index: i });
      plan.mapped[header] = `dimension:${dims.get(key)}`;
    } else if (PII_HEADERS.has(key)) {
      plan.pii.push(i);
      plan.piiHeaders.push(header);
    } else plan.ignored.push(header);
  });
  return plan;
}

/** Required columns a plan lacks (a wide evaluation sheet needs dimensions instead of dimension + score). */
export function missingColumns(plan: ColumnPlan): string[] {
  const need = [...REQUIRED[plan.dataset]];
  if (plan.dataset === 'evaluations' && plan.dimensions.length === 0) need.push('dimension', 'score');
  return need.filter((c) => !(c in plan.index));
}

/** Guesses the dataset of a file from its headers: the dataset with all required columns and most matches. */
export function detectDataset(headers: string[], options: PlanOptions = {}): Dataset | null {
  let best: Dataset | null = null;
  let bestScore = 0;
  for (const ds of DATASETS) {
    const plan = planColumns(headers, ds, options);
    if (missingColumns(plan).length) continue;
    const score = Object.keys(plan.index).length + plan.dimensions.length;
    if (score > bestScore) {
      best = ds;
      bestScore = score;
    }
  }
  return best;
}
