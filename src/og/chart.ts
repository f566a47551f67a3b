/**
 * A chart SVG made ready for the card. resvg does not draw <text> inside an SVG
 * embedded as an image (measured: the labels vanish) and satori refuses <text>,
 * so resvg first turns the chart's text into outlines with Noto Sans SC, and the
 * card embeds that text-free SVG. Colours come as presentation attributes
 * (src/charts/palette.ts): resvg cannot compute CSS custom properties, so the
 * card input refuses var().
 */
import { Resvg } from '@resvg/resvg-js';
import type { Element, Nodes as HastNode } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import { subsetsFor, ttfFile } from './fonts.ts';
import type { Script } from './subsets.ts';

export interface PreparedChart {
  /** data: URI of the chart with its text as paths, for satori's layout. */
  src: string;
  /** The same SVG, drawn in place of satori's image (inline-image.ts). */
  svg: string;
  width: number;
  height: number;
}

/** Every text below a node, in document order. */
const textOf = (node: HastNode): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as HastNode)).join('') : '';

/** chartText's answers: one drawing is asked about by its card, its thumbnail's card and the checks before each. */
const texts = new Map<string, string>();
const MEMO_SIZE = 500;

/** The characters the chart draws: the content of its <text> elements, read from the parsed SVG. */
export function chartText(svg: string): string {
  let text = texts.get(svg);
  if (text === undefined) {
    if (texts.size >= MEMO_SIZE) texts.delete(texts.keys().next().value!);
    texts.set(svg, (text = readChartText(svg)));
  }
  return text;
}

function readChartText(svg: string): string {
  const found: string[] = [];
  visit(fromHtml(svg, { fragment: true, space: 'svg' }), 'element', (el: Element) => {
    if (el.tagName !== 'text') return;
    found.push(textOf(el));
    return SKIP;
  });
  return found.join('');
}

/** The SVG with its text drawn as paths by resvg, with these fonts only (no system fonts). */
export function outlineText(svg: string, fontFiles: string[], family = 'Noto Sans SC'): { svg: string; width: number; height: number } {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: family, sansSerifFamily: family, serifFamily: family, monospaceFamily: family },
  });
  return { svg: resvg.toString(), width: resvg.width, height: resvg.height };
}

/**
 * Only the regular weight: resvg's glyph fallback across subset files ignores
 * weight, so with both weights loaded a bold label mixes bold and regular glyphs.
 */
export function prepareChart(svg: string, cacheDir: string, script: Script = 'sc'): PreparedChart {
  const subsets = subsetsFor({ 400: chartText(svg) }, 'chart SVG', script);
  // Traditional files first: resvg falls back across files in the order given.
  const files = [...subsets.filter((s) => s.script === 'tc'), ...subsets.filter((s) => s.script === 'sc')].map((s) => ttfFile(s, cacheDir));
  const out = outlineText(svg, files, script === 'tc' ? 'Noto Sans TC' : 'Noto Sans SC');
  return { src: `data:image/svg+xml;base64,${Buffer.from(out.svg).toString('base64')}`, svg: out.svg, width: out.width, height: out.height };
}
