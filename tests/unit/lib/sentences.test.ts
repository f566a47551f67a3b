import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/lib/sentences.ts';

describe('sentences', () => {
  it('splits after sentence ends and keeps closing quotes with their sentence', () => {
    expect(sentences('“这场AI人才大战,是我见过最疯狂的!”近日,硅谷AI人才荒加剧。在AI的竞速中,等等。')).toEqual([
      '“这场AI人才大战,是我见过最疯狂的!”',
      '近日,硅谷AI人才荒加剧。',
      '在AI的竞速中,等等。',
    ]);
  });
  it('keeps a last sentence that has no end mark, and loses no character', () => {
    const p = '甲。乙没有句号';
    expect(sentences(p)).toEqual(['甲。', '乙没有句号']);
    expect(sentences(p).join('')).toBe(p);
  });
});
