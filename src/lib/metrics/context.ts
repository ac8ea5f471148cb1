import type { Config } from '../config/index.ts';

/**
 * What every metric needs besides the data: the normalised config and the data's as-of time
 * (its newest timestamp, from the manifest), never the wall clock.
 */
export interface MetricContext {
  config: Config;
  asOf: {
    /** UTC instant as a naive timestamp 'YYYY-MM-DD HH:MM:SS' (compared with `_at` columns) */
    at: string;
    /** the same instant on the local wall clock (compared with `_local` columns) */
    local: string;
  };
}

/** The manifest fields the metric layer reads (`public/data/manifest.json`). */
export interface ManifestLike {
  /** null when the dataset holds no timestamp at all */
  data_as_of: string | null;
  data_as_of_local: string | null;
  config: Config;
}

/** Turns an ISO instant ('2026-09-30T15:30:00Z' or '…000Z') into a naive UTC timestamp literal. */
export function naiveUtc(iso: string): string {
  const ms = Date.parse(iso);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso) || Number.isNaN(ms)) throw new RangeError(`invalid data_as_of: ${iso}`);
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

const EPOCH = '1970-01-01 00:00:00';

/** The metric context of an ingested dataset, from its manifest. */
export function contextFromManifest(manifest: ManifestLike): MetricContext {
  // an empty dataset has no as-of; nothing can be due, so any instant will do
  if (manifest.data_as_of === null || manifest.data_as_of_local === null) return { config: manifest.config, asOf: { at: EPOCH, local: EPOCH } };
  const local = String(manifest.data_as_of_local).replace('T', ' ');
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(local)) throw new RangeError(`invalid data_as_of_local: ${manifest.data_as_of_local}`);
  return { config: manifest.config, asOf: { at: naiveUtc(manifest.data_as_of), local } };
}
