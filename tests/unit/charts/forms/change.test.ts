import { describe, expect, it } from 'vitest';
import { change } from '../../../../src/charts/forms/change.ts';
import { findAll } from '../../../../src/charts/svg.ts';
import type { ChartRecord } from '../../../../src/charts/record.ts';
import { NARROW, WIDE, expectSnapshot, markOf, num, record, rectsIn, textsIn } from '../fixtures.ts';

const base = (id: string, label: string, c: ChartRecord['change']): ChartRecord => ({
  id,
  label,
  entities: {},
  value: null,
  change: c,
  date: { value: '2024', precision: 'year' },
  quote: label,
});
const prices = [
  base('cell-price', '电芯价格', {
    direction: 'down',
    from: { unit: 'CNY/Wh', amount: 0.8 },
    to: { unit: 'CNY/Wh', amount: 0.4, qualifier: '左右' },
  }),
  base('pack-price', '系统价格', { direction: 'down', from: { unit: 'CNY/Wh', amount: 1.5 }, to: { unit: 'CNY/Wh', amount: 0.9 } }),
];
const shares = [
  base('share-a', '市场份额', { direction: 'down', by: { unit: 'pp', amount: 3 } }),
  base('share-b', '出口份额', { direction: 'up', by: { unit: 'pp', amount: 5 } }),
];

describe('change form', () => {
  it('draws from → to as an arrow whose ends sit at both values', () => {
    const m = change.model({ records: prices, links: {} }, change.defaults);
    const svg = change.draw(m, WIDE);
    const line = findAll(markOf(svg, 'pack-price'), (n) => n.tag === 'line')[0];
    const dot = findAll(markOf(svg, 'pack-price'), (n) => n.tag === 'circle')[0];
    expect(num(line.attrs.x1)).toBe(num(dot.attrs.cx));
    expect(num(line.attrs.x2)).toBeLessThan(num(line.attrs.x1));
    expect(textsIn(svg).join('')).toContain('0.8元/瓦时 → 0.4元/瓦时左右');
  });

  it('draws `by` changes as bars of the change', () => {
    const m = change.model({ records: shares, links: {} }, change.defaults);
    const svg = change.draw(m, NARROW);
    const w = (id: string) => num(rectsIn(markOf(svg, id))[0].attrs.width);
    expect(w('share-b') / w('share-a')).toBeCloseTo(5 / 3, 2);
    expect(textsIn(svg).join('')).toContain('↓ 下降3个百分点');
  });

  it('refuses figures that are not changes and a mix of both kinds', () => {
    expect(change.accepts([record('gpu-revenue-2023')], {})[0].message).toContain('use form "bars"');
    expect(change.accepts([prices[0], shares[0]], {})[0].message).toMatch(/split them/);
    expect(change.accepts(prices, {})).toEqual([]);
  });

  it('matches the reviewed drawings', () => {
    expectSnapshot(change.draw(change.model({ records: prices, links: {} }, change.defaults), WIDE), 'change-ends-wide');
    expectSnapshot(change.draw(change.model({ records: shares, links: {} }, change.defaults), NARROW), 'change-by-narrow');
  });
});
