/** A record's kind comes from its value, never from what the editor writes. */
import { describe, expect, it } from 'vitest';
import { recordKind } from '../../../src/lib/record-kind.ts';

const q = (unit: string) => ({ unit, amount: 1 });

describe('recordKind', () => {
  it('is an event without a figure, a change with one, else by the unit’s dimension', () => {
    expect(recordKind({ value: null })).toBe('event');
    expect(recordKind({ value: null, change: { direction: 'up', by: q('times') } })).toBe('change');
    expect(recordKind({ value: q('USD') })).toBe('money');
    expect(recordKind({ value: q('CNY/kWh') })).toBe('measure');
    expect(recordKind({ value: q('people') })).toBe('count');
    expect(recordKind({ value: q('percent') })).toBe('share');
    expect(recordKind({ value: q('pp') })).toBe('share');
    expect(recordKind({ value: q('share') })).toBe('share');
    expect(recordKind({ value: q('MWh') })).toBe('measure');
  });

  it('keeps a figure the report does not give in its kind, not an event', () => {
    expect(recordKind({ value: { unit: 'USD', amount: null, missing: '未披露' } })).toBe('money');
  });
});
