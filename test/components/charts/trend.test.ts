import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../src/components/charts/trend.ts';

const at = (series: string, value: number) => ({ date: new Date(Date.UTC(2026, 8, 1)), value, series });

describe('line-end labels', () => {
  // Domain 0.8–1.0 over 200 px: 13 px is 0.013.
  it('moves labels of lines ending close together apart, lowest first', () => {
    const out = spreadLabels([at('b', 0.92), at('a', 0.921), at('c', 0.85)], [0.8, 1], 200);
    expect(out.map((l) => l.series)).toEqual(['c', 'b', 'a']);
    expect(out.map((l) => Number(l.y.toFixed(4)))).toEqual([0.85, 0.92, 0.933]);
  });

  it('leaves labels far apart where they are', () => {
    expect(spreadLabels([at('a', 0.9), at('b', 0.82)], [0.8, 1], 200).map((l) => l.y)).toEqual([0.82, 0.9]);
  });

  it('keeps the top label inside the domain by moving the stack down', () => {
    const out = spreadLabels([at('a', 0.999), at('b', 0.998)], [0.8, 1], 200);
    expect(out.map((l) => Number(l.y.toFixed(4)))).toEqual([0.987, 1]);
  });
});
