import { describe, expect, it } from 'vitest';
import { dateLabel, interval, isoDate, precisionOf } from '../../../src/lib/dates.ts';

describe('precisionOf', () => {
  it('knows each format and refuses impossible dates', () => {
    expect(precisionOf('2024-04-10')).toBe('day');
    expect(precisionOf('2024-03')).toBe('month');
    expect(precisionOf('2023-Q4')).toBe('quarter');
    expect(precisionOf('2019')).toBe('year');
    expect(precisionOf('2024-02-30')).toBeUndefined();
    expect(precisionOf('2024-13')).toBeUndefined();
    expect(precisionOf('April 2024')).toBeUndefined();
  });
});

describe('interval', () => {
  it('covers the whole period, so a year is never drawn as a day', () => {
    const [s, e] = interval({ value: '2023', precision: 'year' });
    expect(s.toISOString().slice(0, 10)).toBe('2023-01-01');
    expect(e.toISOString().slice(0, 10)).toBe('2024-01-01');
    const [qs, qe] = interval({ value: '2023-Q4', precision: 'quarter' });
    expect([qs, qe].map((d) => d.toISOString().slice(0, 10))).toEqual(['2023-10-01', '2024-01-01']);
    const [ds, de] = interval({ value: '2024-04-10', precision: 'day' });
    expect(de.getTime() - ds.getTime()).toBe(86_400_000);
  });

  it('narrows to the early or late third for 年初 and 月末', () => {
    const [s, e] = interval({ value: '2023', precision: 'year', part: 'early' });
    expect(s.toISOString().slice(0, 10)).toBe('2023-01-01');
    expect(e.getUTCMonth()).toBe(4);
    const [ls, le] = interval({ value: '2024-02', precision: 'month', part: 'late' });
    expect(le.toISOString().slice(0, 10)).toBe('2024-03-01');
    expect(ls.getUTCDate()).toBeGreaterThan(19);
  });
});

describe('dateLabel', () => {
  it('says only what is known', () => {
    expect(dateLabel({ value: '2024-04-10', precision: 'day' })).toBe('2024年4月10日');
    expect(dateLabel({ value: '2024-03', precision: 'month' })).toBe('2024年3月');
    expect(dateLabel({ value: '2023-Q4', precision: 'quarter' })).toBe('2023年第四季度');
    expect(dateLabel({ value: '2023', precision: 'year', part: 'early' })).toBe('2023年初');
    expect(dateLabel({ value: '2024-02', precision: 'month', part: 'late' })).toBe('2024年2月末');
  });
  it('gives machines an ISO date of the same precision', () => {
    expect(isoDate({ value: '2023-Q4', precision: 'quarter' })).toBe('2023-10');
    expect(isoDate({ value: '2024-04', precision: 'month' })).toBe('2024-04');
  });
});
