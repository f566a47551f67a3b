import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineCount, titleLines } from '../../../src/og/title-lines.ts';
import { phrases } from '../../../src/lib/phrases.ts';
import { textWidth, wrapText } from '../../../src/charts/text.ts';

const WIDTH = 1072;
const TITLES = [
  'AI“拿捏”下的硅谷现状：高调抢人、抢创企，低调裁员潮',
  '生成式AI独角兽融资至10亿美元所需时间与其他初创企业相比只需一半',
  '储能装机规模达到12.5吉瓦时，同比增长超过七成，价格从每瓦时0.9元降至0.6元',
];
/** Offsets where a phrase ends: the only places a line may break. */
const boundaries = (title: string) => {
  let at = 0;
  return new Set(phrases(title).map((p) => (at += p.length)));
};

describe('titleLines (card titles)', () => {
  it.each(TITLES)('breaks %s only between phrases, losing nothing', (title) => {
    for (const px of [88, 56, 44]) {
      const lines = titleLines(title, px, WIDTH, 3);
      if (lineCount(title, px, WIDTH) > 3) continue;
      expect(lines.join('')).toBe(title);
      const ends = boundaries(title);
      let at = 0;
      for (const line of lines.slice(0, -1)) expect(ends.has((at += line.length)), `${px}px: ${lines.join(' / ')}`).toBe(true);
      for (const line of lines) expect(textWidth(line, px)).toBeLessThanOrEqual(WIDTH);
    }
  });

  it('sets lines of even length, not a full line and a short rest', () => {
    const title = TITLES[0];
    const greedy = wrapText(title, 56, WIDTH * 0.95);
    const balanced = titleLines(title, 56, WIDTH, 2);
    expect(balanced).toHaveLength(greedy.length);
    const spread = (ls: string[]) => Math.max(...ls.map((l) => textWidth(l, 56))) - Math.min(...ls.map((l) => textWidth(l, 56)));
    expect(spread(balanced)).toBeLessThan(spread(greedy));
  });

  it('cuts a title longer than its lines with an ellipsis on the last line, within the width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 12 }), fc.constantFrom(...TITLES), (times, title) => {
        const long = title.repeat(times);
        const lines = titleLines(long, 56, WIDTH, 2);
        expect(lines).toHaveLength(2);
        expect(lines[1].endsWith('…')).toBe(true);
        expect(long.startsWith(lines.join('').slice(0, -1))).toBe(true);
        for (const line of lines) expect(textWidth(line, 56)).toBeLessThanOrEqual(WIDTH);
      }),
      { numRuns: 20 },
    );
  });
});
