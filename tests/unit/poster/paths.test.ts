import { describe, expect, it } from 'vitest';
import { posterParam, posterPath } from '../../../src/poster/paths.ts';

describe('poster paths', () => {
  it('put an article’s poster under its report and a chart’s under charts/, below poster/', () => {
    expect(posterParam('article', 'ai-talent-war-2024-04', 'dao-du')).toBe('ai-talent-war-2024-04/dao-du');
    expect(posterParam('chart', 'layoffs')).toBe('charts/layoffs');
    expect(posterPath('chart', 'layoffs')).toMatch(/\/poster\/charts\/layoffs\.png$/);
  });

  it('refuse an id that is not a slug, naming it', () => {
    expect(() => posterParam('chart', '../x')).toThrow(/"\.\.\/x" is not a slug/);
  });
});
