import { describe, expect, it } from 'vitest';
import { ratio } from '../../../../src/charts/forms/ratio.ts';
import { NARROW, WIDE, expectSnapshot, markOf, num, record, rectsIn, seedChart, textsIn } from '../fixtures.ts';

const c = seedChart('gpu-spend-vs-revenue');
const area = (svg: ReturnType<typeof ratio.draw>, id: string) =>
  rectsIn(markOf(svg, id)).reduce((a, r) => a + num(r.attrs.width) * num(r.attrs.height), 0);

describe('ratio form', () => {
  it('chooses the value of a square from the data', () => {
    expect(c.model.square).toBe(1e9);
    const small = structuredClone(c.input);
    small.records.forEach((r) => (r.value!.amount! /= 100));
    expect(ratio.model(small, c.options as Parameters<typeof ratio.model>[1]).square).toBe(1e7);
  });

  it('gives each amount an area proportional to it', () => {
    for (const layout of [WIDE, NARROW]) {
      const svg = ratio.draw(c.model, layout);
      expect(area(svg, 'gpu-spending-2023') / area(svg, 'gpu-revenue-2023')).toBeCloseTo(500 / 30, 5);
    }
  });

  it('says what a square is worth and the ratio', () => {
    expect(textsIn(ratio.draw(c.model, WIDE)).join('')).toContain('每格代表10亿美元');
    expect(ratio.summary(c.model)).toBe('2023年AI公司购买GPU芯片的花费（500亿美元）约为由此拉动的营收（30亿美元）的17倍；每个方块代表10亿美元。');
  });

  it('refuses a single figure or figures without an amount', () => {
    expect(ratio.accepts([record('gpu-revenue-2023')], {})[0].message).toMatch(/at least two/);
    expect(ratio.accepts([record('gpu-revenue-2023'), record('msft-mistral')], {})[0].path).toEqual(['records', 1]);
  });

  it('matches the reviewed drawings', () => {
    expectSnapshot(ratio.draw(c.model, WIDE), 'ratio-wide');
    expectSnapshot(ratio.draw(c.model, NARROW), 'ratio-narrow');
  });
});
