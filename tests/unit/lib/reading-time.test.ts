import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHARS_PER_LATIN_WORD, CHARS_PER_MINUTE, readingMinutes, readingUnits } from '../../../src/lib/reading-time.ts';

describe('readingUnits', () => {
  it('counts each Chinese character, not each space-separated word', () => {
    expect(readingUnits('硅谷对AI人才的争夺')).toBe(8 + CHARS_PER_LATIN_WORD);
    expect(readingUnits('马斯克近日透露')).toBe(7);
  });

  it('does not count punctuation or spaces', () => {
    expect(readingUnits('“不能让人挖走”。')).toBe(6);
    expect(readingUnits('  ，。！？……（）  ')).toBe(0);
  });

  it('counts a Latin name, a model name, a site name and a number as one word each', () => {
    const word = CHARS_PER_LATIN_WORD;
    expect(readingUnits('OpenAI')).toBe(word);
    expect(readingUnits('GPT-4')).toBe(word);
    expect(readingUnits('Levels.fyi')).toBe(word);
    expect(readingUnits('Logan Kilpatrick')).toBe(2 * word);
    // 2.7万: the number, then its unit as a character.
    expect(readingUnits('超2.7万名')).toBe(3 + word);
  });

  it('counts kana and hangul like Han characters', () => {
    expect(readingUnits('ソフトバンク')).toBe(6);
    expect(readingUnits('삼성')).toBe(2);
  });

  it('grows with the text: joining two texts adds their counts', () => {
    const piece = fc.stringMatching(/^[一-龥a-z0-9，。 ]{0,40}$/);
    fc.assert(fc.property(piece, piece, (a, b) => readingUnits(`${a}。${b}`) === readingUnits(a) + readingUnits(b)));
  });
});

describe('readingMinutes', () => {
  it('reads CHARS_PER_MINUTE characters a minute, rounded, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('字'.repeat(CHARS_PER_MINUTE))).toBe(1);
    expect(readingMinutes('字'.repeat(CHARS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes('字'.repeat(Math.round(CHARS_PER_MINUTE * 3.6)))).toBe(4);
  });

  it('gives a Chinese article of 2,000 characters a few minutes, not the one minute a word counter would', () => {
    const article = '硅谷对AI人才的争夺，已经几近疯狂。'.repeat(120);
    expect(readingMinutes(article)).toBeGreaterThanOrEqual(4);
    expect(readingMinutes(article)).toBeLessThanOrEqual(6);
  });

  it('uses a rate within the cited range for silent reading of Chinese', () => {
    expect(CHARS_PER_MINUTE).toBeGreaterThanOrEqual(400);
    expect(CHARS_PER_MINUTE).toBeLessThanOrEqual(500);
  });
});
