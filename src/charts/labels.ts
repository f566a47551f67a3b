/**
 * Text in charts: the default sizes, the one line height, and the helper that
 * sets wrapped lines as one <text> with a <tspan> per line.
 */
import { el, type SvgNode } from './svg.ts';
import { fill, haloText, type Tone } from './palette.ts';
import type { Layout, TextSizes } from './types.ts';

export const TEXT: Readonly<TextSizes> = Object.freeze({ label: 14, value: 13, note: 12 });

/** Line step as a multiple of the font size: 18 px for 14 px labels. */
export const LINE_HEIGHT = 1.3;
export const lineStep = (size: number) => Math.round(size * LINE_HEIGHT);

export const sizesOf = (layout: Pick<Layout, 'text'>): TextSizes => layout.text ?? TEXT;

export interface TextOptions {
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 600 | 700;
  tone?: Tone;
  /** A background-coloured outline, for text that may cross gridlines or marks. */
  halo?: boolean;
}

/** Lines of text under each other; one string is one line. */
export function textLines(lines: string | string[], { x, y, size, anchor, weight, tone = 'text', halo = true }: TextOptions): SvgNode {
  const list = typeof lines === 'string' ? [lines] : lines;
  const attrs = { x, y, 'text-anchor': anchor, 'font-size': size, 'font-weight': weight, ...(halo ? haloText(tone) : fill(tone)) };
  if (list.length === 1 && typeof lines === 'string') return el('text', attrs, lines);
  return el(
    'text',
    attrs,
    list.map((line, j) => el('tspan', { x, dy: j ? lineStep(size) : undefined }, line)),
  );
}
