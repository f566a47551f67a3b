import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { posterStats, renderPoster, posterMissing } from '../../../src/poster/render.ts';
import { layoutPoster, POSTER_PIXELS } from '../../../src/poster/layout.ts';
import { MISSING_GLYPH } from '../../../src/og/fonts.ts';
import { decodeQrPng } from '../../support/qr-decode.ts';
import { pngSize } from '../../support/png.ts';

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" width="344" height="120" viewBox="-12 0 344 120"><rect x="0" y="30" width="200" height="30" fill="#0072b2"/><text x="0" y="20" font-size="14" fill="#1b1b1b">亚马逊累计裁员</text></svg>';
const input = {
  url: 'https://news.example.com/ai-talent/ai-talent-war-2024-04/ren-cai-huang-yu-jiu-ye-nan/',
  kicker: 'AI“拿捏”下的硅谷现状：高调抢人、抢创企，低调裁员潮 · 第1篇',
  title: '人才荒与就业难',
  byline: '原文：21世纪经济报道 · 原文发表于2024年4月',
  chart: { title: '裁员潮', drawings: [drawing], source: '来源：据21世纪经济报道' },
  pointsHeading: '要点',
  points: ['亚马逊累计裁员：超2.7万名'],
  site: 'AI人才战·图解',
  note: '本站文字来自原报道，数字来自与原文逐句核对的数据集。',
};

describe('renderPoster', () => {
  it('draws a 750×1500 PNG under 400 KB whose QR code reads back as the page’s address, once', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'poster-'));
    const sheet = layoutPoster(input);
    const png = await renderPoster(sheet, { cacheDir });
    expect(pngSize(png)).toEqual(POSTER_PIXELS);
    expect(png.length).toBeLessThanOrEqual(400 * 1024);
    expect(decodeQrPng(png)).toBe(input.url);
    // The second time it comes from the cache; another address is another poster.
    const before = posterStats.fromCache;
    expect((await renderPoster(sheet, { cacheDir })).equals(png)).toBe(true);
    expect(posterStats.fromCache - before).toBe(1);
    await renderPoster(layoutPoster({ ...input, url: 'https://news.example.com/zh-hant/x/' }), { cacheDir });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  }, 60_000);

  it('names the characters no font can draw, which it draws as the geta mark', () => {
    expect(posterMissing(layoutPoster({ ...input, title: '𠮷野家的人才' }))).toEqual(['𠮷']);
    expect(MISSING_GLYPH).toBe('〓');
  });
});
