import { FRT, FRT_BH } from './frt.ts';
import type { DurationSpec } from './quantile.ts';
import { RESOLUTION, RESOLUTION_BH } from './resolution.ts';

/** The durations a distribution can show. */
export type DurationMeasure = 'frt' | 'frt_bh' | 'resolution' | 'resolution_bh';

/** Column and date column of each duration measure. */
export const DURATION_SPECS: Record<DurationMeasure, DurationSpec> = { frt: FRT, frt_bh: FRT_BH, resolution: RESOLUTION, resolution_bh: RESOLUTION_BH };
