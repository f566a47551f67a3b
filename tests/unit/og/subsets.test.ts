import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { parseReport } from '../../../src/ingest/parse-report.ts';
import { covers, parseSubsets, selectSubsets, subsetsOf } from '../../../src/og/subsets.ts';
import { OgFontError, subsetsFor, ttfFile } from '../../../src/og/fonts.ts';
import { decode, count } from '../../support/png.ts';

const REPORT = 'content/reports/ai-talent-war-2024-04.txt';
const report = parseReport(readFileSync(REPORT, 'utf8'), REPORT);
/** The report's title and its short subheadings: the titles the site's cards draw. */
const titles = [report.title.text, ...report.sections.flatMap((s) => (s.heading ? [s.heading.text] : []))];
const CACHE = mkdtempSync(join(tmpdir(), 'og-fonts-'));

/** A character drawn alone by resvg with only these font files. */
function glyph(ch: string, files: string[]) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><text x="4" y="52" font-size="52" font-family="Noto Sans SC">${ch}</text></svg>`;
  return decode(new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Noto Sans SC' } }).render().asPng());
}

describe('subsets from the package CSS', () => {
  it('reads every @font-face of a weight, with its file and ranges', () => {
    const all = subsetsOf(400);
    expect(all.length).toBeGreaterThan(50);
    expect(all.find((s) => s.id === 'latin')).toBeDefined();
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    // 中 (U+4E2D) is in exactly the subsets whose CSS range says so.
    expect(all.filter((s) => covers(s, 0x4e2d)).length).toBeGreaterThan(0);
  });

  it('parses single code points, ranges and wildcards', () => {
    const css = `@font-face { font-weight: 400; src: url(./files/noto-sans-sc-7-400-normal.woff2) format('woff2'), url(./files/noto-sans-sc-7-400-normal.woff) format('woff'); unicode-range: U+20, U+4e00-4e2d, U+5??; }`;
    const [s] = parseSubsets(css, 400);
    expect(s.id).toBe('7');
    expect(s.ranges).toEqual([
      [0x20, 0x20],
      [0x4e00, 0x4e2d],
      [0x500, 0x5ff],
    ]);
  });
});

describe('selectSubsets on the real titles', () => {
  it('the titles come from the report (first line and subheadings)', () => {
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles[0]).toMatch(/硅谷/);
  });

  for (const weight of [400, 700] as const)
    it(`covers every character of every title at weight ${weight}, with the Latin subset`, () => {
      for (const title of titles) {
        const { subsets, missing } = selectSubsets(title, weight);
        expect(missing).toEqual([]);
        expect(subsets.map((s) => s.id)).toContain('latin');
        for (const ch of title)
          expect(
            subsets.some((s) => covers(s, ch.codePointAt(0)!)),
            `${ch} in ${title}`,
          ).toBe(true);
        expect(subsets.length).toBeLessThan(subsetsOf(weight).length / 4); // a few files, not the whole font
      }
    });

  it('draws each title character with the chosen files alone, as a glyph, not as tofu', () => {
    const text = titles.join('');
    const files = subsetsFor({ 700: text }).map((s) => ttfFile(s, CACHE));
    const isInk = (p: number[]) => p[3] > 128;
    const tofu = glyph('\ue000', files); // a private-use character no font has: resvg draws the .notdef box
    expect(glyph('\u{20000}', files).data.equals(tofu.data)).toBe(true); // so tofu looks the same for any missing glyph
    for (const ch of new Set(text.replace(/\s/g, ''))) {
      const img = glyph(ch, files);
      expect(count(img, isInk), ch).toBeGreaterThan(0);
      expect(img.data.equals(tofu.data), `${ch} is drawn as tofu`).toBe(false);
    }
  });

  it('flags characters no subset covers, and the render refuses them', () => {
    const { missing } = selectSubsets('人才\u{20000}😀 AI', 700);
    expect(missing).toEqual(['\u{20000}', '😀']);
    expect(() => subsetsFor({ 700: '人才\u{20000}' })).toThrow(OgFontError);
    expect(() => subsetsFor({ 700: '人才\u{20000}' })).toThrow(/U\+20000/);
  });

  it('leaves whitespace out of the missing list', () => {
    expect(selectSubsets('人才\n\t荒', 400).missing).toEqual([]);
  });
});

describe('subsets for the 繁體 edition', () => {
  it('takes each character from Noto Sans TC, and from SC only where TC has no glyph', () => {
    const all = subsetsOf(400, 'tc');
    expect(new Set(all.map((s) => s.script))).toEqual(new Set(['sc', 'tc']));
    expect(all.findIndex((s) => s.script === 'tc')).toBeGreaterThan(all.findLastIndex((s) => s.script === 'sc'));
    const { subsets, missing } = selectSubsets('戰說骨AI', 400, all);
    expect(missing).toEqual([]);
    expect(subsets.map((s) => s.script)).toEqual(subsets.map(() => 'tc'));
  });
});
