/**
 * renderOgImage: card text (+ optional chart SVG) -> 1200×630 PNG, drawn by
 * satori (layout, text as paths) and resvg (raster), cached by content hash.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png.ts';
import { inlineImage } from './inline-image.ts';
import { DEFAULT_CACHE_DIR, cacheKey, cached } from './cache.ts';
import { cardElement, OG_HEIGHT, OG_WIDTH } from './card.ts';
import { chartText, prepareChart } from './chart.ts';
import { drawable, fontsForText, MISSING_GLYPH, satoriFonts } from './fonts.ts';
import { ogInputSchema, type OgCard, type OgInput } from './input.ts';
import type { Script } from './subsets.ts';

export interface RenderOptions {
  /** Where PNGs (and the TTFs resvg needs) are kept; default node_modules/.cache/og. */
  cacheDir?: string;
}

/** Counts since start: builds and tests can see what a cache hit saved. */
export const ogStats = { rendered: 0, fromCache: 0 };

const ELLIPSIS = '…';

function fontsFor(card: OgCard) {
  // Title and kicker are bold, the footer regular; "…" is what the clamps add.
  return fontsForText({ 700: card.title + card.kicker + ELLIPSIS, 400: card.footer + ELLIPSIS }, `OG image "${card.title}"`, card.script);
}

/** Everything that decides a card's pixels, worked out once: its text, fonts and cache key. */
export interface PreparedCard {
  card: OgCard;
  cacheDir: string;
  key: string;
  subsets: ReturnType<typeof fontsFor>['subsets'];
  families: string[];
  /** Characters drawn as MISSING_GLYPH. */
  replaced: string[];
}

/** The chart with the characters of its labels the font cannot draw replaced (they are not ASCII, so only text and labels hold them). */
export function drawableChart<S extends string | undefined>(svg: S, script: Script = 'sc'): { svg: S; replaced: string[] } {
  if (!svg) return { svg, replaced: [] };
  const { replaced } = drawable(chartText(svg), 400, script);
  return { svg: [...new Set(replaced)].reduce<string>((s, c) => s.replaceAll(c, MISSING_GLYPH), svg) as S, replaced };
}

/** The card with characters its font cannot draw marked (drawable), and those characters. */
function markMissing(parsed: OgCard): { card: OgCard; replaced: string[] } {
  const title = drawable(parsed.title, 700, parsed.script);
  const kicker = drawable(parsed.kicker, 700, parsed.script);
  const footer = drawable(parsed.footer, 400, parsed.script);
  const chart = drawableChart(parsed.chartSvg, parsed.script);
  return {
    card: { ...parsed, title: title.text, kicker: kicker.text, footer: footer.text, ...(chart.svg ? { chartSvg: chart.svg } : {}) },
    replaced: [...new Set([...title.replaced, ...kicker.replaced, ...footer.replaced, ...chart.replaced])],
  };
}

/** The characters a card will draw as MISSING_GLYPH: what the build warns about, naming the files its text came from. */
export const cardMissing = (input: OgInput): string[] => markMissing(ogInputSchema.parse(input)).replaced;

export function prepareCard(input: OgInput, options: RenderOptions = {}): PreparedCard {
  const { card, replaced } = markMissing(ogInputSchema.parse(input));
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const { subsets, families } = fontsFor(card);
  // The layout tree (with a stand-in chart) is part of the key, so a style edit redraws.
  const placeholder = card.chartSvg ? { src: '', svg: '', width: 1, height: 1 } : undefined;
  const key = cacheKey({ tree: cardElement(card, families, placeholder), chartSvg: card.chartSvg });
  return { card, cacheDir, key, subsets, families, replaced };
}

async function draw({ card, cacheDir, subsets, families }: PreparedCard): Promise<Buffer> {
  const chart = card.chartSvg ? prepareChart(card.chartSvg, cacheDir, card.script) : undefined;
  const laidOut = await satori(cardElement(card, families, chart) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: satoriFonts(subsets),
  });
  const svg = chart ? inlineImage(laidOut, chart.src, chart.svg) : laidOut;
  return encodePng(new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render());
}

export const renderOgImage = async (input: OgInput, options: RenderOptions = {}): Promise<Buffer> => renderPreparedCard(prepareCard(input, options));

/** A prepared card's PNG, from the cache or drawn into it (the pool's workers get cards prepared). */
export async function renderPreparedCard(prepared: PreparedCard): Promise<Buffer> {
  const { png, hit } = await cached(prepared.cacheDir, prepared.key, () => draw(prepared));
  ogStats[hit ? 'fromCache' : 'rendered']++;
  return png;
}
