import { describe, expect, it } from 'vitest';
import { endsLikeSentence, sentences } from '../../../src/lib/sentences.ts';

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

describe('endsLikeSentence', () => {
  it('spots clause and sentence punctuation at the end', () => {
    expect(endsLikeSentence('人才荒与就业难')).toBe(false);
    expect(endsLikeSentence('亚马逊并非唯一一家瞄准Anthropic的巨头。')).toBe(true);
    expect(endsLikeSentence('他说:')).toBe(true);
  });
});
