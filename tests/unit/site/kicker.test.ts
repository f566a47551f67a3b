import { describe, expect, it } from 'vitest';
import { kickerText } from '../../../src/site/kicker.ts';

describe('kickerText', () => {
  it('says 系列导读 instead of repeating a headline that is the series title', () => {
    expect(kickerText({ title: '储能行业', series: '储能行业', order: 0 })).toBe('系列导读');
  });

  it('names the series and the article’s place in it otherwise', () => {
    expect(kickerText({ title: '价格一路下探', series: '储能行业', order: 1 })).toMatch(/^储能行业 · .*1/);
    expect(kickerText({ title: '导读标题', series: '储能行业', order: 0 })).toBe('储能行业 · 导读');
  });
});
