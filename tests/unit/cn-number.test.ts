import { describe, expect, it } from 'vitest';
import { findFigures, readNumeral, sameAmount } from '../../src/lib/cn-number.ts';

const one = (text: string) => {
  const found = findFigures(text);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('readNumeral', () => {
  it('reads Arabic and Chinese numerals', () => {
    expect(readNumeral('2.7')).toBe(2.7);
    expect(readNumeral('两')).toBe(2);
    expect(readNumeral('十')).toBe(10);
    expect(readNumeral('十二')).toBe(12);
    expect(readNumeral('三十')).toBe(30);
    expect(readNumeral('九十九')).toBe(99);
    expect(readNumeral('百')).toBeUndefined();
  });
});

describe('findFigures', () => {
  it('reads amounts with 亿 and 万 into their unit', () => {
    expect(one('投资29亿美元')).toMatchObject({ text: '29亿美元', unit: 'USD', amount: 2_900_000_000 });
    expect(one('达到了92.5万美元')).toMatchObject({ unit: 'USD', amount: 925_000 });
    expect(one('以近4亿美金获得')).toMatchObject({ unit: 'USD', amount: 400_000_000, qualifier: '近' });
  });

  it('keeps the qualifier word the report uses, before or after the number', () => {
    expect(one('已裁掉超2.7万名员工')).toMatchObject({ unit: 'people', amount: 27_000, qualifier: '超' });
    expect(one('薪酬中位数接近40万美元')).toMatchObject({ amount: 400_000, qualifier: '接近' });
    expect(one('总计约40亿美元的投资')).toMatchObject({ amount: 4_000_000_000, qualifier: '约' });
    expect(one('筹集多达50亿美金')).toMatchObject({ amount: 5_000_000_000, qualifier: '多达' });
    expect(one('年化收入的60倍以上')).toMatchObject({ unit: 'times', amount: 60, qualifier: '以上' });
    expect(one('两周之内就要定归属')).toMatchObject({ unit: 'weeks', amount: 2, qualifier: '之内' });
  });

  it('reads 人民币 amounts as CNY, with 约合 as their qualifier', () => {
    const [usd, cny] = findFigures('接近40万美元(约合人民币290万元)');
    expect(usd).toMatchObject({ unit: 'USD', amount: 400_000 });
    expect(cny).toMatchObject({ text: '约合人民币290万元', unit: 'CNY', amount: 2_900_000, qualifier: '约合' });
  });

  it('reads people, a bare 万 as one 万, percentages and fractions', () => {
    expect(one('2023年裁员1万人')).toMatchObject({ unit: 'people', amount: 10_000 });
    expect(one('进行了万人大裁员')).toMatchObject({ unit: 'people', amount: 10_000 });
    expect(one('10%的股权')).toMatchObject({ unit: 'percent', amount: 10 });
    expect(one('三分之一来自')).toMatchObject({ unit: 'share' });
    expect(one('三分之一来自').amount).toBeCloseTo(1 / 3, 12);
    expect(one('一半的时间')).toMatchObject({ unit: 'share', amount: 0.5 });
  });

  it('reads vague magnitudes as intervals, not points', () => {
    expect(one('获得了从数十万到几百万美元的限制性股票')).toMatchObject({
      unit: 'USD',
      vague: { from: { text: '数十万', min: 1e5, max: 1e6 }, to: { text: '几百万', min: 1e6, max: 1e7 } },
    });
    const hundreds = one('减少数百个职位');
    expect(hundreds).toMatchObject({ unit: 'count', vague: { from: { text: '数百', min: 100, max: 1000 } } });
    expect(hundreds.amount).toBeUndefined();
  });

  it('does not read calendar years, ordinals or 一个月 as figures', () => {
    expect(findFigures('2023年12月')).toEqual([]);
    expect(findFigures('第一轮面试')).toEqual([]);
    expect(findFigures('在一个月后宣称')).toEqual([]);
  });

  it('avoids floating-point noise', () => {
    expect(one('2.7万名').amount).toBe(27_000);
    expect(one('12.5亿美元').amount).toBe(1_250_000_000);
  });
});

describe('sameAmount', () => {
  it('accepts a rounded share for a fraction and rejects other numbers', () => {
    expect(sameAmount(0.333333, 1 / 3)).toBe(true);
    expect(sameAmount(2.9e9, 2.8e9)).toBe(false);
  });
});
