import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOgImage } from '../../../src/og/render.ts';
import { ogInputSchema } from '../../../src/og/input.ts';
import { LAYOUT, OG_HEIGHT, OG_WIDTH } from '../../../src/og/card.ts';
import { CARD } from '../../../src/charts/build.ts';
import { bands, count, decode, inkBox, pngSize, type Pixels, type Rgba } from '../../support/png.ts';

const fresh = () => ({ cacheDir: mkdtempSync(join(tmpdir(), 'og-render-')) });
const footer = 'AI人才战·图解 · 原文：21世纪经济报道';
/** Title ink (#1b1b1b): darker than the footer's grey, not the kicker's blue. */
const titleInk = ([r, g, b]: Rgba) => r < 60 && g < 60 && b < 60;
/** Any text or drawing on the paper. */
const ink = ([r, g, b]: Rgba) => r + g + b < 450;
/** The row of the rule above the footer: a line of #dcd7cc across the card. */
function ruleY(img: Pixels): number {
  const rule = ([r, g, b]: Rgba) => Math.abs(r - 0xdc) < 4 && Math.abs(g - 0xd7) < 4 && Math.abs(b - 0xcc) < 4;
  // From the bottom: the chart panel's border has the same colour.
  for (let y = img.height - 1; y >= 0; y--) if (count(img, rule, { x0: 0, y0: y, x1: img.width, y1: y + 1 }) > img.width / 2) return y - 1;
  throw new Error('no footer rule');
}
/** A chart of exactly the size cards draw charts at, one solid colour. */
const solidChart = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}"><rect width="${CARD.width}" height="${CARD.height}" fill="#2e8b57"/></svg>`;
/** The chart panel's white. */
const white = ([r, g, b]: Rgba) => r === 255 && g === 255 && b === 255;
const below = (img: Pixels, y: number) => ({ ...img, data: img.data.subarray(y * img.width * 4), height: img.height - y });

describe('renderOgImage', () => {
  it('makes a 1200×630 PNG', async () => {
    const png = await renderOgImage({ title: '人才荒与就业难', kicker: '第1篇', footer }, fresh());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
  });

  it('sets a short title on one line and a very long one on at most three (two above a chart), above the footer', async () => {
    const short = decode(await renderOgImage({ title: '人才荒与就业难', kicker: '第1篇', footer }, fresh()));
    expect(bands(short, titleInk)).toHaveLength(1);

    const long = '硅谷AI人才争夺战愈演愈烈：'.repeat(8) + 'OpenAI、Anthropic与DeepMind开出的薪酬一路走高';
    for (const chartSvg of [undefined, solidChart]) {
      const img = decode(await renderOgImage({ title: long, kicker: '测试', footer, chartSvg }, fresh()));
      const title = inkBox(img, titleInk)!;
      const panel = inkBox(img, white);
      expect(bands(img, titleInk)).toHaveLength(chartSvg ? 2 : 3);
      expect(title.y1).toBeLessThan(panel ? panel.y0 : ruleY(img)); // no overflow into the chart or the footer
      expect(title.x0).toBeGreaterThanOrEqual(LAYOUT.padX);
      expect(title.x1).toBeLessThanOrEqual(OG_WIDTH - LAYOUT.padX); // nor off the card
    }
  });

  it('shows a chart of the full size at its own size, across the card under the title', async () => {
    const img = decode(await renderOgImage({ title: '交易时间线', kicker: '测试', footer, chartSvg: solidChart }, fresh()));
    const green = ([r, g, b]: Rgba) => r === 0x2e && g === 0x8b && b === 0x57;
    const drawn = inkBox(img, green)!;
    expect([drawn.x1 - drawn.x0, drawn.y1 - drawn.y0]).toEqual([CARD.width, CARD.height]);
    expect(drawn.y0).toBeGreaterThan(inkBox(img, titleInk)!.y1);
    expect(drawn.y1).toBeLessThan(ruleY(img));
  });

  it('cuts a long kicker and footer to one line inside the card instead of wrapping, in Chinese, Latin or both', async () => {
    const long = [
      ['第2篇 · ' + '很长的系列名称'.repeat(10), footer.repeat(6)],
      ['WWW MMM Reuters Graphics · '.repeat(6), 'Source: Our World in Data, Bloomberg, WMWM '.repeat(5)],
      ['OpenAI、Anthropic与DeepMind的GPT-4薪酬 '.repeat(5), '来源：Levels.fyi 2024年4月数据，MMMW '.repeat(5)],
    ];
    for (const [kickerText, footerText] of long) {
      for (const chartSvg of [undefined, solidChart]) {
        const img = decode(await renderOgImage({ title: '巨头加码AI创企', kicker: kickerText, footer: footerText, chartSvg }, fresh()));
        const footerArea = below(img, ruleY(img) + 3);
        expect(bands(footerArea, ink)).toHaveLength(1);
        expect(inkBox(footerArea, ink)!.x1).toBeLessThanOrEqual(OG_WIDTH - LAYOUT.padX);
        const kicker = ([r, , b]: Rgba) => b > 120 && r < 80; // the accent blue
        const card = below(img, 20); // under the accent stripe
        expect(bands(card, kicker)).toHaveLength(1);
        expect(inkBox(card, kicker)!.x1).toBeLessThanOrEqual(OG_WIDTH - LAYOUT.padX);
      }
    }
  });

  it('draws the same input into byte-identical PNGs, also after other renders', async () => {
    const input = { title: 'AI“拿捏”下的硅谷现状:高调抢人、抢创企,低调裁员潮', kicker: '系列 · 导读', footer };
    const a = await renderOgImage(input, fresh());
    await renderOgImage({ title: '另一张卡片', footer }, fresh());
    const b = await renderOgImage(input, fresh());
    expect(a.equals(b)).toBe(true);
  });

  it('refuses an empty title and a chart that is not an SVG document', async () => {
    await expect(renderOgImage({ title: '  ', footer }, fresh())).rejects.toThrow(/title/);
    await expect(renderOgImage({ title: '标题', footer, chartSvg: '<div/>' }, fresh())).rejects.toThrow(/svg/);
    expect(ogInputSchema.safeParse({ title: '标题', chartSvg: '<?xml version="1.0"?>\n<svg viewBox="0 0 1 1"/>' }).success).toBe(true);
  });
});

describe('chart on the card', () => {
  const textOnly = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><text x="200" y="130" font-size="96" text-anchor="middle" fill="#1b1b1b">${text}</text></svg>`;
  const dark = ([r, g, b]: Rgba) => r < 100 && g < 100 && b < 100;

  it("draws the chart's Chinese <text> in the chart panel", async () => {
    const withText = decode(await renderOgImage({ title: '人才荒', footer, chartSvg: textOnly('人才荒') }, fresh()));
    const without = decode(await renderOgImage({ title: '人才荒', footer, chartSvg: textOnly('') }, fresh()));
    const panel = inkBox(without, white)!;
    expect(count(withText, dark, panel)).toBeGreaterThan(2000);
    expect(count(without, dark, panel)).toBe(0);
  });
});
