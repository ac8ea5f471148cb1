import { describe, expect, it } from 'vitest';
import { LOCALES, lookup, messagesFor, metricText, toLocale } from '../../src/i18n/index.ts';
import { CATEGORIES, CHANNELS, PRIORITIES, STATUSES } from '../../src/lib/config/types.ts';

const KPIS = [
  'csat', 'csat_mean', 'survey_response_rate', 'frt_median', 'frt_p90', 'resolution_median', 'resolution_p90',
  'sla_frt_attainment', 'sla_resolution_attainment', 'complaint_timeliness', 'fcr', 'reopen_rate', 'backlog', 'volume',
  'eval_process_compliance', 'eval_teamwork_communication', 'eval_training', 'eval_business_ability',
  'frt_bh_median', 'frt_bh_p90', 'resolution_bh_median', 'resolution_bh_p90', 'response_time_distribution', 'load_matrix',
];

/** Every leaf path of a messages object, functions included. */
function leaves(o: unknown, prefix = ''): string[] {
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, `${prefix}${k}.`));
  return [prefix.slice(0, -1)];
}

describe('messages', () => {
  it('every locale has the same keys and no empty string', () => {
    const [a, b] = LOCALES.map((l) => leaves(messagesFor(l)).sort());
    expect(a).toEqual(b);
    for (const l of LOCALES) for (const path of leaves(messagesFor(l))) {
      const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messagesFor(l));
      if (typeof v === 'string' && !path.endsWith('.0')) expect(v, `${l}: ${path}`).not.toBe('');
    }
  });

  it('names every KPI and every vocabulary value of the schema', () => {
    for (const l of LOCALES) {
      const m = messagesFor(l);
      expect(Object.keys(m.metric).sort()).toEqual([...KPIS].sort());
      for (const c of CHANNELS) expect(m.vocab.channel[c]).toBeTruthy();
      for (const c of CATEGORIES) expect(m.vocab.category[c]).toBeTruthy();
      for (const p of PRIORITIES) expect(m.vocab.priority[p]).toBeTruthy();
      for (const s of STATUSES) expect(m.vocab.status[s]).toBeTruthy();
      expect(Object.keys(m.tiers)).toEqual(['A', 'B', 'C', 'D']);
    }
  });

  it('resolves metric label keys as the metric layer writes them', () => {
    expect(lookup('en', 'metric.csat')).toBe('CSAT');
    expect(lookup('zh-CN', 'metric.fcr.definition')).toContain('一次接触');
    expect(lookup('en', 'metric.nope')).toBeUndefined();
    expect(lookup('en', 'nav')).toBeUndefined();
    expect(metricText('en', 'eval_empathy', { 'zh-CN': '同理心', en: 'Empathy' })).toEqual({ name: 'Empathy', definition: '' });
  });

  it('reads loose language tags', () => {
    expect([toLocale('en'), toLocale('EN-us'), toLocale('zh'), toLocale('zh-cn'), toLocale('fr'), toLocale(null)]).toEqual(['en', 'en', 'zh-CN', 'zh-CN', undefined, undefined]);
  });
});
