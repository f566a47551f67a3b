import { describe, expect, it } from 'vitest';
import { drawable, MISSING_GLYPH, subsetsFor } from '../../../src/og/fonts.ts';
import { cardMissing, renderOgImage } from '../../../src/og/render.ts';
import { missingGlyphWarning } from '../../../src/og/fonts.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('characters outside the card font', () => {
  it('are drawn as one marked replacement each (an emoji with its joiners is one)', () => {
    const r = drawable('人才𠮷与👩\u200D💻工程师', 700);
    expect(r.text).toBe(`人才${MISSING_GLYPH}与${MISSING_GLYPH}工程师`);
    expect(r.replaced).toEqual(['𠮷', '👩\u200D💻']);
    expect(() => subsetsFor({ 700: r.text, 400: MISSING_GLYPH })).not.toThrow();
    expect(drawable('人才荒与就业难', 700)).toEqual({ text: '人才荒与就业难', replaced: [] });
  });

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

  it('are named in the build warning with the image, the files the text came from, each code point, and what to do', () => {
    const line = missingGlyphWarning(
      'og/r/a.png',
      ['content/reports/r.txt', 'content/reports/r.meta.json', 'content/reports/r.txt'],
      ['𠮷', '👩\u200D💻'],
    );
    expect(line).toMatch(/^og\/r\/a\.png: /);
    expect(line).toContain('content/reports/r.txt, content/reports/r.meta.json;');
    expect(line).toMatch(/"𠮷" \(U\+20BB7\), "👩\u200D💻" \(U\+1F469 U\+200D U\+1F4BB\)/);
    expect(line).toMatch(/reword that text/);
  });
});
