import { describe, expect, it } from 'vitest';
import { timeline } from '../../../src/charts/timeline.ts';
import { renderSvg } from '../../../src/charts/svg.ts';
import { NARROW, WIDE, inputFor, markOf, marks, num, textsIn } from './fixtures.ts';
import { findAll } from '../../../src/charts/svg.ts';
import { textWidth } from '../../../src/charts/text.ts';

const input = inputFor('timeline');
const model = timeline.model(input);
const shapeOf = (id: string, layout = WIDE) => findAll(markOf(timeline.draw(model, layout), id), (n) => n.tag === 'rect' || n.tag === 'circle')[0];

describe('timeline chart', () => {
  it('spans from the first year to the month after the last event', () => {
    expect(model.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2019-01-01', '2024-05-01']);
  });

  it('orders events by when they start', () => {
    const starts = model.events.map((e) => +e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(model.events[0].record.id).toBe('msft-openai-first');
  });

  it('draws a year as a whole year and a day as a dot', () => {
    const year = shapeOf('msft-openai-first');
    const quarter = shapeOf('google-essential-ai');
    const month = shapeOf('openai-ceo-fired-rehired');
    expect(year.tag).toBe('rect');
    expect(num(year.attrs.width) / num(quarter.attrs.width)).toBeCloseTo(365 / 92, 0);
    expect(num(quarter.attrs.width)).toBeGreaterThan(num(month.attrs.width));
    expect(shapeOf('msft-japan-cloud-ai').tag).toBe('circle');
  });

  it('says each date at its own precision and marks dates inferred from relative words', () => {
    const text = textsIn(timeline.draw(model, NARROW)).join('\n');
    expect(text).toContain('2019年（推算）');
    expect(text).toContain('2023年第四季度');
    expect(text).toContain('截至2023年12月');
    expect(text).toContain('2024年2月末（推算）');
    expect(text).toContain('2024年4月10日（推算）');
    expect(text).not.toMatch(/2019年1月/);
  });

  it.each([
    ['narrow', NARROW],
    ['wide', WIDE],
  ])('labels each year once, right of its gridline, inside the drawing and clear of the next year (%s)', (_, layout) => {
    const axis = findAll(timeline.draw(model, layout), (n) => n.attrs.class === 'axis')[0];
    const top = findAll(axis, (n) => n.tag === 'text' && n.attrs.y === 12);
    const years = top.map((n) => textsIn(n).join(''));
    expect(years).toEqual(['2019年', '2020年', '2021年', '2022年', '2023年', '2024年']);
    const lines = findAll(axis, (n) => n.tag === 'line').map((n) => num(n.attrs.x1));
    top.forEach((label, i) => {
      const left = num(label.attrs.x);
      const right = left + textWidth(years[i], 12);
      expect(label.attrs['text-anchor']).toBe('start');
      expect(left).toBeGreaterThan(lines[i]);
      expect(right).toBeLessThanOrEqual(layout.width);
      if (i + 1 < top.length) expect(right).toBeLessThan(lines[i + 1]);
    });
  });

  it('refuses a record without a date', () => {
    const bad = structuredClone(input);
    bad.records[0].date = { missing: '无' };
    expect(() => timeline.model(bad)).toThrow(/has no date and cannot be placed/);
  });

  it('links every event and summarises first, last and the busiest year', () => {
    expect(marks(timeline.draw(model, WIDE))).toHaveLength(input.records.length);
    expect(timeline.summary(model)).toMatch(/^共13项。最早：2019年（推算），微软首笔投资OpenAI；最近：2024年4月10日（推算），微软投资日本云计算和AI基础设施；2024年最多，有6项。$/);
  });

  it('matches the reviewed SVG snapshots', async () => {
    await expect(renderSvg(timeline.draw(model, WIDE))).toMatchFileSnapshot('__snapshots__/timeline-wide.svg');
    await expect(renderSvg(timeline.draw(model, NARROW))).toMatchFileSnapshot('__snapshots__/timeline-narrow.svg');
  });
});
