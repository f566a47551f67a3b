import { describe, expect, it } from 'vitest';
import { dayRange, sortKeys } from '../../../src/data/display.ts';
import type { DataRecord } from '../../../src/schemas/record.ts';

const rec = (over: Partial<DataRecord>): DataRecord => ({
  id: 'x',
  label: 'x',
  entities: {},
  value: { unit: 'USD', amount: 1e9 },
  date: { value: '2023', precision: 'year' },
  quote: '投资10亿美元',
  ...over,
});

describe('dayRange', () => {
  it('gives the first and last day a date may fall on', () => {
    expect(dayRange({ value: '2023-Q4', precision: 'quarter' })).toEqual(['2023-10-01', '2023-12-31']);
    expect(dayRange({ missing: '无' })).toBeUndefined();
  });
});

describe('sortKeys', () => {
  it('sorts figures of one unit family together, by their amount in the base unit', () => {
    const mwh = sortKeys(rec({ value: { unit: 'MWh', amount: 300 } }));
    const gwh = sortKeys(rec({ value: { unit: 'GWh', amount: 1 } }));
    expect(mwh.unit).toBe(gwh.unit);
    expect(gwh.amount!).toBeGreaterThan(mwh.amount!);
    expect(sortKeys(rec({ value: { unit: 'USD', amount: 1 } })).unit).not.toBe(sortKeys(rec({ value: { unit: 'CNY', amount: 1 } })).unit);
  });
  it('leaves events, ranges and changes without an amount key (they sort last)', () => {
    expect(sortKeys(rec({ value: null, date: { missing: '无' } }))).toEqual({});
    expect(sortKeys(rec({ value: { unit: 'months', amount: null, range: [6, 9] } })).amount).toBeUndefined();
  });
});
