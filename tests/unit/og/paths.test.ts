import { describe, expect, it } from 'vitest';
import { ogImageParam, ogImagePath } from '../../../src/og/paths.ts';

describe('ogImagePath', () => {
  it('puts each image where the endpoint writes it', () => {
    expect(ogImagePath('home')).toBe('/og/index.png');
    expect(ogImagePath('series', 'ai-talent-war-2024-04')).toBe('/og/ai-talent-war-2024-04.png');
    expect(ogImagePath('article', 'ai-talent-war-2024-04', 'dao-du')).toBe('/og/ai-talent-war-2024-04/dao-du.png');
    expect(ogImagePath('chart', 'engineer-pay')).toBe('/og/charts/engineer-pay.png');
    expect(ogImageParam('article', 'r', 'a')).toBe('r/a');
  });

  it('refuses ids that would escape or collide', () => {
    expect(() => ogImageParam('article', 'r', '../x')).toThrow(/slug/);
    expect(() => ogImageParam('series', 'index')).toThrow(/home page/);
  });
});
