import { describe, expect, it } from 'vitest';
import { posterDrawings } from '../../../src/poster/chart.ts';
import { CONTENT_WIDTH, STYLE, svgSize } from '../../../src/poster/layout.ts';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { chartText } from '../../../src/og/chart.ts';
import { buildChart } from '../../../src/charts/build.ts';
import { charts, seedChart } from '../charts/fixtures.ts';

/** The content of each <text> element (its tspans together: a label set in lines). */
function texts(svg: string): string[] {
  const out: string[] = [];
  visit(fromHtml(svg, { fragment: true, space: 'svg' }), 'element', (el: Element) => {
    if (el.tagName === 'text') out.push(collect(el));
  });
  return out;
}
const collect = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? collect(c) : '')).join('');

describe('posterDrawings', () => {
  it.each(charts.charts.map((c) => c.id))('%s: the builder’s phone layout at the poster’s width, all marks first, then fewer', (id) => {
    const { spec, input } = seedChart(id);
    const def = { id: `poster-${id}`, form: spec.form, options: spec.options };
    const drawings = posterDrawings(def, input);
    expect(drawings.length).toBeGreaterThan(1);
    expect(new Set(drawings).size).toBe(drawings.length);
    for (const svg of drawings) {
      expect(svgSize(svg).width).toBe(CONTENT_WIDTH + 2 * STYLE.bleed);
      // It reaches into the margins on both sides, so text on its edges is not cut off.
      expect(svg).toMatch(new RegExp(`viewBox="${-STYLE.bleed} 0 ${CONTENT_WIDTH + 2 * STYLE.bleed} `));
      expect(svg).not.toContain('var(');
    }
    // The last is the smallest: some drawing fits any room that fits one.
    const heights = drawings.map((d) => svgSize(d).height);
    expect(Math.min(...heights)).toBe(heights.at(-1));
    // Every word it draws is one the chart shows on its page (its drawing or its table), nothing new.
    const built = buildChart(def, input);
    const page = (built.drawings.map((d) => chartText(d.svg)).join('') + built.table.rows.flatMap((r) => r.cells).join('')).replace(/\s+/g, '');
    for (const svg of drawings) for (const text of texts(svg)) expect(page, text).toContain(text.replace(/\s+/g, ''));
  });
});
