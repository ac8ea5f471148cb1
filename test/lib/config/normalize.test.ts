import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, normalizeConfig } from '../../../src/lib/config/index.ts';

const issues = (raw: unknown) => {
  try {
    normalizeConfig(raw, 'data/config.json');
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).issues.map((i) => i.key);
  }
};

describe('normalizeConfig', () => {
  it('fills the handbook defaults', () => {
    const c = normalizeConfig({});
    expect(c).toEqual(DEFAULT_CONFIG);
    expect(Object.values(c.scorecard.weights).reduce((a, b) => a + b)).toBe(100);
  });

  it('expands SLA tables: default, then per channel, then per priority', () => {
    const c = normalizeConfig({ sla: { first_response_minutes: { default: 60, chat: 5, email: { urgent: 30 } } } });
    expect(c.sla.first_response_minutes.web).toEqual({ urgent: 60, high: 60, normal: 60, low: 60 });
    expect(c.sla.first_response_minutes.chat.low).toBe(5);
    expect(c.sla.first_response_minutes.email).toEqual({ urgent: 30, high: 60, normal: 60, low: 60 });
  });

  it('reads business hours as minutes', () => {
    expect(normalizeConfig({ business_hours: { start: '08:30', end: '17:30' } }).business_hours).toMatchObject({ start: 510, end: 1050 });
  });

  it('names the key, the value and what is allowed for every error', () => {
    try {
      normalizeConfig({ timezone: 'Mars/Olympus', scorecard: { weights: { satisfaction: 50, fcr: 40 } } }, 'data/config.json');
      expect.unreachable();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('data/config.json: 2 invalid settings');
      expect(msg).toContain('timezone: "Mars/Olympus" is not allowed; expected an IANA time zone');
      expect(msg).toContain('scorecard.weights: {"satisfaction":50,"fcr":40} is not allowed; expected weights that sum to 100 (these sum to 90)');
    }
  });

  it('rejects each kind of bad setting', () => {
    expect(issues({ fiscal_year_start_month: 13 })).toEqual(['fiscal_year_start_month']);
    expect(issues({ survey_scale: 7 })).toEqual(['survey_scale']);
    expect(issues({ business_hours: { start: '18:00', end: '09:00' } })).toEqual(['business_hours.end']);
    expect(issues({ business_hours: { days: [0, 8] } })).toEqual(['business_hours.days']);
    expect(issues({ business_hours: { holidays: ['2026-02-30x'] } })).toEqual(['business_hours.holidays[0]']);
    expect(issues({ sla: { first_response_minutes: { fax: 5 } } })).toEqual(['sla.first_response_minutes.fax']);
    expect(issues({ sla: { resolution_hours: { email: { asap: 1 } } } })).toEqual(['sla.resolution_hours.email.asap']);
    expect(issues({ targets: { csat: 90 } })).toEqual(['targets.csat']);
    expect(issues({ scorecard: { weights: { charm: 100 } } })).toContain('scorecard.weights.charm');
    expect(issues({ scorecard: { tiers: [{ id: 'A', min: 80 }, { id: 'B', min: 90 }] } })).toEqual(['scorecard.tiers[1].min', 'scorecard.tiers[1].min']);
    expect(issues({ evaluation: { role_weights: { supervisor: 50, peer: 20 } } })).toEqual(['evaluation.role_weights']);
    expect(issues({ privacy: { customer_id: 'keep' } })).toEqual(['privacy.customer_id']);
    expect(issues({ colour: 'blue' })).toEqual(['colour']);
    expect(issues([1, 2])).toEqual(['(root)']);
  });
});
