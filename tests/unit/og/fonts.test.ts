import { describe, expect, it } from 'vitest';
import { drawable, familyOf, fontsForText, MISSING_GLYPH, missingGlyphWarning, subsetsFor } from '../../../src/og/fonts.ts';

describe('characters outside the card font', () => {
  it('are drawn as one marked replacement each (an emoji with its joiners is one)', () => {
    const r = drawable('人才𠮷与👩\u200D💻工程师', 700);
    expect(r.text).toBe(`人才${MISSING_GLYPH}与${MISSING_GLYPH}工程师`);
    expect(r.replaced).toEqual(['𠮷', '👩\u200D💻']);
    expect(() => subsetsFor({ 700: r.text, 400: MISSING_GLYPH })).not.toThrow();
    expect(drawable('人才荒与就业难', 700)).toEqual({ text: '人才荒与就业难', replaced: [] });
  });

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

describe('fontsForText', () => {
  it('names one family per subset the text needs, so satori draws every glyph', () => {
    const { subsets, families } = fontsForText({ 700: '储能', 400: '价格战' }, 'test');
    expect(subsets.length).toBeGreaterThan(0);
    expect(families).toEqual([...new Set(subsets.map(familyOf))]);
  });
});
