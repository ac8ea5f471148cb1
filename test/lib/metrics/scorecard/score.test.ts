import { describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../../../src/lib/config/index.ts';
import { competitionRanks, componentPoints, scoreComponents, tierFor } from '../../../../src/lib/metrics/scorecard/score.ts';

const cfg = DEFAULT_CONFIG;

describe('component points', () => {
  test('linear between floor and target, capped at 0 and 100', () => {
    expect(componentPoints(0.75, { floor: 0.6, target: 0.9 })).toBeCloseTo(50, 9);
    expect(componentPoints(0.95, { floor: 0.6, target: 0.9 })).toBe(100);
    expect(componentPoints(0.3, { floor: 0.6, target: 0.9 })).toBe(0);
  });
  test('lower is better when target < floor (reopen rate: target 5 %, floor 20 %)', () => {
    expect(componentPoints(0.1, { floor: 0.2, target: 0.05 })).toBeCloseTo(66.666666667, 6);
    expect(componentPoints(0.01, { floor: 0.2, target: 0.05 })).toBe(100);
    expect(componentPoints(0.5, { floor: 0.2, target: 0.05 })).toBe(0);
  });
});

describe('weighted total', () => {
  test('all components at target → 100, tier A', () => {
    const at = (v: number) => ({ value: v, n: 10 });
    const s = scoreComponents(
      { satisfaction: at(0.9), complaint_timeliness: at(0.95), fcr: at(0.75), process_compliance: at(90), teamwork_communication: at(90), training: at(90), response_timeliness: at(0.9) },
      cfg,
    );
    expect(s.total).toBeCloseTo(100, 9);
    expect(s.tier?.id).toBe('A');
    expect(s.missing).toEqual([]);
  });

  test('missing components are left out and their weight shared pro rata', () => {
    // satisfaction 0.75 → 50 points (weight 30), fcr 0.75 → 100 (weight 15), nothing else.
    // effective weights 30·100/45 = 66.67 and 33.33 → 50·2/3 + 100·1/3 = 66.67 → tier D
    const s = scoreComponents({ satisfaction: { value: 0.75, n: 4 }, fcr: { value: 0.75, n: 4 }, complaint_timeliness: { value: null, n: 0 } }, cfg);
    expect(s.total).toBeCloseTo(200 / 3, 9);
    expect(s.missing).toEqual(['complaint_timeliness', 'process_compliance', 'teamwork_communication', 'training', 'response_timeliness']);
    expect(s.components.find((c) => c.id === 'satisfaction')!.effectiveWeight).toBeCloseTo(200 / 3, 9);
    expect(s.tier?.name['zh-CN']).toBe('待改进');
  });

  test('no data at all → no total, no tier', () => {
    expect(scoreComponents({}, cfg)).toMatchObject({ total: null, tier: null });
  });

  test('tiers at their thresholds', () => {
    expect([90, 89.99, 80, 70, 69.9, 0].map((t) => tierFor(t, cfg.scorecard.tiers)?.id)).toEqual(['A', 'B', 'B', 'C', 'D', 'D']);
  });
});

describe('ranks', () => {
  test('competition ranking: ties share a rank, the next rank skips', () => {
    expect(competitionRanks([80, 95, 80, 70])).toEqual([2, 1, 2, 4]);
  });
  test('unranked (null or not eligible) get null and do not take a place', () => {
    expect(competitionRanks([80, null, 90, 85], [true, true, false, true])).toEqual([2, null, null, 1]);
  });
});
