/** The report's qualifier words, where they stand and what they mean. */
import { describe, expect, it } from 'vitest';
import { QUALIFIER_WORDS, isQualifier, qualifierMeaning, qualifiersAt } from '../../../src/lib/qualifiers.ts';

describe('qualifiers', () => {
  it('tries longer words first, so 超过 is read before 超 and 约合 before 约', () => {
    const before = qualifiersAt('before');
    expect(before.indexOf('超过')).toBeLessThan(before.indexOf('超'));
    expect(before.indexOf('约合')).toBeLessThan(before.indexOf('约'));
    for (let i = 1; i < before.length; i++) expect(before[i].length).toBeLessThanOrEqual(before[i - 1].length);
  });

  it('splits the words by place, each word in one place', () => {
    const places = (['before', 'after', 'inside'] as const).map(qualifiersAt);
    expect(places.flat().sort()).toEqual([...QUALIFIER_WORDS].sort());
    expect(qualifiersAt('after')).toContain('以上');
    expect(qualifiersAt('inside')).toContain('多');
  });

  it('knows what each word means, and no meaning is exact', () => {
    expect(qualifierMeaning('超过')).toBe('over');
    expect(qualifierMeaning('近')).toBe('nearly');
    expect(qualifierMeaning('之内')).toBe('upTo');
    expect(qualifierMeaning(undefined)).toBe('exact');
    expect(isQualifier('约')).toBe(true);
    expect(isQualifier('toString')).toBe(false);
  });
});
