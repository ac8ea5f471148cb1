import { describe, expect, it } from 'vitest';
import { createFormat } from '../../src/i18n/index.ts';

const en = createFormat('en');
const zh = createFormat('zh-CN');

describe('createFormat', () => {
  it('states a percentage with its denominator', () => {
    expect(en.percentOf(0.92, 1204, 'rated')).toBe('92% of 1,204 rated');
    expect(zh.percentOf(0.92, 1204, 'rated')).toBe('1,204 条评价中 92%');
  });

  it('shows small samples as "n < 10", not as a number', () => {
    expect(en.percentOf(1, 9, 'rated')).toBe('n < 10');
    expect(createFormat('en', { minObservations: 30 }).percentOf(1, 29, 'rated')).toBe('n < 30');
    expect(en.isSmall(10)).toBe(false);
  });

  it('formats minutes as seconds, minutes, hours or days', () => {
    expect([en.duration(0.5), en.duration(3), en.duration(150), en.duration(1728), en.duration(0)]).toEqual(['30 s', '3 min', '2.5 h', '1.2 d', '0']);
    expect([zh.duration(3), zh.duration(150), zh.duration(1728)]).toEqual(['3 分钟', '2.5 小时', '1.2 天']);
    expect(en.duration(Number.NaN)).toBe('—');
    expect(en.value(36, 'hours')).toBe('1.5 d');
  });

  it('a duration value of zero keeps its unit; a bare duration (ranges, axes) does not', () => {
    expect([en.value(0, 'minutes'), zh.value(0, 'minutes'), en.value(0, 'hours')]).toEqual(['0 min', '0 分钟', '0 min']);
    expect(en.duration(0)).toBe('0');
  });

  it('formats YYYY-MM-DD dates without shifting them by the runtime zone', () => {
    // TZ=America/Los_Angeles in the test script: a naive Date('2026-03-05') would print March 4.
    expect(en.date('2026-03-05')).toBe('Mar 5, 2026');
    expect(zh.date('2026-03-05')).toBe('2026年3月5日');
    expect(en.wallClock('2026-09-30 23:59:00')).toBe('Sep 30, 2026, 23:59');
    expect(en.date('2024-Q4')).toBe('2024-Q4');
  });

  it('formats instants in the dataset time zone', () => {
    expect(en.dateTime('2026-09-30T15:59:00.000Z', 'Asia/Shanghai')).toBe('Sep 30, 2026, 23:59 GMT+8');
  });

  it('signs deltas, in percentage points for shares', () => {
    expect(en.delta(0.021, 'share')).toBe('+2.1 pp');
    expect(zh.delta(-0.03, 'share')).toBe('−3 个百分点');
    expect(en.delta(-12, 'minutes')).toBe('−12 min');
    expect(en.delta(0, 'count')).toBe('±0');
  });

  it('formats KPI values by unit', () => {
    expect(en.value(0.9134, 'share')).toBe('91.3%');
    expect(en.value(1234567, 'count')).toBe('1,234,567');
    expect(en.value(4.267, 'score')).toBe('4.3');
    expect(en.value(null, 'share')).toBe('—');
  });
});
