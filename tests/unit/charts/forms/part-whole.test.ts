import { describe, expect, it } from 'vitest';
import { partWhole } from '../../../../src/charts/forms/part-whole.ts';
import { NARROW, WIDE, expectSnapshot, markOf, marks, num, rectsIn, seedChart, textsIn } from '../fixtures.ts';

const c = seedChart('funding-concentration');

describe('part-whole form', () => {
  it('draws the share as that part of the whole, the rest named by the spec', () => {
    for (const layout of [WIDE, NARROW]) {
      const svg = partWhole.draw(c.model, layout);
      const share = rectsIn(markOf(svg, 'top3-share-of-2023-funding'))[0];
      expect(num(share.attrs.width) / layout.width).toBeCloseTo(1 / 3, 2);
      expect(textsIn(svg).join('')).toContain('其余：其他AI初创企业');
    }
  });

  it('gives each other figure a callout, a percentage its own part-to-whole bar', () => {
    const svg = partWhole.draw(c.model, WIDE);
    expect(marks(svg).map((m) => m.attrs['data-record'])).toEqual(c.input.records.map((r) => r.id));
    const [, track, part] = rectsIn(markOf(svg, 'msft-openai-profit-share'));
    expect(num(part.attrs.width) / num(track.attrs.width)).toBeCloseTo(0.75, 2);
    expect(textsIn(markOf(svg, 'openai-anthropic-funding-multiple')).join('')).toContain('60倍以上');
  });

  it('refuses specs without a share', () => {
    expect(
      partWhole
        .accepts(
          c.input.records.filter((r) => !['share', 'percent'].includes(r.value!.unit)),
          {},
        )
        .at(-1)!.message,
    ).toMatch(/needs a share/);
    expect(partWhole.accepts(c.input.records, c.spec.options)).toEqual([]);
  });

  it('matches the reviewed drawings', () => {
    expectSnapshot(partWhole.draw(c.model, WIDE), 'part-whole-wide');
    expectSnapshot(partWhole.draw(c.model, NARROW), 'part-whole-narrow');
  });
});
