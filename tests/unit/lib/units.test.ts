import { describe, expect, it } from 'vitest';
import { UNIT_IDS, family, isUnitId, toBase, unit } from '../../../src/lib/units.ts';

describe('the unit registry', () => {
  it('resolves plain ids and prices, and names the known ids for anything else', () => {
    expect(unit('MWh')).toMatchObject({ dimension: 'energy', suffix: '兆瓦时', factor: 1e6 });
    expect(unit('CNY/t')).toMatchObject({ dimension: 'price', suffix: '元/吨', per: { currency: 'CNY', unit: 't' } });
    expect(isUnitId('CNY/percent')).toBe(false);
    expect(() => unit('count')).toThrow(/unknown unit "count": use one of USD/);
  });
  it('compares units within a family only', () => {
    expect(family('MWh')).toBe(family('kWh'));
    expect(family('USD')).not.toBe(family('CNY'));
    expect(toBase(300, 'MWh')).toBe(toBase(300_000, 'kWh'));
  });
  it('gives every plain unit a suffix the site writes, words only where reports write them', () => {
    for (const id of UNIT_IDS) expect(unit(id).id).toBe(id);
  });
});
