import { describe, expect, it } from 'vitest';
import { timeline } from '../../../../src/charts/forms/timeline.ts';
import { findAll } from '../../../../src/charts/svg.ts';
import { NARROW, WIDE, expectSnapshot, markOf, marks, num, seedChart, textsIn } from '../fixtures.ts';

const c = seedChart('deal-timeline');
const shapeOf = (id: string) => findAll(markOf(timeline.draw(c.model, WIDE), id), (n) => n.tag === 'path' || n.tag === 'circle')[0];
const spanOf = (id: string) => {
  const xs = [...String(shapeOf(id).attrs.d).matchAll(/M([\d.]+),/g)].map((m) => Number(m[1]));
  return Math.max(...xs) - Math.min(...xs);
};

describe('timeline form', () => {
  it('shows only the years with events, breaking the axis over empty ones', () => {
    expect(c.model.spans).toEqual([
      [2019, 2019],
      [2023, 2024],
    ]);
    const axis = findAll(timeline.draw(c.model, WIDE), (n) => n.attrs.class === 'axis')[0];
    expect(findAll(axis, (n) => n.tag === 'text' && n.attrs.y === 12).map((n) => textsIn(n).join(''))).toEqual(['2019年', '2023年', '2024年']);
    expect(findAll(axis, (n) => n.tag === 'path')).toHaveLength(1);
  });

  it('writes the years under the rows too only when the rows run long', () => {
    const years = (limit?: number) =>
      textsIn(findAll(timeline.draw(c.model, { ...WIDE, limit }), (n) => n.attrs.class === 'axis')[0]).filter((x) => /^\d{4}年$/.test(x));
    expect(years()).toEqual(['2019年', '2019年', '2023年', '2023年', '2024年', '2024年']);
    // A share card's four latest events: their one year, written once.
    expect(years(4)).toEqual(['2024年']);
  });

  it('draws a year as a thin span across it, not a bar, and a day as a dot', () => {
    expect(shapeOf('msft-openai-first').tag).toBe('path');
    expect(spanOf('google-essential-ai') / spanOf('openai-ceo-fired-rehired')).toBeCloseTo(92 / 30, 0);
    expect(shapeOf('msft-japan-cloud-ai').tag).toBe('circle');
    expect(findAll(timeline.draw(c.model, WIDE), (n) => n.tag === 'rect')).toEqual([]);
  });

  it('gives an outlier year an inset, so its year-long date is no longer than a few months of the main period', () => {
    // 2019 holds one of 13 events: its year is a third as wide as 2023's.
    expect(spanOf('msft-openai-first') / spanOf('google-essential-ai')).toBeCloseTo(365 / 92 / 3, 0);
    expect(spanOf('msft-openai-first')).toBeLessThan(2 * spanOf('google-essential-ai'));
  });

  it('draws amounts as circles whose area is the amount, and says so once', () => {
    const radius = (id: string) =>
      num(findAll(markOf(timeline.draw(c.model, WIDE), id), (n) => n.tag === 'circle' && n.attrs['fill-opacity'] !== undefined)[0].attrs.r);
    const amount = (id: string) => c.input.records.find((r) => r.id === id)!.value!.amount!;
    expect((radius('msft-openai-cumulative') / radius('msft-inflection-patents')) ** 2).toBeCloseTo(
      amount('msft-openai-cumulative') / amount('msft-inflection-patents'),
      0,
    );
    expect(findAll(markOf(timeline.draw(c.model, WIDE), 'ftc-inquiry'), (n) => n.tag === 'circle' && n.attrs['fill-opacity'] !== undefined)).toEqual(
      [],
    );
    expect(textsIn(timeline.draw(c.model, WIDE)).filter((x) => x === '圆的面积表示金额')).toHaveLength(1);
  });

  it('says each date at its precision and writes amounts beside their mark', () => {
    const text = textsIn(timeline.draw(c.model, NARROW)).join('\n');
    expect(text).toContain('2019年（推算）');
    expect(text).toContain('2023年第四季度');
    expect(text).toContain('截至2023年12月 · 130亿美元');
  });

  it('refuses records without a date', () => {
    const bad = structuredClone(c.input.records);
    bad[0].date = { missing: '无' };
    expect(timeline.accepts(bad, {})).toEqual([{ path: ['records', 0], message: expect.stringContaining('has no date') }]);
  });

  it('links every event and summarises first, last and the busiest year', () => {
    expect(marks(timeline.draw(c.model, WIDE))).toHaveLength(c.input.records.length);
    expect(timeline.summary(c.model)).toMatch(/^共13项。最早：2019年（推算），微软首笔投资OpenAI；最近：2024年4月10日（推算）/);
  });

  it('matches the reviewed drawings', () => {
    expectSnapshot(timeline.draw(c.model, WIDE), 'timeline-wide');
    expectSnapshot(timeline.draw(c.model, NARROW), 'timeline-narrow');
    expect(num(timeline.draw(c.model, WIDE).attrs.width)).toBe(WIDE.width);
  });
});
