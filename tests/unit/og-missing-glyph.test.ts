import { describe, expect, it } from 'vitest';
import { drawable, MISSING_GLYPH, subsetsFor } from '../../src/og/fonts.ts';
import { renderOgImage } from '../../src/og/render.ts';
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

  it('do not stop a card from being drawn, and say which characters were replaced', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const png = await renderOgImage({ title: '𠮷野家的👩\u200D💻工程师', kicker: '系列', footer: '来源' }, { cacheDir: mkdtempSync(join(tmpdir(), 'og-')) });
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).toMatch(/"𠮷" \(U\+20BB7\)/);
    expect(warnings.join('\n')).toMatch(/U\+1F469 U\+200D U\+1F4BB/);
  }, 60_000);

  it('in a chart’s labels do not stop the card either: the labels show the mark, the warning names them', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    const chartSvg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-size="24" fill="#000">𠮷野家 12亿元</text></svg>';
    try {
      const png = await renderOgImage({ title: '一张图表', footer: '来源', chartSvg }, { cacheDir: mkdtempSync(join(tmpdir(), 'og-')) });
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).toMatch(/"𠮷" \(U\+20BB7\)/);
  }, 60_000);
});
