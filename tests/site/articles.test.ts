/**
 * The built site read in Chromium as a reader would: the whole report is there,
 * in order, headings can be linked, the series can be walked with prev/next,
 * nothing errors in the console, unknown addresses get the 404 page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { reportLines, visible } from '../support/report-lines.ts';

const REPORT = 'content/reports/ai-talent-war-2024-04.txt';
const SERIES = 'ai-talent-war-2024-04/';
const ARTICLES = ['dao-du', 'ren-cai-huang-yu-jiu-ye-nan', 'ju-tou-jia-ma-ai-chuang-qi', 'an-liu-yong-dong-de-jing-yu-he'];

const site = useSite();
const { open, errors } = site;

/** Title and paragraphs of an article, as rendered. */
const articleText = (page: Page) =>
  page.evaluate(() => [
    document.querySelector('article h1')!.textContent!,
    ...[...document.querySelectorAll('.prose > p')].map((p) => p.textContent!),
  ]);

describe('articles', () => {
  it('carry every line of the report, in order, across the series', async () => {
    const seen: string[] = [];
    for (const slug of ARTICLES) {
      const page = await open(`${SERIES}${slug}/`);
      seen.push(...(await articleText(page)));
      await page.context().close();
    }
    expect(seen.map(visible)).toEqual(reportLines(REPORT).map(visible));
  });

  it('read the same with JavaScript off', async () => {
    const page = await open(`${SERIES}${ARTICLES[1]}/`, { javaScriptEnabled: false });
    const text = await articleText(page);
    expect(text[0]).toBe('人才荒与就业难');
    expect(text.length).toBeGreaterThan(10);
    await page.context().close();
  });

  it('credit the source and show the report’s date', async () => {
    const page = await open(`${SERIES}${ARTICLES[2]}/`);
    await expect.poll(() => page.locator('.byline').textContent()).toMatch(/原文：21世纪经济报道 · 原文发表于\s*2024年4月/);
    expect(await page.locator('.byline time').getAttribute('datetime')).toBe('2024-04');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.context().close();
  });

  it('have headings that link to themselves', async () => {
    const page = await open(`${SERIES}${ARTICLES[1]}/`);
    const headings = await page.$$eval('main :is(h1,h2,h3)', (hs) =>
      hs.map((h) => ({ id: h.id, href: h.querySelector('a.heading-anchor')?.getAttribute('href') })),
    );
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) {
      expect(h.id, 'every heading has an id').not.toBe('');
      expect(h.href).toBe(`#${h.id}`);
    }
    await page.locator('h1 a.heading-anchor').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${headings[0].id}`);
    await page.context().close();
  });

  it('link to the next and previous article through the whole series', async () => {
    const page = await open(`${SERIES}${ARTICLES[0]}/`);
    for (const slug of ARTICLES.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await page.waitForURL(`**/${slug}/`);
    }
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    for (const slug of ARTICLES.slice(0, -1).reverse()) {
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(`**/${slug}/`);
    }
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('every page', () => {
  it('gives each section heading an id and a link to itself (list items are links already)', async () => {
    const { dom, htmlFiles } = await import('../support/dist.ts');
    for (const f of htmlFiles()) {
      const d = dom(f);
      for (const h of d.querySelectorAll('main :is(h1, h2, h3, h4)')) {
        if (h.closest('li')) continue;
        expect(h.id, `${f}: ${h.textContent}`).not.toBe('');
        expect(h.querySelector(`a.heading-anchor[href="#${h.id}"]`), `${f}: #${h.id}`).not.toBeNull();
      }
    }
  });
});

describe('home and series pages', () => {
  it('list the series with its title, source, date and every article', async () => {
    for (const path of ['', SERIES]) {
      const page = await open(path);
      // The front page may list newer series above this one: read this series' section.
      const series = path ? page.locator('main') : page.locator(`section[aria-labelledby="series-${SERIES.slice(0, -1)}"]`);
      expect(await series.locator('h1, h2').first().textContent()).toBe('AI“拿捏”下的硅谷现状：高调抢人、抢创企，低调裁员潮');
      expect(await series.locator('.byline').first().textContent()).toMatch(/21世纪经济报道.*2024年4月/);
      // The front page lists a series' articles by title; the series page adds each description.
      const links = await page.$$eval(path ? '.article-list :is(h2, h3) a' : `#series-${SERIES.slice(0, -1)} ~ .front-articles a`, (as) =>
        as.map((a) => a.getAttribute('href')),
      );
      expect(links).toEqual(ARTICLES.map((s) => `/${SERIES}${s}/`));
      if (path) expect(await page.locator('.article-list p:not(.kicker)').count()).toBe(ARTICLES.length);
      await page.context().close();
    }
  });
});

describe('404', () => {
  it('serves the 404 page for an unknown address', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    // Links back to the home page and to search (站内搜索 is a link, not just a word in the text).
    expect(await page.locator('main a:not(.heading-anchor)').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([
      ['/', '返回首页'],
      ['/search/', '站内搜索'],
    ]);
    await context.close();
  });
});

describe('console', () => {
  it('stays free of errors on every page visited', () => {
    expect(errors).toEqual([]);
  });
});
