import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../../src/lib/key-figures.ts';

const fig = (id: string, amount: number | null, extra: Record<string, unknown> = {}) => ({
  record: {
    id,
    label: `标签${id}`,
    value: amount === null ? null : { unit: 'USD', amount, ...extra },
    ...(extra.partOf ? { partOf: extra.partOf as string } : {}),
  },
  anchor: `src-${id}`,
});

describe('数说 (key figures)', () => {
  it('leads with figures the charts plot, shown in reading order, at most four', () => {
    const cited = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => fig(id, 1));
    expect(keyFigures(cited, new Set(['f', 'e'])).map((c) => c.record.id)).toEqual(['a', 'b', 'e', 'f']);
  });

  it('leaves out figures without a number, and a part whose whole is cited', () => {
    const cited = [fig('a', null), fig('b', 2, { missing: '未披露' }), fig('c', 3), fig('d', 1, { partOf: 'c' }), fig('e', 4)];
    expect(keyFigures(cited, new Set()).map((c) => c.record.id)).toEqual(['c', 'e']);
  });

  it('shows nothing rather than a strip of one', () => {
    expect(keyFigures([fig('a', 1), fig('b', null)], new Set(['a']))).toEqual([]);
  });

  it('shows one figure per label', () => {
    const twice = [fig('a', 1), { ...fig('b', 2), record: { ...fig('b', 2).record, label: '标签a' } }, fig('c', 3)];
    expect(keyFigures(twice, new Set()).map((c) => c.record.id)).toEqual(['a', 'c']);
  });
});
