import { describe, expect, it } from 'vitest';
import { salaries } from '../../../src/charts/salaries.ts';
import { findAll, renderSvg } from '../../../src/charts/svg.ts';
import { NARROW, WIDE, inputFor, markOf, num, rectsIn, textsIn } from './fixtures.ts';

const input = inputFor('salaries');
const model = salaries.model(input);

describe('salaries chart', () => {
  it('draws medians as bars proportional to their values', () => {
    const svg = salaries.draw(model, WIDE);
    const w = (id: string) => num(rectsIn(markOf(svg, id))[0].attrs.width);
    expect(w('openai-median-total-pay') / w('ml-ai-engineer-median-pay')).toBeCloseTo(92.5 / 40, 2);
  });

  it('draws the vague grant as a range band, not a point, that runs off the axis', () => {
    expect(model.ranges).toHaveLength(1);
    expect(model.ranges[0].from).toEqual([1e5, 1e6]);
    expect(model.ranges[0].to).toEqual([1e6, 1e7]);
    const svg = salaries.draw(model, WIDE);
    const band = markOf(svg, 'deepmind-stock-grants')!;
    expect(String(rectsIn(band)[0].attrs.fill)).toMatch(/^url\(#w-range-0\)$/);
    expect(findAll(svg, (n) => n.tag === 'linearGradient')[0].attrs.id).toBe('w-range-0');
    expect(textsIn(band).join('')).toContain('数十万到几百万美元（区间，非确切数值）');
    expect(textsIn(band).join('')).toContain('延伸至几百万');
  });

  it('shows the CNY equivalents and the qualifier the report gives', () => {
    for (const layout of [WIDE, NARROW]) {
      const text = textsIn(salaries.draw(model, layout)).join('\n');
      expect(text).toContain('接近40万美元');
      expect(text).toContain('约合人民币290万元');
      expect(text).toContain('约合人民币670万元');
    }
  });

  it('summarises the ratio of the two medians and names the range as a range', () => {
    expect(salaries.summary(model)).toBe(
      'OpenAI总薪资中位数（92.5万美元）约为机器学习和AI工程师薪酬中位数（接近40万美元）的2.3倍。谷歌DeepMind AI技术人员获得的限制性股票为数十万到几百万美元，是区间而非确切数值。',
    );
  });

  it('tables the plotted values with their CNY', () => {
    const rows = salaries.table(model).rows;
    expect(rows.map((r) => r.cells[2])).toEqual(['约合人民币290万元', '约合人民币670万元', '—']);
  });

  it('matches the reviewed SVG snapshots', async () => {
    await expect(renderSvg(salaries.draw(model, WIDE))).toMatchFileSnapshot('__snapshots__/salaries-wide.svg');
    await expect(renderSvg(salaries.draw(model, NARROW))).toMatchFileSnapshot('__snapshots__/salaries-narrow.svg');
  });
});
