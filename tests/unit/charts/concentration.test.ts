import { describe, expect, it } from 'vitest';
import { concentration } from '../../../src/charts/concentration.ts';
import { renderSvg } from '../../../src/charts/svg.ts';
import { NARROW, WIDE, inputFor, markOf, marks, num, rectsIn, textsIn } from './fixtures.ts';

const input = inputFor('concentration');
const model = concentration.model(input);

describe('concentration chart', () => {
  it('draws the share as that part of the whole', () => {
    for (const layout of [WIDE, NARROW]) {
      const svg = concentration.draw(model, layout);
      const share = rectsIn(markOf(svg, 'top3-share-of-2023-funding'))[0];
      expect(num(share.attrs.width) / layout.width).toBeCloseTo(1 / 3, 2);
      expect(textsIn(svg).join('')).toContain('三分之一');
    }
  });

  it('gives each other figure a callout, a percentage its own part-to-whole bar', () => {
    const svg = concentration.draw(model, WIDE);
    expect(marks(svg).map((m) => m.attrs['data-record'])).toEqual(input.records.map((r) => r.id));
    const profit = markOf(svg, 'msft-openai-profit-share')!;
    const [, track, part] = rectsIn(profit);
    expect(num(part.attrs.width) / num(track.attrs.width)).toBeCloseTo(0.75, 2);
    expect(textsIn(markOf(svg, 'openai-anthropic-funding-multiple')).join('')).toContain('60倍以上');
    expect(textsIn(markOf(svg, 'anthropic-funding-target')).join('')).toContain('多达50亿美元');
  });

  it('refuses specs without a share', () => {
    expect(() => concentration.model({ ...input, records: input.records.slice(1) })).toThrow(/needs one record with a share/);
  });

  it('matches the reviewed SVG snapshots', async () => {
    await expect(renderSvg(concentration.draw(model, WIDE))).toMatchFileSnapshot('__snapshots__/concentration-wide.svg');
    await expect(renderSvg(concentration.draw(model, NARROW))).toMatchFileSnapshot('__snapshots__/concentration-narrow.svg');
  });
});
