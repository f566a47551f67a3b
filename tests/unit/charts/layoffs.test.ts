import { describe, expect, it } from 'vitest';
import { layoffs } from '../../../src/charts/layoffs.ts';
import { findAll, renderSvg } from '../../../src/charts/svg.ts';
import { NARROW, WIDE, inputFor, markOf, num, rectsIn, textsIn } from './fixtures.ts';

const input = inputFor('layoffs');
const model = layoffs.model(input);

describe('layoffs chart', () => {
  it('draws counted layoffs largest first, the rest after', () => {
    expect(model.counted.map((r) => r.id)).toEqual(['amazon-layoffs', 'msft-layoffs-2023', 'meta-layoffs-2023']);
    expect(model.uncounted.map((r) => r.id)).toEqual(['amazon-smgs-cuts', 'msft-layoffs-2024', 'google-layoffs-2024']);
  });

  it('draws bars proportional to head counts and an arrow for 超', () => {
    const svg = layoffs.draw(model, WIDE);
    const w = (id: string) => num(rectsIn(markOf(svg, id))[0].attrs.width);
    expect(w('amazon-layoffs') / w('msft-layoffs-2023')).toBeCloseTo(2.7, 2);
    expect(findAll(markOf(svg, 'amazon-layoffs'), (n) => n.tag === 'path')).toHaveLength(1);
    expect(findAll(markOf(svg, 'msft-layoffs-2023'), (n) => n.tag === 'path')).toHaveLength(0);
  });

  it('writes layoffs without a count in words, with no bar', () => {
    for (const layout of [WIDE, NARROW]) {
      const svg = layoffs.draw(model, layout);
      for (const r of model.uncounted) expect(rectsIn(markOf(svg, r.id))).toEqual([]);
      const google = textsIn(markOf(svg, 'google-layoffs-2024')).join('');
      expect(google).toContain('裁员将持续一整年（未给出人数）');
      expect(textsIn(markOf(svg, 'amazon-smgs-cuts')).join('')).toContain('数百个');
    }
  });

  it('keeps 超 and the four rounds in view', () => {
    const text = textsIn(layoffs.draw(model, NARROW)).join('\n');
    expect(text).toContain('超2.7万人');
    expect(text).toContain('经历四轮裁员后');
  });

  it('summarises the largest and smallest counts and what has no count', () => {
    expect(layoffs.summary(model)).toMatch(/^报道给出人数的裁员中，最多的是亚马逊累计裁员（超2\.7万人），约为.*（1万人）的2\.7倍。另有3项裁员报道没有给出确切人数/);
  });

  it('matches the reviewed SVG snapshots', async () => {
    await expect(renderSvg(layoffs.draw(model, WIDE))).toMatchFileSnapshot('__snapshots__/layoffs-wide.svg');
    await expect(renderSvg(layoffs.draw(model, NARROW))).toMatchFileSnapshot('__snapshots__/layoffs-narrow.svg');
  });
});
