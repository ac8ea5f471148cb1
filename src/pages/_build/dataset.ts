/**
 * Build-time only: the ingested dataset opened once per build in native DuckDB and shared by every
 * page's data module (opening it loads four Parquet files; doing that per page would dominate the build).
 */
import path from 'node:path';
import { openDataset } from '../../../scripts/lib/db-native.ts';
import type { NativeDb } from '../../../scripts/lib/db-native.ts';
import { quarterOf, quarterRange, shiftQuarter } from '../../lib/metrics/index.ts';
import type { MetricContext } from '../../lib/metrics/index.ts';

/** The open dataset and the quarters every prerendered page shows by default. */
export interface BuildDataset {
  db: NativeDb;
  ctx: MetricContext;
  /** the quarter holding the data's as-of time (what `npm run report --quarter` is compared with) */
  quarter: string;
  previous: string;
  range: { from: string; to: string };
  prevRange: { from: string; to: string };
}

let opened: Promise<BuildDataset> | undefined;

/** The dataset of `public/data`, opened on first use and kept open for the rest of the build. */
export function buildDataset(dir = path.join(process.cwd(), 'public', 'data')): Promise<BuildDataset> {
  opened ??= openDataset(dir).then(({ db, ctx }) => {
    const quarter = quarterOf(ctx.asOf.local.slice(0, 10), ctx.config);
    const previous = shiftQuarter(quarter, -1);
    return { db, ctx, quarter, previous, range: quarterRange(quarter, ctx.config), prevRange: quarterRange(previous, ctx.config) };
  });
  return opened;
}

/** Memoises an async loader so a page rendered in two languages computes its data once. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}
