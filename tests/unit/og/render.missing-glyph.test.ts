import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardMissing, renderOgImage } from '../../../src/og/render.ts';

describe('characters outside the card font', () => {
  it('do not stop a card from being drawn, and are the ones the card replaced', async () => {
    const input = { title: '𠮷野家的👩\u200D💻工程师', kicker: '系列', footer: '来源' };
    const png = await renderOgImage(input, { cacheDir: mkdtempSync(join(tmpdir(), 'og-')) });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(cardMissing(input)).toEqual(['𠮷', '👩\u200D💻']);
  }, 60_000);

  it('in a chart’s labels do not stop the card either, and are counted', async () => {
    const chartSvg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-size="24" fill="#000">𠮷野家 12亿元</text></svg>';
    const png = await renderOgImage({ title: '一张图表', footer: '来源', chartSvg }, { cacheDir: mkdtempSync(join(tmpdir(), 'og-')) });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(cardMissing({ title: '一张图表', footer: '来源', chartSvg })).toEqual(['𠮷']);
  }, 60_000);
});
