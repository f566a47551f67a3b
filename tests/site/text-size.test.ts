/**
 * The A−/A+ control as a reader meets it: keyboard only, a screen reader hearing
 * the size, body and chart text growing together, the size kept from page to
 * page, and a page opened with a stored size that does not move while it loads.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { dom, htmlFiles, pathOf } from '../support/dist.ts';
import { enhanced, useSite } from '../support/site.ts';
import { t } from '../../src/i18n/strings.ts';
import { hantConverter } from '../../src/edition/hant.ts';
import { loadHantExceptions } from '../../src/edition/exceptions.ts';
import { DEFAULT_TEXT_SIZE, STORAGE, TEXT_SIZES } from '../../src/lib/reader-prefs.ts';

const articles = htmlFiles()
  .filter((f) => !f.startsWith('zh-hant/') && dom(f).querySelector('article .text-size'))
  .map(pathOf);
/** An article with a chart: body and chart text are compared there. */
const withChart = articles.find((p) => dom(`${p}index.html`).querySelector('article .chart-frame svg text'));
const site = useSite();

/** Opens a page as a reader whose stored text size is `size` (undefined: nothing stored). */
async function openAs(path: string, size?: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
  if (size) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE.textSize, size]);
  const page = await context.newPage();
  page.on('pageerror', (e) => site.errors.push(`${path}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && site.errors.push(`${path}: ${m.text()}`));
  await page.goto(site.url + path);
  if (options.javaScriptEnabled !== false) await enhanced(page);
  return page;
}

/** Font sizes in CSS px as drawn: the first paragraph, and the first chart label of the drawing shown. */
const sizes = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('.prose > p')!;
    const label = [...document.querySelectorAll('.chart-frame svg text')].find((x) => x.getBoundingClientRect().width > 0)!;
    const svg = label.closest('svg')!;
    // A label's size on screen: its font size in the drawing's units times the drawing's scale.
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return { body: parseFloat(getComputedStyle(p).fontSize), chart: parseFloat(getComputedStyle(label).fontSize) * scale };
  });

describe('the text-size control', () => {
  it('is on every article', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(withChart, 'an article with a chart').toBeDefined();
  });

  it('works from the keyboard alone: Tab to A+, Enter and Space grow body and chart text together, and the size is announced', async () => {
    const page = await openAs(withChart!);
    const before = await sizes(page);
    const larger = page.locator('[data-text-size-step="1"]');
    // Tab from the top of the page until the A+ button has focus.
    for (let i = 0; i < 40 && !(await larger.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await larger.evaluate((b) => b === document.activeElement), 'A+ is reached by Tab').toBe(true);
    await page.keyboard.press('Enter');
    const after = await sizes(page);
    expect(after.body).toBeGreaterThan(before.body);
    expect(after.chart).toBeGreaterThan(before.chart);
    const step = TEXT_SIZES.indexOf(DEFAULT_TEXT_SIZE) + 1;
    const status = page.locator('.text-size [role=status]');
    expect(await status.textContent()).toBe(t.textSize.status(t.textSize.sizes[step]));
    await page.keyboard.press(' ');
    expect((await sizes(page)).body).toBeGreaterThan(after.body);
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe(TEXT_SIZES[step + 1] ?? TEXT_SIZES.at(-1));
    await page.context().close();
  });

  it('stops at either end, saying so, and keeps the focus on the button', async () => {
    const page = await openAs(articles[0]);
    const smaller = page.locator('[data-text-size-step="-1"]');
    await smaller.focus();
    for (let i = 0; i < TEXT_SIZES.length + 1; i++) await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe(TEXT_SIZES[0]);
    expect(await smaller.getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('[data-text-size-step="1"]').getAttribute('aria-disabled')).toBe('false');
    expect(await smaller.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.locator('.text-size [role=status]').textContent()).toBe(t.textSize.status(t.textSize.sizes[0]));
    await page.context().close();
  });

  it('keeps the reader’s size on the next page and in the other edition, without cookies', async () => {
    const page = await openAs(articles[0]);
    const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.locator('[data-text-size-step="1"]').click();
    const chosen = await page.evaluate(() => document.documentElement.dataset.textSize);
    for (const next of [articles.at(-1)!, `zh-hant/${articles[0]}`]) {
      await page.goto(site.url + next);
      expect(await page.evaluate(() => document.documentElement.dataset.textSize), next).toBe(chosen);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), next).toBeGreaterThan(normal);
    }
    expect(await page.context().cookies()).toEqual([]);
    await page.context().close();
  });

  it('announces the size in the 繁體 edition in Traditional characters', async () => {
    const page = await openAs(`zh-hant/${articles[0]}`);
    await page.locator('[data-text-size-step="1"]').click();
    const step = TEXT_SIZES.indexOf(DEFAULT_TEXT_SIZE) + 1;
    expect(await page.locator('.text-size [role=status]').textContent()).toBe(
      hantConverter(loadHantExceptions(process.env.CONTENT_DIR ?? 'content'))(t.textSize.status(t.textSize.sizes[step])),
    );
    await page.context().close();
  });

  it('opens a page at the stored size without moving anything: the size is there before the first paint, and no layout shift', async () => {
    const plain = await openAs(withChart!);
    const normal = await plain.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize);
    await plain.context().close();
    for (const size of [TEXT_SIZES.at(-1)!, TEXT_SIZES[0]]) {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
      await context.addInitScript(
        ([key, value]) => {
          localStorage.setItem(key, value);
          // What the page looks like the moment it is parsed, before anything that loads later.
          document.addEventListener('DOMContentLoaded', () => {
            (window as unknown as { atParse: string }).atParse = getComputedStyle(document.querySelector('h1')!).fontSize;
          });
          (window as unknown as { shifts: number }).shifts = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        },
        [STORAGE.textSize, size],
      );
      const page = await context.newPage();
      await page.goto(site.url + withChart!);
      await enhanced(page);
      await page.waitForTimeout(300);
      const { atParse, now, shifts } = await page.evaluate(() => ({
        atParse: (window as unknown as { atParse: string }).atParse,
        now: getComputedStyle(document.querySelector('h1')!).fontSize,
        shifts: (window as unknown as { shifts: number }).shifts,
      }));
      expect(now, `${size} is in effect`).not.toBe(normal);
      expect(atParse, `${size} from the first paint`).toBe(now);
      expect(shifts, `${size}: cumulative layout shift`).toBe(0);
      await context.close();
    }
  });

  it('never pushes a chart label off a phone’s screen at the largest size', async () => {
    const page = await openAs(withChart!, TEXT_SIZES.at(-1));
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('.chart-frame svg text')]
        .map((x) => ({ text: x.textContent, box: x.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > innerWidth))
        .map(({ text }) => text),
    );
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('does not show without JavaScript, where it could do nothing; the article reads at the normal size', async () => {
    const page = await openAs(articles[0], undefined, { javaScriptEnabled: false });
    expect(await page.locator('.text-size').isVisible()).toBe(false);
    expect(await page.locator('.prose > p').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('stays free of errors', () => {
    expect(site.errors).toEqual([]);
  });
});
