import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, isIsoDate, parseViewState, quarterRange, resolveRange, serializeViewState } from '../../../src/lib/site/url-state.ts';
import type { ViewState } from '../../../src/lib/site/url-state.ts';

const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, team: [], agent: [], channel: [], priority: [], category: [], ...over });

describe('parseViewState', () => {
  it('reads every filter', () => {
    const { state, notices } = parseViewState('?from=2026-07-01&to=2026-09-30&team=一线客服组&agent=李娜&channel=chat,email&priority=urgent&category=complaint&category=fault&grain=week&lang=en');
    expect(notices).toEqual([]);
    expect(state).toEqual(view({
      from: '2026-07-01', to: '2026-09-30', team: ['一线客服组'], agent: ['李娜'], channel: ['chat', 'email'], priority: ['urgent'], category: ['complaint', 'fault'], grain: 'week', lang: 'en',
    }));
  });

  it('an empty query is the default view', () => {
    expect(parseViewState('')).toEqual({ state: view({}), notices: [] });
  });

  it('drops unknown and invalid parameters with a notice instead of throwing', () => {
    const { state, notices } = parseViewState('bogus=1&channel=fax&channel=chat&from=2026-02-30&grain=year&quarter=2026-Q5&lang=fr&to=tomorrow');
    expect(state).toEqual(view({ channel: ['chat'] }));
    expect(notices).toEqual([
      { param: 'bogus', value: '1', reason: 'unknown_param' },
      { param: 'channel', value: 'fax', reason: 'invalid_value' },
      { param: 'from', value: '2026-02-30', reason: 'invalid_value' },
      { param: 'grain', value: 'year', reason: 'invalid_value' },
      { param: 'quarter', value: '2026-Q5', reason: 'invalid_value' },
      { param: 'lang', value: 'fr', reason: 'invalid_value' },
      { param: 'to', value: 'tomorrow', reason: 'invalid_value' },
    ]);
  });

  it('survives hostile input', () => {
    for (const q of ['%E0%A4%A', '&&&=&', '?a', 'team=' + 'x'.repeat(5000), '__proto__=1&constructor=2', 'from[]=1']) {
      expect(() => parseViewState(q)).not.toThrow();
    }
    expect(parseViewState('team=' + 'x'.repeat(500)).notices[0]?.reason).toBe('invalid_value');
  });

  it('the quarter preset wins over from/to, and says so', () => {
    const { state, notices } = parseViewState('quarter=2026-q3&from=2026-01-01');
    expect(state.quarter).toBe('2026-Q3');
    expect(state.from).toBeUndefined();
    expect(notices).toEqual([{ param: 'from', value: '2026-01-01', reason: 'conflict' }]);
  });

  it('rejects a reversed range and repeated single values', () => {
    expect(parseViewState('from=2026-09-30&to=2026-07-01').notices[0]?.reason).toBe('range_reversed');
    const { state, notices } = parseViewState('grain=week&grain=month');
    expect(state.grain).toBe('week');
    expect(notices).toEqual([{ param: 'grain', value: 'month', reason: 'duplicate' }]);
  });

  it('checks team and agent names against the known ones when given', () => {
    const { state, notices } = parseViewState('team=A&team=Z', { teams: ['A', 'B'] });
    expect(state.team).toEqual(['A']);
    expect(notices).toEqual([{ param: 'team', value: 'Z', reason: 'invalid_value' }]);
  });
});

describe('serializeViewState', () => {
  const states: ViewState[] = [
    view({}),
    view({ quarter: '2026-Q3', team: ['售后一组', 'A&B, C'], channel: ['chat', 'email'], grain: 'month' }),
    view({ from: '2026-01-01', to: '2026-03-31', agent: ['王 伟'], priority: ['urgent', 'high'], category: ['complaint'], lang: 'en' }),
  ];

  it('round-trips', () => {
    for (const s of states) expect(parseViewState(serializeViewState(s))).toEqual({ state: s, notices: [] });
  });

  it('is canonical: equal states give equal strings, defaults are left out', () => {
    expect(serializeViewState(view({}))).toBe('');
    expect(serializeViewState(view({ lang: 'zh-CN' }))).toBe('');
    expect(serializeViewState(parseViewState('grain=week&channel=chat&quarter=2026-Q1').state)).toBe('quarter=2026-Q1&channel=chat&grain=week');
    expect(serializeViewState(view({ lang: 'en', grain: 'day' }), { includeLang: false })).toBe('grain=day');
  });
});

describe('date ranges', () => {
  it('validates calendar dates', () => {
    expect([isIsoDate('2024-02-29'), isIsoDate('2026-02-29'), isIsoDate('2026-13-01'), isIsoDate('2026-1-01')]).toEqual([true, false, false, false]);
  });

  it('maps quarters to their first and last day, with a fiscal year start', () => {
    expect(quarterRange('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2026-Q4', 4)).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(resolveRange(view({ from: '2026-01-05' }))).toEqual({ from: '2026-01-05', to: undefined });
  });
});
