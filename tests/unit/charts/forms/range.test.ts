import { describe, expect, it } from 'vitest';
import { range } from '../../../../src/charts/forms/range.ts';
import { findAll } from '../../../../src/charts/svg.ts';
import { NARROW, WIDE, expectSnapshot, markOf, num, record, rectsIn, seedChart, textsIn } from '../fixtures.ts';

const pay = seedChart('engineer-pay');

describe('range form', () => {
  it('draws amounts as bars proportional to their values', () => {
    const svg = range.draw(pay.model, WIDE);
    const w = (id: string) => num(rectsIn(markOf(svg, id))[0].attrs.width);
    expect(w('openai-median-total-pay') / w('ml-ai-engineer-median-pay')).toBeCloseTo(92.5 / 40, 2);
  });

  it('draws a vague range as a fading band that runs off the axis, not a point', () => {
    const svg = range.draw(pay.model, WIDE);
    const band = markOf(svg, 'deepmind-stock-grants')!;
    expect(String(rectsIn(band)[0].attrs.fill)).toMatch(/^url\(#w-range-2\)$/);
    expect(findAll(svg, (n) => n.tag === 'linearGradient')[0].attrs.id).toBe('w-range-2');
    expect(textsIn(band).join('')).toContain('数十万到几百万美元（区间，非确切数值）');
  });

  it('draws a range with both ends as a band between them', () => {
    const r = { ...record('talent-offer-window'), id: 'window', value: { unit: 'months', amount: null, range: [6, 9] as [number, number] } };
    const m = range.model({ records: [r], links: {} }, range.defaults);
    const band = rectsIn(markOf(range.draw(m, WIDE), 'window'))[0];
    expect(num(band.attrs.x)).toBeGreaterThan(0);
    expect(textsIn(range.draw(m, WIDE)).join('')).toContain('6至9个月');
  });

  it('keeps the CNY equivalents and the qualifier', () => {
    for (const layout of [WIDE, NARROW]) {
      const text = textsIn(range.draw(pay.model, layout)).join('\n');
      expect(text).toContain('接近40万美元');
      expect(text).toContain('约合人民币290万元');
    }
  });

  it('accepts the seed and refuses events and mixed units', () => {
    expect(range.accepts(pay.input.records, pay.spec.options)).toEqual([]);
    expect(range.accepts([record('ml-ai-engineer-median-pay'), record('ftc-inquiry')], {})[0].message).toContain('use form "timeline"');
    expect(range.accepts([record('ml-ai-engineer-median-pay'), record('msft-layoffs-2023')], {})[0].message).toMatch(/one axis has one unit/);
  });

  it('matches the reviewed drawings', () => {
    expectSnapshot(range.draw(pay.model, WIDE), 'range-pay-wide');
    expectSnapshot(range.draw(pay.model, NARROW), 'range-pay-narrow');
  });
});
