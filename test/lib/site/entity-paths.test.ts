import { describe, expect, it } from 'vitest';
import { entitySlug, entityUrl } from '../../../src/lib/site/entity-paths.ts';

describe('entity paths', () => {
  it('keeps ordinary names, Chinese included, and percent-encodes them in links under the base path', () => {
    expect(entitySlug('在线客服组')).toBe('在线客服组');
    expect(entitySlug('Team A')).toBe('Team A');
    expect(entityUrl('/reports/', 'zh-CN', 'team', '在线客服组')).toBe('/reports/teams/%E5%9C%A8%E7%BA%BF%E5%AE%A2%E6%9C%8D%E7%BB%84/');
    expect(entityUrl('/', 'en', 'agent', 'Team A')).toBe('/en/agents/Team%20A/');
  });

  it('gives names that cannot be a directory a stable hash slug, different per name', () => {
    for (const name of ['a/b', 'x?y', '..', '50%', ' lead', 'c:d']) expect(entitySlug(name)).toMatch(/^_[0-9a-z]+$/);
    expect(entitySlug('a/b')).toBe(entitySlug('a/b'));
    expect(entitySlug('a/b')).not.toBe(entitySlug('a\\b'));
    expect(() => entitySlug('')).toThrow('invalid entity name');
  });
});
