/**
 * Chart data tables as a phone reader sees them (360 px) and on a desktop (1280 px),
 * for every chart in the build: on a phone each row stacks into lines labelled with
 * their column; no column is narrower than four characters; a figure with its unit
 * (10亿美元, 2024年3月) is never split across lines.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';
import { htmlFiles } from '../support/dist.ts';

const site = useSite();
const chartIds = htmlFiles()
  .filter((f) => /^charts\/[^/]+\/index\.html$/.test(f))
  .map((f) => f.split('/')[1]);

/** A figure with its unit or a date, as the tables write them. */
const FIGURE = /[约近超逾]?\d[\d.,]*(?:[万亿千百]*(?:美元|美金|元|名|人|个|家|倍|%)|年(?:\d{1,2}月(?:\d{1,2}日)?)?)/gu;

describe.each(chartIds)('the data table of chart %s', (id) => {
  it.each([360, 1280])('reads at %i px', async (width) => {
    const page = await site.open(`charts/${id}/`, { viewport: { width, height: 900 } });
    await page.locator(`#chart-${id}-data summary`).click();
    const problems = await page.locator(`#chart-${id}-data table`).evaluate(
      (table, { width, source }) => {
        const out: string[] = [];
        const figure = new RegExp(source, 'gu');
        const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
        for (const tr of table.querySelectorAll('tbody tr')) {
          const cells = [...tr.children] as HTMLElement[];
          cells.forEach((cell, i) => {
            const text = cell.textContent!.trim();
            const em = parseFloat(getComputedStyle(cell).fontSize);
            if (text && cell.getBoundingClientRect().width < 4 * em)
              out.push(`"${text}" in a column ${Math.round(cell.getBoundingClientRect().width)} px wide`);
            if (width <= 360 && i > 0 && text) {
              // Stacked: one cell under the other, each after its column's name.
              const label = getComputedStyle(cell, '::before').content;
              if (!label.includes(columns[i])) out.push(`"${text}" is not labelled ${columns[i]} (${label})`);
              if (cell.getBoundingClientRect().top < cells[i - 1].getBoundingClientRect().bottom - 1)
                out.push(`"${text}" is not on a line of its own`);
            }
            for (const m of text.matchAll(figure)) {
              const node = [...cell.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(m[0]));
              if (!node) continue;
              const range = document.createRange();
              const at = node.textContent!.indexOf(m[0]);
              range.setStart(node, at);
              range.setEnd(node, at + m[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1) out.push(`"${m[0]}" is split across lines`);
            }
          });
        }
        return out;
      },
      { width, source: FIGURE.source },
    );
    expect(problems).toEqual([]);
    if (width <= 360) expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });
});
