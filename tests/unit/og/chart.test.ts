import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { chartText, outlineText, prepareChart } from '../../../src/og/chart.ts';
import { OgFontError, subsetsFor, ttfFile } from '../../../src/og/fonts.ts';
import { at, count, decode } from '../../support/png.ts';

const CACHE = mkdtempSync(join(tmpdir(), 'og-chart-'));
const label = '人才荒与就业难';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="10" y="70" font-size="48" font-family="system-ui, sans-serif" fill="#1b1b1b">${label}</text></svg>`;
/** Rasterize with no fonts at all: only what is already paths shows. */
const raster = (s: string) => decode(new Resvg(s, { font: { loadSystemFonts: false } }).render().asPng());
const isInk = (p: number[]) => p[3] > 128;

describe('outlineText', () => {
  it('turns Chinese <text> into paths drawn with the Noto Sans SC subsets', () => {
    const files = subsetsFor({ 400: label }).map((s) => ttfFile(s, CACHE));
    const out = outlineText(svg, files);
    expect(out.svg).not.toMatch(/<text/);
    expect([out.width, out.height]).toEqual([400, 100]);
    const img = raster(out.svg);
    expect(count(img, isInk, { x0: 10, y0: 20, x1: 380, y1: 80 })).toBeGreaterThan(2000);
  });

  it('draws nothing where the font is missing (what the card would show without the outlining fonts)', () => {
    expect(count(raster(outlineText(svg, []).svg), isInk)).toBe(0);
    expect(count(raster(svg), isInk)).toBe(0); // resvg without fonts: the raw chart's labels vanish too
  });

  it('draws Latin words with fi/fl in a mixed label, not empty boxes', () => {
    // The CJK subsets carry ligature rules whose glyphs were subset away; resvg drew "Inflection" as boxes.
    const files = subsetsFor({ 400: '微软 → Inflection AI' }).map((s) => ttfFile(s, CACHE));
    const ink = (text: string, fonts: string[]) =>
      count(
        raster(
          outlineText(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="4" y="30" font-size="24">${text}</text></svg>`, fonts)
            .svg,
        ),
        isInk,
      );
    const whole = ink('微软 → Inflection AI', files);
    const parts =
      ink('微软 →', files) +
      ink(
        'Inflection AI',
        files.filter((f) => /latin/.test(f)),
      );
    // Boxes have far more ink than letters: the whole must weigh what its parts weigh.
    expect(Math.abs(whole - parts) / parts).toBeLessThan(0.08);
  });
});

describe('prepareChart', () => {
  it('keeps the colours the chart gives as attributes', () => {
    const bars = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="50" height="50" fill="#0a58a8"/><rect x="50" width="50" height="50" fill="#ff0000"/></svg>`;
    const chart = prepareChart(bars, CACHE);
    const img = raster(Buffer.from(chart.src.split(',')[1], 'base64').toString());
    expect(at(img, 25, 25).slice(0, 3)).toEqual([0x0a, 0x58, 0xa8]);
    expect(at(img, 75, 25).slice(0, 3)).toEqual([255, 0, 0]);
  });

  it('refuses chart labels no subset can draw', () => {
    const odd = svg.replace(label, '人才\u{20000}');
    expect(() => prepareChart(odd, CACHE)).toThrow(OgFontError);
  });
});

describe('chartText', () => {
  it('collects the characters of <text> and <tspan>, decoding entities', () => {
    const s = '<svg><title>不画</title><text>薪酬<tspan>&#20154;&#x624D;&amp;AI</tspan></text><text>&lt;10</text></svg>';
    expect(chartText(s)).toBe('薪酬人才&AI<10');
  });

  it('reads a label whose text looks like markup as text, not as tags', () => {
    const s = '<svg><text aria-label="<text>x</text>">&lt;text&gt;<tspan>𠮷</tspan></text></svg>';
    expect(chartText(s)).toBe('<text>𠮷');
  });
});
