import { describe, expect, it } from 'vitest';
import { readChinese, readNumeral, round, roundShare } from '../../../src/lib/numerals.ts';

describe('readNumeral', () => {
  it.each([
    ['2.7', 2.7],
    ['1,200', 1200],
    ['2.7万', 27000],
    ['1.2万亿', 1.2e12],
    ['5千万', 5e7],
    ['两', 2],
    ['十二', 12],
    ['三千二百', 3200],
    ['一百零五', 105],
    ['三十万', 300000],
    ['一百零五亿', 10500000000],
  ])('reads %s as %d', (text, value) => expect(readNumeral(text)).toBe(value));

  it.each(['', '一二', '三百十', '2.7兆', 'GPT', '二十万x'])('refuses %j, which is not one number', (text) =>
    expect(readNumeral(text)).toBeUndefined(),
  );
});

describe('readChinese', () => {
  it('reads 万 and 亿 alone as one of them', () => {
    expect(readChinese('万')).toBe(1e4);
    expect(readChinese('亿')).toBe(1e8);
  });
});

describe('rounding', () => {
  it('keeps products of decimals exact and shares to six places', () => {
    expect(1.1 * 3).not.toBe(3.3);
    expect(round(1.1 * 3)).toBe(3.3);
    expect(roundShare(1 / 3)).toBe(0.333333);
  });
});
