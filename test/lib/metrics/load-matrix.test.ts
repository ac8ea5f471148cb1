import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadMatrix } from '../../../src/lib/metrics/load-matrix.ts';
import { type OpenFixture, openFixture } from './fixture.ts';

// basic fixture: Wed 09:00 T01 and T11 (06-10 is a Wednesday); Wed 10:00 T02, T09; Thu 14:00 T03;
// Mon 09:00 T04, T08; Mon 11:00 T05; Wed 23:00 T06; Fri 10:00 T07; Fri 08:00 T10; Mon 10:00 T12.
let f: OpenFixture;
beforeAll(async () => void (f = await openFixture('basic')));
afterAll(() => f.db.close());

test('weekday × hour counts on the local clock, 168 cells', async () => {
  const cells = await loadMatrix(f.db, f.ctx);
  expect(cells).toHaveLength(168);
  const at = (weekday: number, hour: number) => cells.find((c) => c.weekday === weekday && c.hour === hour)!.count;
  expect([at(3, 9), at(3, 10), at(4, 14), at(1, 9), at(1, 11), at(3, 23), at(5, 10), at(5, 8), at(1, 10)]).toEqual([2, 2, 1, 2, 1, 1, 1, 1, 1]);
  expect(cells.reduce((s, c) => s + c.count, 0)).toBe(12);
});
