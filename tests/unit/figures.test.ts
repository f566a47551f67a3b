import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFigures } from '../../src/lib/figures.ts';
import { formatQuantity } from '../../src/lib/format.ts';
import { UNIT_IDS, unit } from '../../src/lib/units.ts';

const one = (text: string) => {
  const found = findFigures(text);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('findFigures', () => {
  it('reads units of any dimension in the unit as written', () => {
    expect(one('储能1.2万兆瓦时').quantity).toEqual({ unit: 'MWh', amount: 12000 });
    expect(one('新增5吉瓦').quantity).toEqual({ unit: 'GW', amount: 5 });
    expect(one('三千瓦时').quantity).toEqual({ unit: 'kWh', amount: 3 });
    expect(one('5亿元人民币').quantity).toEqual({ unit: 'CNY', amount: 5e8 });
    expect(one('人民币5亿元').quantity).toEqual({ unit: 'CNY', amount: 5e8 });
    expect(one('每吨1.2万元').quantity).toEqual({ unit: 'CNY/t', amount: 12000 });
    expect(one('0.5元/瓦时').quantity).toEqual({ unit: 'CNY/Wh', amount: 0.5 });
  });
  it('reads shares, 成, fractions and qualifiers before and after', () => {
    expect(one('七成以上的企业').quantity).toEqual({ unit: 'percent', amount: 70, qualifier: '以上' });
    expect(one('不足一成').quantity).toEqual({ unit: 'percent', amount: 10, qualifier: '不足' });
    expect(one('三分之一来自').quantity).toEqual({ unit: 'share', amount: 0.333333 });
    expect(one('两周之内').quantity).toEqual({ unit: 'weeks', amount: 2, qualifier: '之内' });
    expect(one('300多家').quantity).toEqual({ unit: 'firms', amount: 300, qualifier: '多' });
  });
  it('reads ranges and vague figures', () => {
    expect(one('约6到9个月').quantity).toEqual({ unit: 'months', amount: null, range: [6, 9], qualifier: '约' });
    expect(one('10%至15%').quantity).toEqual({ unit: 'percent', amount: null, range: [10, 15] });
    expect(one('3-5年').quantity).toEqual({ unit: 'years', amount: null, range: [3, 5] });
    expect(one('从数十万到几百万美元').quantity).toEqual({ unit: 'USD', amount: null, vague: ['数十万', '几百万'] });
    expect(one('减少数百个职位').quantity).toEqual({ unit: 'items', amount: null, vague: ['数百'] });
  });
  it('reads changes', () => {
    expect(one('价格从每吨1.2万元降至8000元左右').change).toEqual({
      direction: 'down',
      from: { unit: 'CNY/t', amount: 12000 },
      to: { unit: 'CNY/t', amount: 8000, qualifier: '左右' },
    });
    expect(one('增长超过一倍').change).toEqual({ direction: 'up', by: { unit: 'times', amount: 1, qualifier: '超过' } });
    expect(one('下降了3个百分点').change).toEqual({ direction: 'down', by: { unit: 'pp', amount: 3 } });
    expect(one('同比增长15%').change).toEqual({ direction: 'up', by: { unit: 'percent', amount: 15 } });
  });
  it('reads a change whose start is dated (由去年同期的…), with the size said after it, and a change named by its size', () => {
    const margin = one('毛利率由去年同期的22%降至17%，下降了5个百分点');
    expect(margin.text).toBe('由去年同期的22%降至17%，下降了5个百分点');
    expect(margin.change).toEqual({
      direction: 'down',
      from: { unit: 'percent', amount: 22 },
      to: { unit: 'percent', amount: 17 },
      by: { unit: 'pp', amount: 5 },
    });
    // A size in the other direction is another figure, not this change's.
    expect(findFigures('由22%降至17%，增长了5个百分点').map((f) => f.text)).toEqual(['由22%降至17%', '增长了5个百分点']);
    expect(one('降幅在3到5个百分点之间').change).toEqual({ direction: 'down', by: { unit: 'pp', amount: null, range: [3, 5] } });
    expect(one('涨幅约为15%').change).toEqual({ direction: 'up', by: { unit: 'percent', amount: 15 } });
    // 由此 is no start of a change, and 降幅 before an absolute amount is no change.
    expect(one('但由此拉动的营收只有30亿美元').quantity).toEqual({ unit: 'USD', amount: 3000000000 });
    expect(one('降幅为300万元').quantity).toEqual({ unit: 'CNY', amount: 3000000 });
  });
  it('does not read years, dates, relative times, ordinals or the article 一 as figures', () => {
    for (const text of [
      '2023年12月',
      '4月10日',
      '两周之前',
      '5年前',
      '一个月后',
      '第一轮面试',
      '一位专家',
      '唯一一家',
      '2023-2024年',
      'GPT-4',
      '百度',
    ])
      expect(findFigures(text), text).toEqual([]);
  });
});

const sig = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -2, max: 8 })).map(([m, e]) => Number((m * 10 ** e).toPrecision(4)));
const plainUnits = UNIT_IDS.filter((id) => !['share', 'years'].includes(id));
const priceUnits = ['CNY/kWh', 'CNY/t', 'USD/t', 'EUR/MWh'];

describe('formatting and reading back', () => {
  it('gives the same quantity for any amount in any unit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...plainUnits, ...priceUnits), sig, (id, amount) => {
        fc.pre(!(unit(id).dimension === 'percent' && amount < 0.01));
        const q = { unit: id, amount };
        const text = formatQuantity(q)!;
        const found = findFigures(text);
        expect(
          found.map((f) => f.quantity),
          text,
        ).toEqual([q]);
      }),
    );
  });
});
