import { describe, expect, it } from 'vitest';
import { lineOf, normalizeReport, occurrences, paragraphAt, sentenceAround } from '../../../src/lib/report-text.ts';

const text = '标题\n第一段。说了一件事，又说了一件！\n第二段只有一句';

describe('report text', () => {
  it('normalises only the BOM and line ends', () => {
    expect(normalizeReport('\uFEFF甲\r\n乙\r丙\n丁 ')).toBe('甲\n乙\n丙\n丁 ');
  });

  it('finds every occurrence, overlapping ones too', () => {
    expect(occurrences('啊啊啊', '啊啊')).toEqual([0, 1]);
    expect(occurrences('abc', '')).toEqual([]);
  });

  it('says the line and the paragraph of an index', () => {
    const i = text.indexOf('又说');
    expect(lineOf(text, i)).toBe(2);
    expect(paragraphAt(text, i)).toEqual({ start: 3, text: '第一段。说了一件事，又说了一件！' });
    expect(paragraphAt(text, text.length - 1).text).toBe('第二段只有一句');
  });

  it('gives the sentence(s) a span touches', () => {
    expect(sentenceAround(text, text.indexOf('又说'), 2)).toBe('说了一件事，又说了一件！');
    expect(sentenceAround(text, text.indexOf('一段'), 8)).toBe('第一段。说了一件事，又说了一件！');
    expect(sentenceAround(text, text.indexOf('只有'))).toBe('第二段只有一句');
  });
});
