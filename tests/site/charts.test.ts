/**
 * Charts as readers use them in Chromium: each chart on its article with its
 * table, every mark reachable by Tab with its tooltip (Esc hides it), marks
 * leading to their highlighted sentence and sentences leading back, no console
 * errors, and screenshots at 360 and 1280 px, light and dark, for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { DIST, dom, htmlFiles } from '../support/dist.ts';
import { COLUMN, PRINT_WIDTH, layoutsUpTo } from '../../src/charts/layouts.ts';

const specs: { id: string; records: string[] }[] = JSON.parse(readFileSync('content/charts/ai-talent-war-2024-04.json', 'utf8')).charts;
const SHOTS = 'test-results/charts';

/** The article page each chart stands in, read from the built site. */
const pageOf = Object.fromEntries(specs.map((s) => [s.id, htmlFiles().find((f) => dom(f).querySelector(`article figure#chart-${s.id}`))]));

const site = useSite();
const errors = site.errors;

/** A built page (its file in dist/) at a width and colour scheme. */
const open = (file: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> =>
  site.open(file.replace(/index\.html$/, ''), {
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

describe.each(specs)('chart $id', ({ id, records }) => {
  it('stands in an article, with a table of exactly its records', () => {
    expect(pageOf[id], `no article page has figure#chart-${id}`).toBeDefined();
    const figure = dom(pageOf[id]!).querySelector(`#chart-${id}`)!;
    // One drawing per layout width up to the page column (src/charts/layouts.ts).
    expect([...figure.querySelectorAll('.chart-frame > svg')].map((s) => Number(s.getAttribute('width')))).toEqual(
      layoutsUpTo(COLUMN).map((l) => l.width),
    );
    const rows = [...figure.querySelectorAll('table tbody tr')];
    expect(rows).toHaveLength(records.length);
    expect(figure.querySelector('.chart-source')!.textContent).toMatch(/据21世纪经济报道$/);
    expect(figure.querySelector('.chart-summary')!.textContent!.length).toBeGreaterThan(10);
  });

  it('lets the keyboard reach every mark, with its tooltip, and Esc hide it', async () => {
    const page = await open(pageOf[id]!);
    const visibleMarks = await page.locator(`#chart-${id} svg:visible .mark`).count();
    expect(visibleMarks).toBe(records.length);
    // Start right before the drawing: the heading's own link is the last stop before the marks.
    await page.locator(`#chart-${id} .heading-anchor`).focus();
    const seen: string[] = [];
    for (let i = 0; i < records.length + 12 && seen.length < records.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement;
        const tip = a?.closest('.chart-frame')?.querySelector<HTMLElement>('.chart-tip');
        return a?.classList.contains('mark')
          ? { record: a.getAttribute('data-record'), tip: tip && !tip.hidden ? tip.textContent : null, want: a.getAttribute('data-tip') }
          : null;
      });
      if (!focused) continue;
      expect(focused.tip, `tooltip for ${focused.record}`).toBe(focused.want);
      seen.push(focused.record!);
    }
    expect(seen.sort()).toEqual([...records].sort());
    await page.keyboard.press('Escape');
    expect(await page.locator(`#chart-${id} .chart-tip`).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('mark'))).toBe(true);
    await page.close();
  });

  it('shows the tooltip on hover too', async () => {
    const page = await open(pageOf[id]!);
    const mark = page.locator(`#chart-${id} svg:visible .mark`).first();
    await mark.locator('rect, circle, text').first().hover();
    await expect.poll(() => page.locator(`#chart-${id} .chart-tip`).textContent()).toBe(await mark.getAttribute('data-tip'));
    await page.close();
  });

  it('adds in its tooltips only what the drawing does not print, and the source', async () => {
    const page = await open(pageOf[id]!);
    const marks = await page.locator(`#chart-${id} svg:visible .mark`).evaluateAll((els) =>
      els.map((m) => ({
        record: m.getAttribute('data-record'),
        tip: m.getAttribute('data-tip') ?? '',
        drawn: [...m.querySelectorAll('text')].map((x) => x.textContent ?? '').filter((x) => x.trim()),
      })),
    );
    for (const { record, tip, drawn } of marks) {
      const lines = tip.split('\n');
      expect(lines.at(-1), `${record}: the last line names the source`).toMatch(/^来源/);
      for (const line of lines)
        expect(
          drawn.some((d) => d.includes(line)),
          `${record}: "${line}" is printed beside the mark`,
        ).toBe(false);
    }
    await page.close();
  });

  it.each([1280, 360])('places each tooltip where it covers no other label or value, at %i px', async (width) => {
    const page = await open(pageOf[id]!, { width });
    const marks = page.locator(`#chart-${id} svg:visible .mark`);
    const covered: string[] = [];
    for (let i = 0; i < (await marks.count()); i++) {
      await marks.nth(i).focus();
      covered.push(
        ...(await marks.nth(i).evaluate((mark) => {
          const tip = mark.closest('.chart-frame')!.querySelector<HTMLElement>('.chart-tip')!.getBoundingClientRect();
          const hit = (r: DOMRect) =>
            Math.min(r.right, tip.right) - Math.max(r.left, tip.left) > 1 && Math.min(r.bottom, tip.bottom) - Math.max(r.top, tip.top) > 1;
          return [...mark.closest('svg')!.querySelectorAll('text')]
            .filter((x) => !mark.contains(x) && hit(x.getBoundingClientRect()))
            .map((x) => `${mark.getAttribute('data-record')} covers "${x.textContent}"`);
        })),
      );
    }
    expect(covered).toEqual([]);
    await page.close();
  });

  it('on touch, shows the tooltip with a link on the first tap and follows the mark on the second', async () => {
    const page = await site.open(pageOf[id]!.replace(/index\.html$/, ''), { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const mark = page.locator(`#chart-${id} svg:visible .mark[href]`).first();
    const href = (await mark.getAttribute('href'))!;
    const before = page.url();
    await mark.locator('rect, circle, text').first().tap();
    const tip = page.locator(`#chart-${id} .chart-tip`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    expect(await tip.locator('a').getAttribute('href')).toBe(href);
    await mark.locator('rect, circle, text').first().tap();
    await page.waitForURL(`**#${href.split('#')[1]}`);
    await page.close();
  });

  it('takes a click on a mark to its sentence, highlighted', async () => {
    const page = await open(pageOf[id]!);
    const mark = page.locator(`#chart-${id} svg:visible .mark[href]`).last();
    const href = (await mark.getAttribute('href'))!;
    await mark.locator('rect, circle, text').first().click();
    const anchor = href.split('#')[1];
    await page.waitForURL(`**#${anchor}`);
    const target = page.locator(`#${anchor}`);
    expect(await target.evaluate((e) => e.classList.contains('cite'))).toBe(true);
    const bg = await target.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(await target.isVisible()).toBe(true);
    await page.close();
  });

  it('is reached back from the sentences that back it', async () => {
    const page = await open(pageOf[id]!);
    const marker = page.locator(`.cite-marker[href$="#chart-${id}"]`).first();
    expect(await marker.count()).toBe(1);
    await marker.click();
    await page.waitForURL(`**#chart-${id}`);
    const box = await page.locator(`#chart-${id}`).boundingBox();
    expect(box!.y).toBeLessThan(900);
    expect(box!.y + box!.height).toBeGreaterThan(0);
    await page.close();
  });

  it('reads at 360 and 1280 px, light and dark, without horizontal scrolling', async () => {
    for (const width of [360, 1280])
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await open(pageOf[id]!, { width, colorScheme });
        const figure = page.locator(`#chart-${id}`);
        await figure.scrollIntoViewIfNeeded();
        const layout = width < 700 ? 'narrow' : 'wide';
        expect(await figure.locator(`svg.layout-${layout}:visible`).count(), `one ${layout} drawing at ${width}px`).toBe(1);
        expect(await figure.locator('svg:visible').count(), `one drawing at ${width}px`).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await figure.screenshot({ path: join(SHOTS, `${id}-${width}-${colorScheme}.png`) });
        await page.close();
      }
  });
});

describe('article pages with charts', () => {
  it('print with the wide drawing, the data table open and no interactive chrome', async () => {
    const file = pageOf['layoffs']!;
    const page = await open(file, { width: 800 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`#chart-layoffs svg.layout-${PRINT_WIDTH}`).isVisible()).toBe(true);
    expect(await page.locator('#chart-layoffs svg:visible').count()).toBe(1);
    expect(await page.locator('#chart-layoffs table').isVisible()).toBe(true);
    expect(await page.locator('.share').isVisible()).toBe(false);
    expect(await page.locator('.print-only').first().isVisible()).toBe(true);
    await page.pdf({ path: join(SHOTS, 'article-print.pdf') });
    await page.close();
  });

  it('ship at most 15 KB of JavaScript (gzip), in total', () => {
    for (const file of new Set(Object.values(pageOf))) {
      const html = readFileSync(join(DIST, file!), 'utf8');
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      const external = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1].replace(/^\//, '')), 'utf8'));
      const bytes = [...inline, ...external].reduce((n, js) => n + gzipSync(js, { level: 9 }).length, 0);
      expect(bytes, file).toBeLessThanOrEqual(15 * 1024);
      expect([...inline, ...external].join('')).not.toMatch(/d3-selection|d3-transition|function\s+\w*scaleLinear/);
    }
  });

  it('log no errors to the console', () => {
    expect(errors).toEqual([]);
  });
});
