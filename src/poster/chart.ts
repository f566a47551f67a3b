/**
 * The drawings a poster may show of a chart: its own builder's phone layout
 * (narrow, the page's text sizes) at the poster's width, first with every mark
 * and its notes, then with fewer marks (the few largest or latest, as share cards
 * pick them) and without note lines. The layout takes the first that fits.
 * Each reaches STYLE.bleed into the margins on both sides: text centred on the
 * drawing's edge (the axis' first tick) would be cut off at its border.
 */
import { drawChart, type ChartDef } from '../charts/build.ts';
import { renderSvg } from '../charts/svg.ts';
import type { ChartInput } from '../charts/types.ts';
import { CONTENT_WIDTH, STYLE } from './layout.ts';

/** Mark limits tried after "all": enough steps that some drawing fits any room. */
const LIMITS = [8, 6, 5, 4, 3, 2, 1];

export function posterDrawings(def: ChartDef, input: ChartInput, width = CONTENT_WIDTH): string[] {
  const out: string[] = [];
  for (const limit of [undefined, ...LIMITS.filter((n) => n < input.records.length)])
    for (const notes of [true, false]) {
      const node = drawChart(def, input, { width, narrow: true, limit, notes, idPrefix: `${def.id}-poster` });
      const { bleed } = STYLE;
      Object.assign(node.attrs, { width: width + 2 * bleed, viewBox: `${-bleed} 0 ${width + 2 * bleed} ${node.attrs.height}` });
      const svg = renderSvg(node);
      if (!out.includes(svg)) out.push(svg);
    }
  return out;
}
