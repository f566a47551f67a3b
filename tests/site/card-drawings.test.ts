/**
 * The drawing every chart's share card shows (served too as the chart's thumbnail,
 * src/site/thumbnails.ts) reads in a feed: it fits the card's chart panel at full
 * size, so it is never scaled down; every text is at least 22 px in the 1200×630
 * card (11 px at the 600 px a feed shows); no text leaves the drawing or covers
 * another. Text boxes are estimated with the site's one text measure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { DIST } from '../support/dist.ts';
import { textOf } from '../support/hostile-text.ts';
import { CARD } from '../../src/charts/build.ts';
import { textWidth } from '../../src/charts/text.ts';

const MIN_TEXT = 22;
const charts = readdirSync(join(DIST, 'charts'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  size: number;
}

/** One box per line of every <text>: its baseline, anchor and size, as the SVG sets them. */
function textBoxes(svg: string): { width: number; height: number; boxes: Box[] } {
  const tree = fromHtml(svg, { fragment: true, space: 'svg' });
  let width = 0;
  let height = 0;
  const boxes: Box[] = [];
  const num = (el: Element, name: string, fallback = 0) => Number(el.properties[name] ?? fallback);
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'svg' && !width) [width, height] = [num(el, 'width'), num(el, 'height')];
    if (el.tagName !== 'text') return;
    const size = num(el, 'fontSize');
    const anchor = String(el.properties.textAnchor ?? 'start');
    const spans = el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tspan');
    let y = num(el, 'y');
    const lines = spans.length
      ? spans.map((s, i) => ({ s, x: num(s, 'x', num(el, 'x')), y: (y += i ? num(s, 'dy') : 0) }))
      : [{ s: el, x: num(el, 'x'), y }];
    for (const { s, x, y: base } of lines) {
      const text = textOf(s);
      const w = textWidth(text, size);
      const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
      boxes.push({ text, x0, x1: x0 + w, y0: base - 0.88 * size, y1: base + 0.12 * size, size });
    }
  });
  return { width, height, boxes };
}

const overlap = (a: Box, b: Box) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;

describe('share-card drawings of charts', () => {
  it('exist for every chart', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(charts)('%s: fits the card at full size, text at least 22 px, inside, none covering another', (id) => {
    const { width, height, boxes } = textBoxes(readFileSync(join(DIST, 'charts', id, 'thumb.svg'), 'utf8'));
    expect(width, 'drawing width').toBeLessThanOrEqual(CARD.width);
    expect(height, 'drawing height').toBeLessThanOrEqual(CARD.height);
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.filter((b) => b.size < MIN_TEXT).map((b) => `${b.text} (${b.size} px)`)).toEqual([]);
    const outside = boxes.filter((b) => b.x0 < -1 || b.x1 > width + 1 || b.y0 < -1 || b.y1 > height + 1);
    expect(outside.map((b) => `${b.text} [${Math.round(b.x0)}–${Math.round(b.x1)}, ${Math.round(b.y0)}–${Math.round(b.y1)}]`)).toEqual([]);
    const covered = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(covered).toEqual([]);
  });
});
