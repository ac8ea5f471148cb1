import { tableFromArrays } from 'apache-arrow';
import { expect, test } from 'vitest';
import { arrowToRows, normalizeRow, normalizeValue } from '../../../src/lib/db/normalize.ts';
import { createNativeDb } from '../../../scripts/lib/db-native.ts';
import { NORMALIZE_SQL, NORMALIZED } from './wasm-engine.ts';


test('native rows normalise to plain values (the WASM side is checked in parquet.test.ts)', async () => {
  const native = await createNativeDb();
  expect(await native.query(NORMALIZE_SQL)).toEqual([NORMALIZED]);
  await native.close();
});

test('single values', () => {
  expect(normalizeValue(2n ** 40n)).toBe(2 ** 40);
  expect(normalizeValue(new Date(Date.UTC(2026, 0, 1)))).toBe(Date.UTC(2026, 0, 1));
  expect(normalizeValue(undefined)).toBeNull();
  expect(normalizeRow({ a: 1n, b: 'x' })).toEqual({ a: 1, b: 'x' });
  expect(arrowToRows(tableFromArrays({ a: Float64Array.from([1, 2]) }))).toEqual([{ a: 1 }, { a: 2 }]);
});
