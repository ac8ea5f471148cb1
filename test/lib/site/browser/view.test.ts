import { describe, expect, test } from 'vitest';
import { viewKey, viewQuery } from '../../../../src/lib/site/browser/view.ts';
import { parseViewState } from '../../../../src/lib/site/url-state.ts';

const view = (q: string) => parseViewState(q).state;

describe('viewQuery: the URL view → metric filters', () => {
  test('no dates: the default quarter, with the quarter before it for deltas', () => {
    expect(viewQuery(view(''), { defaultQuarter: '2026-Q3' })).toEqual({
      quarter: '2026-Q3',
      filter: { from: '2026-07-01', to: '2026-09-30' },
      previous: { from: '2026-04-01', to: '2026-06-30' },
      dims: {},
    });
  });

  test('a quarter and dimension lists, as npm run report --quarter --team --channel', () => {
    const q = viewQuery(view('quarter=2026-Q1&team=A&channel=chat,email'), { defaultQuarter: '2026-Q3' });
    expect(q.filter).toEqual({ teams: ['A'], channels: ['chat', 'email'], from: '2026-01-01', to: '2026-03-31' });
    expect(q.previous).toEqual({ teams: ['A'], channels: ['chat', 'email'], from: '2025-10-01', to: '2025-12-31' });
    expect(q.dims).toEqual({ teams: ['A'], channels: ['chat', 'email'] });
  });

  test('fiscal quarters follow the configured start month', () => {
    // fiscal year from April: 2026-Q1 = April–June 2026
    expect(viewQuery(view('quarter=2026-Q1'), { fiscalStartMonth: 4 }).filter).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  test('a custom date range has no quarter and no previous period', () => {
    const q = viewQuery(view('from=2026-02-01&to=2026-02-14&priority=urgent'), { defaultQuarter: '2026-Q3' });
    expect(q).toEqual({ quarter: undefined, filter: { priorities: ['urgent'], from: '2026-02-01', to: '2026-02-14' }, previous: undefined, dims: { priorities: ['urgent'] } });
  });

  test('a drill-down scope joins the view’s team list once', () => {
    expect(viewQuery(view('team=B'), {}, { team: 'A' }).dims).toEqual({ teams: ['B', 'A'] });
    expect(viewQuery(view('team=A'), {}, { team: 'A' }).dims).toEqual({ teams: ['A'] });
    expect(viewQuery(view(''), {}, { agent: 'Kim' }).dims).toEqual({ agents: ['Kim'] });
  });
});

describe('keys', () => {
  test('viewKey is the canonical query string the filters bar puts in the URL', () => {
    expect(viewKey(view('channel=chat&quarter=2026-q2&lang=en'))).toBe('quarter=2026-Q2&channel=chat');
    expect(viewKey(view(''))).toBe('');
  });
});
