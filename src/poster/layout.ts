/**
 * The poster's layout, worked out before drawing: every text set in lines by the
 * site's rules (phrase breaks, src/og/title-lines.ts), each block's height from its
 * lines, and what fits the page: the chart drawing with the most marks and as many
 * key figures as the room left holds. Pure, so what the poster shows is known (and
 * tested) without drawing it; element.ts draws exactly this sheet.
 *
 * Sizes are CSS px of a 360 px phone screen, the width the pages are checked at;
 * the PNG is 750 px wide (WeChat's design width of 375 pt at 2×), 750×1500.
 */
import { posterInputSchema, type PosterInput } from './input.ts';
import { setLines, titleLines, lineCount } from '../og/title-lines.ts';
import type { Script } from '../og/subsets.ts';

/** Layout size in CSS px; the PNG is drawn `scale` times as large (750×1500 px). */
export const POSTER = Object.freeze({ width: 360, height: 720, scale: 750 / 360 });
/** The PNG's pixel size. */
export const POSTER_PIXELS = Object.freeze({ width: Math.round(POSTER.width * POSTER.scale), height: Math.round(POSTER.height * POSTER.scale) });

/** Font size, line height (px) and most lines of each text block. */
export interface TextStyle {
  size: number;
  line: number;
  maxLines: number;
}
const style = (size: number, lh: number, maxLines: number): TextStyle => Object.freeze({ size, line: Math.round(size * lh), maxLines });

export const STYLE = Object.freeze({
  padX: 20,
  /** Above the kicker, with the accent bar. */
  padTop: 28,
  padBottom: 20,
  /** At least this much above the footer's rule. */
  footerGap: 16,
  accent: 6,
  kicker: style(13, 1.5, 2),
  /** Title sizes, largest first: the largest that sets it in two lines, else three. */
  titleSizes: [30, 28, 26, 24] as readonly number[],
  titleLineHeight: 1.25,
  titleMaxLines: 3,
  byline: style(12, 1.5, 2),
  dek: style(15, 1.6, 3),
  chartTitle: style(16, 1.4, 2),
  chartSource: style(11, 1.5, 2),
  pointsHeading: style(14, 1.5, 1),
  point: style(14, 1.6, 3),
  /** Indent of a key figure's text past its marker. */
  pointIndent: 14,
  siteName: style(16, 1.4, 1),
  note: style(11, 1.5, 3),
  qr: 88,
  /** How far a chart drawing reaches into the side margins (src/poster/chart.ts). */
  bleed: 12,
  gap: Object.freeze({ kicker: 6, title: 8, dek: 10, section: 20, chartTitle: 8, chartSource: 6, pointsHeading: 4, point: 4, footer: 14 }),
});

export const CONTENT_WIDTH = POSTER.width - 2 * STYLE.padX;
/** The footer's text column, beside the QR code. */
const FOOTER_TEXT = CONTENT_WIDTH - STYLE.qr - 16;
/** Key figures shown at most: beside a chart, and alone. */
export const MAX_POINTS = Object.freeze({ withChart: 4, alone: 6 });

export interface Block {
  lines: string[];
  style: TextStyle;
}

export interface PosterSheet {
  url: string;
  kicker: Block;
  title: Block;
  byline: Block;
  dek?: Block;
  /** The drawing at its size on the poster; `bleed` of it lies in the left margin. */
  chart?: { title?: Block; svg: string; width: number; height: number; bleed: number; source: Block };
  points?: { heading: Block; items: Block[] };
  site: Block;
  note: Block;
  /** Glyph forms: Traditional for the 繁體 edition's poster (src/og/subsets.ts); Simplified when absent. */
  script?: Script;
}

const block = (text: string, s: TextStyle, width = CONTENT_WIDTH): Block => ({
  lines: text ? setLines(text, s.size, width, s.maxLines) : [],
  style: s,
});
const heightOf = (b: Block | undefined) => (b ? b.lines.length * b.style.line : 0);

/** The size and lines of the title: the largest size that sets it in two lines, else three (then cut). */
export function titleBlock(title: string): Block {
  const { titleSizes: sizes, titleLineHeight: lh, titleMaxLines: max } = STYLE;
  const size =
    sizes.find((px) => lineCount(title, px, CONTENT_WIDTH) <= 2) ?? sizes.find((px) => lineCount(title, px, CONTENT_WIDTH) <= max) ?? sizes.at(-1)!;
  return { lines: titleLines(title, size, CONTENT_WIDTH, max), style: style(size, lh, max) };
}

