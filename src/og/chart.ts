/**
 * A chart SVG made ready for the card. resvg does not draw <text> inside an SVG
 * embedded as an image (measured: the labels vanish) and satori refuses <text>,
 * so resvg first turns the chart's text into outlines with Noto Sans SC, and the
 * card embeds that text-free SVG. Colours come as presentation attributes
 * (src/charts/palette.ts): resvg cannot compute CSS custom properties, so the
 * card input refuses var().
 */
import { Resvg } from '@resvg/resvg-js';
import { subsetsFor, ttfFile } from './fonts.ts';

export interface PreparedChart {
  /** data: URI of the chart with its text as paths. */
  src: string;
  width: number;
  height: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(raw: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name] ?? raw;
  const hex = name[1] === 'x' || name[1] === 'X';
  return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
}

/** The characters the chart draws: the content of its <text> elements. */
export function chartText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map(([, inner]) => inner.replace(/<[^>]*>/g, ''))
    .join('')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, decodeEntity);
}

/** The SVG with its text drawn as paths by resvg, with these fonts only (no system fonts). */
export function outlineText(svg: string, fontFiles: string[]): { svg: string; width: number; height: number } {
  const family = 'Noto Sans SC';
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: family, sansSerifFamily: family, serifFamily: family, monospaceFamily: family } });
  return { svg: resvg.toString(), width: resvg.width, height: resvg.height };
}

/**
 * Only the regular weight: resvg's glyph fallback across subset files ignores
 * weight, so with both weights loaded a bold label mixes bold and regular glyphs.
 */
export function prepareChart(svg: string, cacheDir: string): PreparedChart {
  const files = subsetsFor({ 400: chartText(svg) }, 'chart SVG').map((s) => ttfFile(s, cacheDir));
  const out = outlineText(svg, files);
  return { src: `data:image/svg+xml;base64,${Buffer.from(out.svg).toString('base64')}`, width: out.width, height: out.height };
}
