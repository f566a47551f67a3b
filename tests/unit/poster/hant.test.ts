import { describe, expect, it } from 'vitest';
import { convertLines, hantSheet } from '../../../src/poster/hant.ts';
import { layoutPoster, sheetText } from '../../../src/poster/layout.ts';
import { chartText } from '../../../src/og/chart.ts';
import { s2tw } from '../../../src/edition/hant.ts';

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" width="344" height="80" viewBox="-12 0 344 80"><text x="0" y="20">微软2023年裁员</text></svg>';
const sheet = layoutPoster({
  url: 'https://news.example.com/r/a/',
  kicker: '系列 · 第1篇',
  title: '人才荒与就业难',
  byline: '原文：21世纪经济报道',
  chart: { title: '裁员潮', drawings: [drawing], source: '来源：据21世纪经济报道' },
  pointsHeading: '要点',
  points: ['微软2023年裁员：1万人'],
  site: 'AI人才战·图解',
  note: '本站文字来自原报道。',
});

describe('hantSheet', () => {
  it('converts every line and the chart’s labels, keeps the layout, and holds the 繁體 address', () => {
    const hant = hantSheet(sheet, s2tw, 'https://news.example.com/zh-hant/r/a/');
    expect(hant.url).toBe('https://news.example.com/zh-hant/r/a/');
    expect(sheetText(hant)).toEqual(sheetText(sheet).map(s2tw));
    expect(hant.title.lines.length).toBe(sheet.title.lines.length);
    expect(hant.chart!.height).toBe(sheet.chart!.height);
    expect(chartText(hant.chart!.svg)).toBe('微軟2023年裁員');
    expect(hant.script, 'drawn in Traditional glyph forms').toBe('tc');
  });
});

describe('convertLines', () => {
  it('converts lines as one text, so a word across a break converts whole, and cuts it back where it was', () => {
    // 头发 is 頭髮 (hair); converted apart, 发 would become 發.
    expect(convertLines(['剪头', '发'], s2tw)).toEqual(['剪頭', '髮']);
  });
});
