/**
 * renderPoster: a laid-out sheet -> PNG (750×1500), drawn like the share
 * cards (satori lays out and sets the text in Noto Sans SC, resvg rasterises; the
 * chart's text outlined first, src/og/chart.ts) and cached by content hash
 * beside them. The QR code is vector, so it stays sharp at any scale.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from '../og/png.ts';
import { inlineImage } from '../og/inline-image.ts';
import { DEFAULT_CACHE_DIR, cacheKey, cached } from '../og/cache.ts';
import { prepareChart } from '../og/chart.ts';
import { drawable, fontsForText, satoriFonts } from '../og/fonts.ts';
import { drawableChart, type RenderOptions } from '../og/render.ts';
import { qrSvg } from '../lib/qr.ts';
import { posterElement } from './element.ts';
import { POSTER, POSTER_PIXELS, type Block, type PosterSheet } from './layout.ts';

/** Counts since start, like the cards' ogStats. */
export const posterStats = { rendered: 0, fromCache: 0 };

const ELLIPSIS = '…';
const svgUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** Each block's text with what the font cannot draw replaced (〓), and the characters replaced. */
function markMissing(sheet: PosterSheet): { sheet: PosterSheet; replaced: string[] } {
  const { script } = sheet;
  const replaced: string[] = [];
  const fix = (b: Block, weight: 400 | 700): Block => ({
    ...b,
    lines: b.lines.map((line) => {
      const d = drawable(line, weight, script);
      replaced.push(...d.replaced);
      return d.text;
    }),
  });
  const opt = (b: Block | undefined, weight: 400 | 700) => (b ? fix(b, weight) : undefined);
  const chart = sheet.chart && drawableChart(sheet.chart.svg, script);
  if (chart) replaced.push(...chart.replaced);
  const out: PosterSheet = {
    ...sheet,
    kicker: fix(sheet.kicker, 700),
    title: fix(sheet.title, 700),
    byline: fix(sheet.byline, 400),
    ...(sheet.dek ? { dek: fix(sheet.dek, 400) } : {}),
    ...(sheet.chart && chart
      ? { chart: { ...sheet.chart, svg: chart.svg, title: opt(sheet.chart.title, 700), source: fix(sheet.chart.source, 400) } }
      : {}),
    ...(sheet.points ? { points: { heading: fix(sheet.points.heading, 700), items: sheet.points.items.map((b) => fix(b, 400)) } } : {}),
    site: fix(sheet.site, 700),
    note: fix(sheet.note, 400),
  };
  if (out.chart && !out.chart.title) delete out.chart.title;
  return { sheet: out, replaced: [...new Set(replaced)] };
}

/** The characters a poster will draw as 〓: what the build warns about. */
export const posterMissing = (sheet: PosterSheet): string[] => markMissing(sheet).replaced;

const textOf = (blocks: (Block | undefined)[]) => blocks.flatMap((b) => b?.lines ?? []).join('');

function fontsFor(sheet: PosterSheet) {
  const boldText = textOf([sheet.kicker, sheet.title, sheet.chart?.title, sheet.points?.heading, sheet.site]);
  const regular = textOf([sheet.byline, sheet.dek, sheet.chart?.source, ...(sheet.points?.items ?? []), sheet.note]);
  return fontsForText({ 700: boldText + ELLIPSIS, 400: regular + ELLIPSIS }, `poster "${textOf([sheet.title])}"`, sheet.script);
}

export interface PreparedPoster {
  sheet: PosterSheet;
  cacheDir: string;
  key: string;
  subsets: ReturnType<typeof fontsFor>['subsets'];
  families: string[];
  /** Characters drawn as 〓. */
  replaced: string[];
}

export function preparePoster(input: PosterSheet, options: RenderOptions = {}): PreparedPoster {
  const { sheet, replaced } = markMissing(input);
  const { subsets, families } = fontsFor(sheet);
  // The tree with stand-in images, plus what the images are drawn from: a style edit or a new address redraws.
  const tree = posterElement(sheet, families, { chart: sheet.chart ? 'chart' : undefined, qr: 'qr' });
  const key = cacheKey({ poster: tree, size: POSTER, chartSvg: sheet.chart?.svg, url: sheet.url });
  return { sheet, cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR, key, subsets, families, replaced };
}

async function draw({ sheet, cacheDir, subsets, families }: PreparedPoster): Promise<Buffer> {
  const chart = sheet.chart ? prepareChart(sheet.chart.svg, cacheDir, sheet.script) : undefined;
  const qrCode = await qrSvg(sheet.url, '');
  const qr = svgUri(qrCode);
  const laidOut = await satori(posterElement(sheet, families, { chart: chart?.src, qr }) as Parameters<typeof satori>[0], {
    width: POSTER.width,
    height: POSTER.height,
    fonts: satoriFonts(subsets),
  });
  const svg = inlineImage(chart ? inlineImage(laidOut, chart.src, chart.svg) : laidOut, qr, qrCode);
  return encodePng(new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: POSTER_PIXELS.width } }).render());
}

export const renderPoster = async (sheet: PosterSheet, options: RenderOptions = {}): Promise<Buffer> =>
  renderPreparedPoster(preparePoster(sheet, options));

/** A prepared poster's PNG, from the cache or drawn into it. */
export async function renderPreparedPoster(prepared: PreparedPoster): Promise<Buffer> {
  const { png, hit } = await cached(prepared.cacheDir, prepared.key, () => draw(prepared));
  posterStats[hit ? 'fromCache' : 'rendered']++;
  return png;
}
