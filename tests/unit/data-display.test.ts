import { describe, expect, it } from 'vitest';
import { cnyWords, dateWords, dayRange, sortKeys, valueWords } from '../../src/data/display.ts';
import type { DataRecord } from '../../src/schemas/record.ts';

const rec = (over: Partial<DataRecord>): DataRecord => ({
  id: 'x',
  kind: 'investment',
  label: 'x',
  entities: {},
  value: { unit: 'USD', amount: 1 },
  date: { missing: '无' },
  quote: '某某某某',
  ...over,
});

describe('valueWords', () => {
  it('keeps the report’s qualifier and unit', () => {
    expect(valueWords({ unit: 'USD', amount: 4e9, qualifier: '约' })).toBe('约40亿美元');
    expect(valueWords({ unit: 'times', amount: 60, qualifier: '以上' })).toBe('60倍以上');
    expect(valueWords({ unit: 'share', amount: 0.333333 })).toBe('三分之一');
  });
  it('uses the quote’s own words for the figure when given the quote', () => {
    expect(valueWords({ unit: 'weeks', amount: 2, qualifier: '之内' }, '尖端AI人才会被大厂拼命抢夺,两周之内就要定归属')).toBe('两周之内');
    expect(valueWords({ unit: 'USD', amount: 4e8, qualifier: '近' }, '以近4亿美金获得了该企业10%的股权')).toBe('近4亿美金');
    expect(valueWords({ unit: 'people', amount: 27000, qualifier: '超' }, '已裁掉超2.7万名员工')).toBe('超2.7万名');
    // Not the same figure (another qualifier, another amount): newsroom wording instead.
    expect(valueWords({ unit: 'USD', amount: 4e8 }, '以近4亿美金获得')).toBe('4亿美元');
    expect(valueWords({ unit: 'percent', amount: 49 }, '拥有后者10%的股份')).toBe('49%');
  });
  it('words vague figures as the report does, and gives nothing (not 0) for missing ones', () => {
    expect(valueWords({ unit: 'USD', amount: null, vague: ['数十万', '几百万'] })).toBe('数十万到几百万美元');
    expect(valueWords({ unit: 'count', amount: null, vague: ['数百'] })).toBe('数百个');
    expect(valueWords({ unit: 'people', amount: null, missing: '没说' })).toBeUndefined();
  });
  it('gives the CNY equivalent with its word', () => {
    expect(cnyWords({ amount: 2.9e6, qualifier: '约合' })).toBe('约合人民币290万元');
  });
});

describe('dates', () => {
  it('are worded at their precision and span the days they may fall on', () => {
    expect(dateWords({ value: '2023', precision: 'year', part: 'early' })).toBe('2023年初');
    expect(dayRange({ value: '2023', precision: 'year', part: 'early' })).toEqual(['2023-01-01', '2023-05-02']);
    expect(dayRange({ value: '2024-02', precision: 'month' })).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateWords({ missing: '无' })).toBeUndefined();
    expect(dayRange({ missing: '无' })).toBeUndefined();
  });
});

describe('sortKeys', () => {
  it('sort figures within their unit and dates by the start of their interval', () => {
    expect(sortKeys(rec({ value: { unit: 'percent', amount: 49 }, date: { value: '2023-12', precision: 'month' } }))).toEqual({
      unit: 3,
      amount: 49,
      start: Date.UTC(2023, 11, 1),
      end: Date.UTC(2024, 0, 1),
    });
  });
  it('leave out what is not known, so those rows sort last', () => {
    expect(sortKeys(rec({ value: { unit: 'USD', amount: null, missing: '无' } }))).toEqual({});
    expect(sortKeys(rec({ kind: 'event', value: null }))).toEqual({});
    expect(sortKeys(rec({ value: { unit: 'USD', amount: null, vague: ['数百'] } }))).toEqual({});
  });
});
