import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../../src/lib/db/db.ts';
import { responseTimeDistribution } from '../../../src/lib/metrics/distribution.ts';
import { loadMatrix } from '../../../src/lib/metrics/load-matrix.ts';
import { metricDefs } from '../../../src/lib/metrics/registry.ts';
import { scorecards } from '../../../src/lib/metrics/scorecard/build.ts';
import { methodSplit, recentComments, scoreCounts } from '../../../src/lib/metrics/survey-views.ts';
import type { MetricQuery } from '../../../src/lib/metrics/types.ts';
import { createBlockingWasmDb, loadIntoWasm } from '../db/wasm-engine.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// Every metric, view and scorecard must give identical results in native DuckDB 1.5 (read_parquet)
// and in DuckDB-WASM 1.4.3 loaded the browser's way (the build's <table>.duckdb files, attached).
let wasm: Db & Awaited<ReturnType<typeof createBlockingWasmDb>>;
beforeAll(async () => void (wasm = await createBlockingWasmDb()), 60_000);

const QUERIES: Record<string, MetricQuery[]> = {
  basic: [
    { grain: 'day', by: 'channel' },
    { grain: 'week', filter: { teams: ['售后一组', "Kim's Desk"], priorities: ['normal', 'high'] } },
    { grain: 'month', by: 'agent' },
    { grain: 'quarter', by: 'team', filter: { from: '2026-07-01', to: '2026-12-31' } },
    { filter: { from: '2030-01-01' } },
  ],
  // time-zone fixture: local buckets across daylight saving, fiscal quarters from April
  dst: [{ grain: 'day' }, { grain: 'week', by: 'team' }, { grain: 'quarter' }],
};

for (const name of ['basic', 'dst']) {
  describe(`native = wasm on fixture ${name}`, () => {
    let f: OpenFixture;
    beforeAll(async () => {
      f = await openFixture(name);
      await loadIntoWasm(wasm, f.outDir);
    }, 60_000);
    afterAll(() => f.db.close());

    test('every series metric × grain × breakdown × filter', async () => {
      let compared = 0;
      for (const m of metricDefs(f.ctx.config))
        for (const q of QUERIES[name]) {
          const native = await m.run(f.db, f.ctx, q);
          expect(await m.run(wasm, f.ctx, q), `${m.id} ${JSON.stringify(q)}`).toEqual(native);
          compared += native.length;
        }
      expect(compared).toBeGreaterThan(30);
    }, 60_000);

    test('distribution, load matrix and scorecards', async () => {
      for (const measure of ['frt', 'frt_bh', 'resolution', 'resolution_bh'] as const)
        expect(await responseTimeDistribution(wasm, f.ctx, { measure, by: 'team' })).toEqual(await responseTimeDistribution(f.db, f.ctx, { measure, by: 'team' }));
      expect(await loadMatrix(wasm, f.ctx)).toEqual(await loadMatrix(f.db, f.ctx));
      const quarter = name === 'basic' ? '2026-Q3' : '2026-Q1';
      expect(await scorecards(wasm, f.ctx, quarter)).toEqual(await scorecards(f.db, f.ctx, quarter));
      for (const view of [scoreCounts, methodSplit, recentComments]) expect(await view(wasm, { channels: ['chat', 'email'] })).toEqual(await view(f.db, { channels: ['chat', 'email'] }));
    }, 60_000);
  });
}
