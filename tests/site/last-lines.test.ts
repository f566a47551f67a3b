/**
 * No heading, dek, summary or chart label ends with a last line of one character or
 * of punctuation alone (负责/人, 日。), at 360 and 1280 px, on every page of the build:
 * lines are read from where each character is drawn in Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { pathOf, simplifiedHtmlFiles } from '../support/dist.ts';

const site = useSite();
const pages = simplifiedHtmlFiles();
/** Headings, deks, summaries of articles and charts, the front page's dek. */
const SET_TEXT = 'h1, h2, h3, .dek, .front-dek, .chart-summary, .article-list li > p:not(.kicker), .key-figure-label';

/** Every set text whose last line is one character, or punctuation alone. */
async function strandedLines(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const stranded = (line: string) => line.replace(/[\p{P}\s]/gu, '').length <= 1 && line.trim().length > 0;
    const out: string[] = [];
    for (const el of document.querySelectorAll(selector)) {
      if (el.getBoundingClientRect().width < 2) continue;
      // Lines of the element: a character drawn left of the one before starts a new line.
      const lines: string[] = [''];
      let lastLeft = -Infinity;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!;
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          if (rect.left < lastLeft - 1) lines.push('');
          lines[lines.length - 1] += text[i];
          lastLeft = rect.left;
        }
      }
      if (lines.length > 1 && stranded(lines.at(-1)!))
        out.push(`${el.tagName.toLowerCase()}.${el.className}: …${lines.at(-2)!.slice(-6)}|${lines.at(-1)}`);
    }
    // Chart labels, wrapped at build time into one <tspan> per line, in the drawing shown.
    for (const svg of document.querySelectorAll('.chart-frame > svg')) {
      if (svg.getBoundingClientRect().width === 0) continue;
      for (const text of svg.querySelectorAll('text')) {
        const spans = [...text.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
        if (spans.length > 1 && stranded(spans.at(-1)!)) out.push(`chart label: …${spans.at(-2)!.slice(-6)}|${spans.at(-1)}`);
      }
    }
    return out;
  }, SET_TEXT);
}

describe('the check itself', () => {
  it('finds a one-character last line in text and in a chart label, and passes whole ones', async () => {
    // A blank page: the site's own pages forbid inline styles (CSP).
    const page = await site.browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.setContent(
      '<h2 style="width:2.5em;font-size:16px;word-break:break-all">负责人</h2><h2 style="width:4em">高调抢人</h2>' +
        '<div class="chart-frame"><svg width="200" height="50"><text><tspan x="0">提</tspan><tspan x="0">供商</tspan></text>' +
        '<text><tspan x="0">提供</tspan><tspan x="0">商</tspan></text></svg></div>',
    );
    expect(await strandedLines(page)).toEqual(['h2.: …负责|人', 'chart label: …提供|商']);
    await page.close();
  });
});

describe.each(pages)('%s', (file) => {
  it.each([360, 1280])('strands no last line of one character at %i px', async (width) => {
    const page = await site.open(pathOf(file), { viewport: { width, height: 900 } });
    expect(await strandedLines(page)).toEqual([]);
    await page.close();
  });
});
