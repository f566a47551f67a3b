/**
 * Chart thumbnails: the share card's drawing of a chart, served as its own SVG
 * file and shown with the size it declares. Drawn once per chart per build.
 */
import { cardSvg } from '../charts/build.ts';
import { chartThumbUrl } from '../lib/urls.ts';
import type { ChartEntry } from './data.ts';

export interface Thumbnail {
  /** The SVG document. */
  svg: string;
  /** Site path of the file. */
  src: string;
  width: number;
  height: number;
}

const drawn = new Map<string, Thumbnail>();

export function thumbnail(chart: ChartEntry): Thumbnail {
  let t = drawn.get(chart.id);
  if (!t) {
    const svg = cardSvg({ id: `thumb-${chart.id}`, form: chart.data.form, options: chart.data.options }, chart.input);
    // The root element's own size, as the builder set it.
    const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const size = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
    const [width, height] = [size('width'), size('height')];
    if (!(width > 0 && height > 0)) throw new Error(`chart "${chart.id}": its drawing has no width and height to show a thumbnail at`);
    t = { svg, src: chartThumbUrl(chart.id), width: Math.round(width), height: Math.round(height) };
    drawn.set(chart.id, t);
  }
  return t;
}
