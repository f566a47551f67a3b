import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/site/order.ts';

const r = (id: string, value: string, precision: 'day' | 'month' | 'year') => ({ id, published: { value, precision } });

describe('newestFirst', () => {
  it('puts the newest report first', () => {
    const sorted = [r('a', '2024-04-15', 'day'), r('b', '2024-09-20', 'day')].sort(newestFirst);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('sorts a date known only to the month or year at the end of its period', () => {
    const sorted = [r('day', '2024-04-29', 'day'), r('month', '2024-04', 'month'), r('year', '2024', 'year'), r('may', '2024-05-01', 'day')].sort(
      newestFirst,
    );
    expect(sorted.map((x) => x.id)).toEqual(['year', 'may', 'month', 'day']);
  });

  it('breaks ties by slug, so the order never depends on the file system', () => {
    const sorted = [r('b', '2024-04', 'month'), r('a', '2024-04', 'month')].sort(newestFirst);
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b']);
  });
});
