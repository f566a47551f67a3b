/** The one text measurer: widths good enough to lay out labels, and wrapping between phrases. */
import { describe, expect, it } from 'vitest';
import { ems, textWidth, wrapText } from '../../../src/charts/text.ts';

describe('ems', () => {
  it('counts Chinese characters and full-width punctuation as one em, Latin narrower, spaces narrowest', () => {
    expect(ems('人才战')).toBe(3);
    expect(ems('，“”…')).toBe(4);
    expect(ems('AI')).toBeGreaterThan(ems('ai'));
    expect(ems('ai')).toBeLessThan(2);
    expect(ems(' ')).toBeLessThan(ems('a'));
  });

  it('scales with the font size', () => {
    expect(textWidth('人才战', 14)).toBe(42);
    expect(textWidth('', 14)).toBe(0);
  });
});

describe('wrapText', () => {
  const label = '2023年AI公司购买GPU芯片的花费';

  it('keeps every line within the width and loses no character', () => {
    for (const width of [60, 100, 160, 400]) {
      const lines = wrapText(label, 14, width);
      for (const line of lines) expect(textWidth(line, 14), `${line} at ${width}`).toBeLessThanOrEqual(width);
      expect(lines.join('')).toBe(label);
    }
  });

  it('gives a label that fits one line', () => {
    expect(wrapText(label, 14, textWidth(label, 14))).toEqual([label]);
  });

  it('breaks between phrases, not inside a figure with its unit', () => {
    const lines = wrapText('亚马逊裁员超过2.7万人', 14, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((l) => l.includes('2.7万'))).toBe(true);
  });

  it('breaks a phrase wider than a line between its characters rather than overflowing', () => {
    const lines = wrapText('人工智能人才争夺战', 14, 30);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(30);
    expect(lines.join('')).toBe('人工智能人才争夺战');
  });

  it('breaks Latin text at spaces and drops the spaces at line ends', () => {
    const lines = wrapText('Sequoia AI Ascent 2024', 14, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toBe(line.trim());
    expect(lines.join(' ')).toBe('Sequoia AI Ascent 2024');
  });
});
