import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFigures } from '../../../src/lib/figures.ts';
import { formatQuantity } from '../../../src/lib/format.ts';
import { UNIT_IDS, unit } from '../../../src/lib/units.ts';

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
  it('reads a change whose earlier value is described (由去年同期的22%), with its size after it', () => {
    expect(one('毛利率由去年同期的22%降至17%，下降了5个百分点').change).toEqual({
      direction: 'down',
      from: { unit: 'percent', amount: 22 },
      to: { unit: 'percent', amount: 17 },
      by: { unit: 'pp', amount: 5 },
    });
    expect(one('版权费从1亿元提高到了3亿元').change).toMatchObject({ from: { amount: 1e8 }, to: { amount: 3e8 } });
    expect(one('挂牌价格上调了5%至8%').change).toEqual({ direction: 'up', by: { unit: 'percent', amount: null, range: [5, 8] } });
  });
  it('reads a value and, in the next clause, only a time word and a change to it as one change', () => {
    const f = one('年初报价在每瓦时0.5元左右，目前已跌至每瓦时0.3元到0.35元之间');
    expect(f.change).toEqual({
      direction: 'down',
      from: { unit: 'CNY/Wh', amount: 0.5, qualifier: '左右' },
      to: { unit: 'CNY/Wh', amount: null, range: [0.3, 0.35] },
    });
    // Another subject in between: two figures.
    expect(findFigures('A公司营收10亿元，B公司营收已增至20亿元')).toHaveLength(2);
  });
  it('reads units of other subjects and the words around them', () => {
    expect(one('销售面积为7151万平方米').quantity).toEqual({ unit: 'm2', amount: 7.151e7 });
    expect(one('均价约为每平方米1.66万元').quantity).toEqual({ unit: 'CNY/m2', amount: 16600, qualifier: '约' });
    expect(one('日均成交约1000套').quantity).toEqual({ unit: 'homes', amount: 1000, qualifier: '约' });
    expect(one('积36分').quantity).toEqual({ unit: 'score', amount: 36 });
    expect(one('打进了41球').quantity).toEqual({ unit: 'goals', amount: 41 });
    expect(one('出场时间超过2.1万分钟').quantity).toEqual({ unit: 'minutes', amount: 21000, qualifier: '超过' });
    expect(one('是去年同期的两倍多').quantity).toEqual({ unit: 'times', amount: 2, qualifier: '多' });
    // 人次 counts visits, not people: 288万人次 is never shown as 288万人.
    expect(one('超过288万人次').quantity).toEqual({ unit: 'visits', amount: 2.88e6, qualifier: '超过' });
    expect(one('中超16支球队').quantity).toEqual({ unit: 'teams', amount: 16 });
  });
  it('reads the measure word 个 before a unit as part of it (5个小时 is 5 hours)', () => {
    expect(one('候诊时间最长时达到5个小时').quantity).toEqual({ unit: 'hours', amount: 5 });
    expect(one('上升了1.2个百分点').change?.by).toEqual({ unit: 'pp', amount: 1.2 });
    expect(one('有68个城市').quantity).toEqual({ unit: 'items', amount: 68 });
  });
  it('reads things counted with their own measure word, lengths, 斤 and 亩', () => {
    expect(one('新增儿科床位约300张').quantity).toEqual({ unit: 'sheets', amount: 300, qualifier: '约' });
    expect(one('起降航班1.2万架次').quantity).toEqual({ unit: 'sorties', amount: 12000 });
    expect(one('确诊病例逾500例').quantity).toEqual({ unit: 'cases', amount: 500, qualifier: '逾' });
    expect(one('新建学校12所').quantity).toEqual({ unit: 'institutions', amount: 12 });
    expect(one('生猪出栏3000万头').quantity).toEqual({ unit: 'head', amount: 3e7 });
    expect(one('受灾农户2.3万户').quantity).toEqual({ unit: 'households', amount: 23000 });
    expect(one('通车里程达4.5万公里').quantity).toEqual({ unit: 'km', amount: 45000 });
    expect(one('播种面积1.8亿亩').quantity).toEqual({ unit: 'mu', amount: 1.8e8 });
    expect(one('收购价每斤1.5元').quantity).toEqual({ unit: 'CNY/jin', amount: 1.5 });
    expect(one('玉米价格为1.2元/斤').quantity).toEqual({ unit: 'CNY/jin', amount: 1.2 });
    // Words that only look like measure words.
    expect(findFigures('两头都顾不上')).toEqual([]);
    expect(findFigures('所有学校都有户口')).toEqual([]);
  });
  it('does not take the base of a rate for a figure (每千名儿童…0.63名)', () => {
    expect(findFigures('每千名儿童拥有的儿科医生数量仅为0.63名').map((f) => f.quantity)).toEqual([{ unit: 'people', amount: 0.63 }]);
    expect(findFigures('每百户家庭拥有汽车40辆').map((f) => f.quantity)).toEqual([{ unit: 'vehicles', amount: 40 }]);
    expect(findFigures('每千瓦时0.3元').map((f) => f.quantity)).toEqual([{ unit: 'CNY/kWh', amount: 0.3 }]);
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
      '二套住房',
      '十分重要',
      '市场份额',
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
