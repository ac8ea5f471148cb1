import { describe, expect, test } from 'vitest';
import { commentList } from '../../../src/components/charts/comment-list.ts';
import { frtBreakdownTable } from '../../../src/components/charts/frt-breakdown-table.ts';
import { newDocument } from './render.ts';

describe('commentList', () => {
  const rows = [
    { at: '2026-08-03 12:00', team: '售后二组', agent: '李四', score: 2, comment: 'too slow <script>alert(1)</script>\nsecond line' },
    { at: '2026-07-01 12:00', team: null, agent: null, score: null, comment: '很快' },
  ];

  test('comments are text, never markup; names link when given links; low scores are marked', () => {
    const el = commentList(rows, { document: newDocument(), locale: 'en', maxScore: 5, teamHref: (t) => `/teams/${t}/` });
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('td.text')!.textContent).toBe('too slow <script>alert(1)</script>\nsecond line');
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/teams/售后二组/']);
    expect(el.querySelector('tbody tr')!.textContent).toContain('李四');
    expect(el.querySelector('.score.low')!.textContent).toBe('2');
    expect([...el.querySelectorAll('tbody tr')][1]!.textContent).toContain('—');
  });

  test('no comments says so', () => {
    expect(commentList([], { document: newDocument(), locale: 'en', maxScore: 5 }).textContent).toBe('No comments in the data.');
  });
});

describe('frtBreakdownTable', () => {
  test('p90 against the row target, attainment against the SLA target, small samples hidden', () => {
    const el = frtBreakdownTable([
      { key: 'chat', median: 3, p90: 4, n: 120, attainment: 0.95, due: 130, target: 5 },
      { key: 'email', median: 200, p90: 300, n: 50, attainment: 0.7, due: 60, target: 240 },
      { key: 'phone', median: 1, p90: 1, n: 3, attainment: 1, due: 3, target: 1 },
    ], { document: newDocument(), locale: 'en', by: 'channel', caption: 'By channel, 2026-Q3', slaTarget: 0.9, minObservations: 10, href: (k) => `?channel=${k}` });
    expect(el.querySelector('caption')!.textContent).toBe('By channel, 2026-Q3');
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => `${c.textContent}${c.classList.contains('good') ? '+' : c.classList.contains('bad') ? '-' : ''}`));
    expect(rows[0]![0]).toBe('Chat');
    expect(rows[0]![3]!.endsWith('+')).toBe(true);
    expect(rows[1]![3]!.endsWith('-')).toBe(true);
    expect(rows[1]![5]!.endsWith('-')).toBe(true);
    expect(rows[2]![2]).toMatch(/n < 10/);
    expect(rows[2]![5]!.endsWith('+') || rows[2]![5]!.endsWith('-')).toBe(false);
    expect(el.querySelector('a')!.getAttribute('href')).toBe('?channel=chat');
  });
});