/** Width and height an SVG's root declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  const [width, height] = [num('width'), num('height')];
  if (!(width > 0 && height > 0)) throw new Error('a poster chart drawing needs width and height on its <svg>');
  return { width, height };
}

/** The footer: the site's name and note beside the QR code, under a rule. */
export const footerHeight = (site: Block, note: Block) =>
  1 + STYLE.gap.footer + Math.max(STYLE.qr, heightOf(site) + (note.lines.length ? 4 + heightOf(note) : 0));

/** Height of the first `k` key figures with their heading (0 for none). */
export function pointsHeight(items: Block[], k: number): number {
  if (k === 0) return 0;
  const shown = items.slice(0, k);
  return (
    STYLE.gap.section + STYLE.pointsHeading.line + STYLE.gap.pointsHeading + shown.reduce((h, b) => h + heightOf(b), 0) + STYLE.gap.point * (k - 1)
  );
}

/**
 * What fits: the first drawing (most marks first) that leaves room for one key
 * figure, then as many more figures as fit; if none does, the first drawing
 * that fits alone; if none, the figures alone. The chart comes first: it is
 * what a reader scrolling past stops for.
 */
export function choose(room: number, chartHeights: number[], items: Block[], max = MAX_POINTS): { drawing?: number; points: number } {
  const most = (limit: number, left: number) => {
    let k = Math.min(items.length, limit);
    while (k > 0 && pointsHeight(items, k) > left) k--;
    return k;
  };
  const least = Math.min(items.length, 1);
  for (const needed of [least, 0]) {
    const i = chartHeights.findIndex((h) => h + pointsHeight(items, needed) <= room);
    if (i >= 0) return { drawing: i, points: most(max.withChart, room - chartHeights[i]) };
  }
  return { points: most(max.alone, room) };
}

export function layoutPoster(input: PosterInput): PosterSheet {
  const p = posterInputSchema.parse(input);
  const { gap } = STYLE;
  const sheet: PosterSheet = {
    url: p.url,
    kicker: block(p.kicker, STYLE.kicker),
    title: titleBlock(p.title),
    byline: block(p.byline, STYLE.byline),
    ...(p.dek ? { dek: block(p.dek, STYLE.dek) } : {}),
    site: block(p.site, STYLE.siteName, FOOTER_TEXT),
    note: block(p.note, STYLE.note, FOOTER_TEXT),
  };
  const fixed =
    STYLE.padTop +
    STYLE.accent +
    heightOf(sheet.kicker) +
    (sheet.kicker.lines.length ? gap.kicker : 0) +
    heightOf(sheet.title) +
    gap.title +
    heightOf(sheet.byline) +
    (sheet.dek ? gap.dek + heightOf(sheet.dek) : 0) +
    STYLE.footerGap +
    footerHeight(sheet.site, sheet.note) +
    STYLE.padBottom;
  const items = p.points.map((text) => block(text, STYLE.point, CONTENT_WIDTH - STYLE.pointIndent));
  const chartTitle = p.chart?.title ? block(p.chart.title, STYLE.chartTitle) : undefined;
  const source = block(p.chart?.source ?? '', STYLE.chartSource);
  // Drawings wider than the poster's text (and the bleed) are scaled to fit.
  const drawings = (p.chart?.drawings ?? []).map((svg) => {
    const size = svgSize(svg);
    const scale = Math.min(1, (CONTENT_WIDTH + 2 * STYLE.bleed) / size.width);
    return { svg, width: size.width * scale, height: size.height * scale, bleed: STYLE.bleed * scale };
  });
  const chartHeight = (h: number) =>
    gap.section + (chartTitle ? heightOf(chartTitle) + gap.chartTitle : 0) + h + (source.lines.length ? gap.chartSource + heightOf(source) : 0);
  const pick = choose(
    POSTER.height - fixed,
    drawings.map((d) => chartHeight(d.height)),
    items,
  );
  if (pick.drawing !== undefined) sheet.chart = { ...(chartTitle ? { title: chartTitle } : {}), ...drawings[pick.drawing], source };
  if (pick.points > 0) sheet.points = { heading: block(p.pointsHeading, STYLE.pointsHeading), items: items.slice(0, pick.points) };
  return sheet;
}

/** Every text the poster draws, one entry per block (lines joined): its alt text, and what tests hold against the page. */
export function sheetText(sheet: PosterSheet): string[] {
  const join = (b?: Block) => (b ? b.lines.join('') : '');
  return [
    join(sheet.kicker),
    join(sheet.title),
    join(sheet.byline),
    join(sheet.dek),
    join(sheet.chart?.title),
    join(sheet.chart?.source),
    join(sheet.points?.heading),
    ...(sheet.points?.items.map(join) ?? []),
    join(sheet.site),
    join(sheet.note),
  ].filter(Boolean);
}
