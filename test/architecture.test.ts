import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../src/lib/config/index.ts';
import { VIEWS, metricDefs } from '../src/lib/metrics/registry.ts';

const root = join(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const importsOf = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
const NODE_ONLY = /^(node:|@duckdb\/node-api|@duckdb\/node-bindings|(fs|path|os|child_process|crypto|url|worker_threads|module)(\/|$))/;

describe('the wall between browser code and Node', () => {
  test('no module in src/lib imports node:* or @duckdb/node-api', () => {
    const offenders = files(join(root, 'src/lib')).flatMap((f) =>
      importsOf(f)
        .filter((spec) => NODE_ONLY.test(spec))
        .map((spec) => `${relative(root, f)} imports "${spec}": src/lib runs in the browser; move this code to scripts/lib/ (e.g. scripts/lib/db-native.ts) and pass the result in`),
    );
    expect(offenders).toEqual([]);
  });

  test('metric modules import no engine: they take a Db', () => {
    const offenders = files(join(root, 'src/lib/metrics')).flatMap((f) =>
      importsOf(f).filter((s) => s.startsWith('@duckdb/')).map((s) => `${relative(root, f)} imports "${s}": metrics take a Db (src/lib/db/db.ts) instead`),
    );
    expect(offenders).toEqual([]);
  });
});

// Helpers shared by metric modules; every other module in src/lib/metrics defines a metric or view.
const INFRASTRUCTURE = ['context', 'durations', 'filter', 'grain', 'index', 'quantile', 'registry', 'run', 'sla-targets', 'sources', 'sql', 'types', 'scorecard/index'];

describe('every metric has a fixture test', () => {
  const metricsDir = join(root, 'src/lib/metrics');
  const modules = files(metricsDir).map((f) => relative(metricsDir, f).replace(/\.ts$/, ''));
  const registered = new Set([...metricDefs(DEFAULT_CONFIG).map((m) => m.module), ...VIEWS.map((v) => v.module)]);

  test('each registered metric module has test/lib/metrics/<module>.test.ts', () => {
    const missing = [...registered].filter((m) => !existsSync(join(root, 'test/lib/metrics', `${m}.test.ts`)));
    expect(missing, 'write a fixture test with hand-computed numbers for these metric modules').toEqual([]);
  });

  test('each module is registered, tested, or a known helper', () => {
    const stray = modules.filter((m) => !INFRASTRUCTURE.includes(m) && !registered.has(m) && !existsSync(join(root, 'test/lib/metrics', `${m}.test.ts`)));
    expect(stray, 'add these to the registry (src/lib/metrics/registry.ts) with a fixture test').toEqual([]);
  });

  test('every registered module exists', () => {
    expect([...registered].filter((m) => !modules.includes(m))).toEqual([]);
  });
});
