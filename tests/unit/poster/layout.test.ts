import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  choose,
  CONTENT_WIDTH,
  layoutPoster,
  MAX_POINTS,
  pointsHeight,
  POSTER,
  POSTER_PIXELS,
  sheetText,
  STYLE,
  type Block,
  type PosterSheet,
} from '../../../src/poster/layout.ts';
import type { PosterInput } from '../../../src/poster/input.ts';
import { textWidth } from '../../../src/charts/text.ts';

const drawing = (height: number, width = CONTENT_WIDTH + 2 * STYLE.bleed) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="10" height="10"/></svg>`;
const base: PosterInput = {
  url: 'https://news.example.com/r/a/',
  kicker: 'AI“拿捏”下的硅谷现状：高调抢人、抢创企，低调裁员潮 · 第1篇',
  title: '人才荒与就业难',
  byline: '原文：21世纪经济报道 · 原文发表于2024年4月',
  pointsHeading: '要点',
  points: [
    '机器学习和AI工程师薪酬中位数：接近40万美元（约合人民币290万元）',
    'OpenAI总薪资中位数：92.5万美元',
    '微软2023年裁员：1万人，2023年',
    '亚马逊累计裁员：超2.7万名',
  ],
  site: 'AI人才战·图解',
  note: '本站文字来自原报道，数字来自与原文逐句核对的数据集。',
};
const blocks = (s: PosterSheet): Block[] =>
  [s.kicker, s.title, s.byline, s.dek, s.chart?.title, s.chart?.source, s.points?.heading, ...(s.points?.items ?? []), s.site, s.note].filter(
    (b): b is Block => Boolean(b),
  );
const footerWidth = CONTENT_WIDTH - STYLE.qr - 16;
/** The height the sheet's blocks take, laid out as element.ts stacks them, with the minimum gaps. */
function used(s: PosterSheet): number {
  const h = (b?: Block) => (b ? b.lines.length * b.style.line : 0);
  const { gap } = STYLE;
  let y = STYLE.accent + STYLE.padTop + h(s.kicker) + (s.kicker.lines.length ? gap.kicker : 0) + h(s.title) + gap.title + h(s.byline);
  if (s.dek) y += gap.dek + h(s.dek);
  if (s.chart) y += gap.section + (s.chart.title ? h(s.chart.title) + gap.chartTitle : 0) + s.chart.height + gap.chartSource + h(s.chart.source);
  if (s.points) y += pointsHeight(s.points.items, s.points.items.length);
  return y + STYLE.footerGap + 1 + gap.footer + Math.max(STYLE.qr, h(s.site) + 4 + h(s.note)) + STYLE.padBottom;
}
/** Text without spaces (lines are broken at spaces, which the break removes) and the ellipsis a cut adds. */
const bare = (s: string) => s.replace(/\s+/g, '').replace(/…$/, '');

describe('layoutPoster', () => {
  it('lays out a 360×720 poster and draws it 750×1500 px, WeChat’s design width at 2×', () => {
    expect([POSTER.width, POSTER.height]).toEqual([360, 720]);
    expect(POSTER_PIXELS).toEqual({ width: 750, height: 1500 });
  });

  it('fits everything it shows into the poster, each line within its column', () => {
    const sheet = layoutPoster({
      ...base,
      chart: { title: '裁员潮', drawings: [600, 400, 250, 120].map((h) => drawing(h)), source: '来源：据21世纪经济报道' },
    });
    expect(used(sheet)).toBeLessThanOrEqual(POSTER.height);
    for (const b of blocks(sheet)) for (const line of b.lines) expect(textWidth(line, b.style.size)).toBeLessThanOrEqual(CONTENT_WIDTH);
    for (const line of [...sheet.site.lines, ...sheet.note.lines]) expect(textWidth(line, STYLE.note.size)).toBeLessThanOrEqual(footerWidth);
  });

  it('takes the drawing with the most marks that leaves room for a key figure, then as many figures as fit', () => {
    const chart = { title: '裁员潮', drawings: [600, 400, 200, 120].map((h) => drawing(h)), source: '来源：据21世纪经济报道' };
    const sheet = layoutPoster({ ...base, chart });
    // 600 and 400 px leave no room for a figure beside the fixed parts; 200 does.
    expect(sheet.chart!.height).toBe(200);
    expect(sheet.points!.items.length).toBeGreaterThanOrEqual(1);
    // One figure more would not fit.
    const more = { ...sheet, points: { ...sheet.points!, items: layoutPoster({ ...base }).points!.items.slice(0, sheet.points!.items.length + 1) } };
    if (more.points.items.length > sheet.points!.items.length) expect(used(more)).toBeGreaterThan(POSTER.height);
  });

  it('shows the key figures alone, at most six, when there is no chart', () => {
    const points = Array.from({ length: 9 }, (_, i) => `第${i + 1}项：${i + 1}万人`);
    const sheet = layoutPoster({ ...base, points });
    expect(sheet.chart).toBeUndefined();
    expect(sheet.points!.items.map((b) => b.lines.join(''))).toEqual(points.slice(0, MAX_POINTS.alone));
  });

  it('scales a drawing wider than the poster to its width, and leaves no chart when none fits', () => {
    const full = CONTENT_WIDTH + 2 * STYLE.bleed;
    const wide = layoutPoster({ ...base, points: [], chart: { drawings: [drawing(200, 2 * full)], source: '来源：测试' } });
    expect([wide.chart!.width, wide.chart!.height, wide.chart!.bleed]).toEqual([full, 100, STYLE.bleed / 2]);
    const tall = layoutPoster({ ...base, chart: { drawings: [drawing(2000)], source: '来源：测试' } });
    expect(tall.chart).toBeUndefined();
    expect(tall.points!.items.length).toBeGreaterThan(0);
  });

  it('draws only the input’s words: each block is its text, broken between phrases (a cut line ends with …)', () => {
    const sheet = layoutPoster({ ...base, dek: '巨头一边抢AI人才，一边裁员；并非每家都公布了裁员人数。' });
    const inputs = [
      base.kicker!,
      base.title,
      base.byline!,
      '巨头一边抢AI人才，一边裁员；并非每家都公布了裁员人数。',
      base.pointsHeading!,
      ...base.points!,
      base.site,
      base.note!,
    ];
    for (const text of sheetText(sheet))
      expect(
        inputs.some((i) => bare(i).startsWith(bare(text))),
        text,
      ).toBe(true);
  });

  it('sheetText lists every block shown, in reading order, and nothing for what it left out', () => {
    const sheet = layoutPoster({ ...base, points: [] });
    expect(sheetText(sheet)).toEqual([base.kicker, base.title, base.byline, base.site, base.note]);
  });

  it('holds for any title, figures and drawing heights (property)', () => {
    const word = fc.constantFrom('人才', '裁员潮', 'OpenAI', '2.7万名', '，', '微软', '投资', '约40亿美元', '硅谷', '现状');
    const text = (n: number) => fc.array(word, { minLength: 1, maxLength: n }).map((w) => w.join(''));
    fc.assert(
      fc.property(
        text(40),
        fc.array(text(20), { maxLength: 8 }),
        fc.array(fc.integer({ min: 40, max: 900 }), { maxLength: 5 }),
        (title, points, heights) => {
          const sheet = layoutPoster({
            ...base,
            title,
            points,
            ...(heights.length ? { chart: { drawings: heights.map((h) => drawing(h)), source: '来源：测试' } } : {}),
          });
          expect(used(sheet)).toBeLessThanOrEqual(POSTER.height);
          expect(sheet.title.lines.length).toBeGreaterThan(0);
          expect(sheet.title.lines.length).toBeLessThanOrEqual(STYLE.titleMaxLines);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('choose', () => {
  const item = (lines: number): Block => ({ lines: Array(lines).fill('一'), style: STYLE.point });
  const items = [item(1), item(2), item(1)];

  it('prefers the chart over key figures, keeping one figure when one fits', () => {
    const one = pointsHeight(items, 1);
    expect(choose(300, [400, 300 - one, 100], items)).toEqual({ drawing: 1, points: 1 });
  });

  it('takes a drawing alone when none leaves room for a figure, and figures alone when no drawing fits', () => {
    expect(choose(250, [400, 250], items)).toEqual({ drawing: 1, points: 0 });
    expect(choose(250, [400, 300], items).drawing).toBeUndefined();
    expect(choose(250, [], items)).toEqual({ points: 3 });
  });
});
