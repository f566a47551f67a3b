/**
 * Chart text as readers see it: set in CSS px, the same size in an article, on a
 * chart page and in an embed at any width (the drawing shown is the one drawn
 * nearest its column's width), and the drawing and its marks filling its column. Measured in
 * Chromium on the rendered SVG, for every chart of every report in the build.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { dom, htmlFiles, pathOf, simplifiedHtmlFiles } from '../support/dist.ts';

const site = useSite();

/** Label text is 14 px in the drawing (src/charts/labels.ts); a drawing is shown at 0.9–1.11 of its size. */
const LABEL = 14;
const TOLERANCE = 0.12;

const chartIds = htmlFiles()
  .filter((f) => /^embed\/[^/]+\/index\.html$/.test(f))
  .map((f) => f.split('/')[1]);
const articleOf = (id: string) => simplifiedHtmlFiles().find((f) => dom(f).querySelector(`article figure#chart-${id}`));

interface Seen {
  /** Rendered px of the drawing's 14 px label text (its font size times the scale the drawing is shown at). */
  labelPx: number;
  /** Width of the drawing shown, and of the column it stands in. */
  drawing: number;
  column: number;
  /** How many drawings of the figure are shown (must be one). */
  shown: number;
  /** Width the value axis spans (its gridlines), when the drawing has one. */
  plot?: number;
}

async function measure(page: Page, id: string): Promise<Seen> {
  return page.locator(`#chart-${id} .chart-frame`).evaluate((frame, label) => {
    const shown = [...frame.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 0);
    const svg = shown[0];
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const labels = [...svg.querySelectorAll('text')].filter((t) => parseFloat(getComputedStyle(t).fontSize) === label);
    if (!labels.length) throw new Error('no label text in the drawing');
    const grid = [...svg.querySelectorAll('.axis line')].map((l) => l.getBoundingClientRect());
    const plot = grid.length ? Math.max(...grid.map((r) => r.right)) - Math.min(...grid.map((r) => r.left)) : undefined;
    return { labelPx: label * scale, drawing: svg.getBoundingClientRect().width, column: frame.clientWidth, shown: shown.length, plot };
  }, LABEL);
}

const WIDTHS = [320, 360, 412, 600, 768, 1024, 1280, 1600];

describe.each(chartIds)('chart %s', (id) => {
  const places = [
    ['its article', articleOf(id) && pathOf(articleOf(id)!)],
    ['its chart page', `charts/${id}/`],
    ['its embed', `embed/${id}/`],
  ] as const;

  it.each(places)('keeps its text at the page text size and fills the column in %s, at every width', async (_, path) => {
    expect(path, 'the chart stands in no article').toBeTruthy();
    const off: string[] = [];
    const page = await site.open(path!, { viewport: { width: WIDTHS[0], height: 900 } });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const seen = await measure(page, id);
      if (seen.shown !== 1) off.push(`${width} px: ${seen.shown} drawings shown`);
      if (Math.abs(seen.labelPx / LABEL - 1) > TOLERANCE) off.push(`${width} px: labels ${seen.labelPx.toFixed(1)} px, not ~${LABEL} px`);
      // Embeds of any width, and columns up to the page's own: the drawing takes the column (a wider one leaves at most its MAX_SCALE margin).
      if (seen.drawing < seen.column * 0.9) off.push(`${width} px: drawing ${Math.round(seen.drawing)} px in a ${seen.column} px column`);
      // Labels and values beside the marks leave the marks at least 45 % of the drawing.
      if (seen.plot !== undefined && seen.plot < seen.drawing * 0.45)
        off.push(`${width} px: the axis spans ${Math.round(seen.plot)} px of a ${Math.round(seen.drawing)} px drawing`);
    }
    await page.close();
    expect(off).toEqual([]);
  });
});

describe('the build', () => {
  it('has charts to measure', () => {
    expect(chartIds.length).toBeGreaterThan(0);
  });
});
