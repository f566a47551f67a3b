import { describe, expect, it } from 'vitest';
import { compute } from '../../../src/charts/compute.ts';
import { renderSvg } from '../../../src/charts/svg.ts';
import { NARROW, WIDE, inputFor, markOf, num, rectsIn, textsIn } from './fixtures.ts';

const input = inputFor('compute');
const model = compute.model(input);
const area = (svg: ReturnType<typeof compute.draw>, id: string) =>
  rectsIn(markOf(svg, id)).reduce((a, r) => a + num(r.attrs.width) * num(r.attrs.height), 0);

describe('compute chart', () => {
  it('chooses the value of a square from the data', () => {
    expect(model.unit).toBe(1e9);
    const small = structuredClone(input);
    small.records.forEach((r) => (r.value!.amount! /= 100));
    expect(compute.model(small).unit).toBe(1e7);
  });

  it('gives each amount an area proportional to it', () => {
    for (const layout of [WIDE, NARROW]) {
      const svg = compute.draw(model, layout);
      expect(area(svg, 'gpu-spending-2023') / area(svg, 'gpu-revenue-2023')).toBeCloseTo(500 / 30, 5);
      expect(rectsIn(markOf(svg, 'gpu-spending-2023'))).toHaveLength(50);
    }
  });

  it('says what a square is worth and the ratio', () => {
    expect(textsIn(compute.draw(model, WIDE)).join('')).toContain('每格代表10亿美元');
    expect(compute.summary(model)).toBe('2023年AI公司购买GPU芯片的花费（500亿美元）约为由此拉动的营收（30亿美元）的17倍；每个方块代表10亿美元。');
  });

  it('matches the reviewed SVG snapshots', async () => {
    await expect(renderSvg(compute.draw(model, WIDE))).toMatchFileSnapshot('__snapshots__/compute-wide.svg');
    await expect(renderSvg(compute.draw(model, NARROW))).toMatchFileSnapshot('__snapshots__/compute-narrow.svg');
  });
});
