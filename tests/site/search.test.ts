/**
 * Search as a reader uses it in Chromium: nothing loads until they start; then
 * Chinese words, names, phrases and two-word queries find exactly the articles
 * that contain them, with the words marked, the count announced, links to the
 * article and to the chart or 要点 box the words are in, and ?q= links that
 * can be shared. Without JavaScript the page says where to read instead.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { DIST, dom, simplifiedHtmlFiles as htmlFiles, pathOf } from '../support/dist.ts';

/** What a reader can search in an article: title, paragraphs, 要点, chart titles, deks, summaries, tables. */
const SEARCHABLE = 'h1, .prose > p, .key-points li, figure.chart h2, figure.chart .dek, .chart-summary, figure.chart tbody';
const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const articles = htmlFiles()
  .filter((f) => dom(f).querySelector('article [data-pagefind-body], article[data-pagefind-body]'))
  .map((f) => ({ path: `/${pathOf(f)}`, text: fold([...dom(f).querySelectorAll(`article ${SEARCHABLE}`)].map((e) => e.textContent).join('\n')) }));
/** Article paths whose searchable text contains every one of the words. */
const containing = (...words: string[]) =>
  articles
    .filter((a) => words.every((w) => a.text.includes(fold(w))))
    .map((a) => a.path)
    .sort();

const site = useSite();
const errors = site.errors;

/** Opens a page recording every request it makes, from the very first. */
async function open(path = 'search/', javaScriptEnabled = true): Promise<{ page: Page; requests: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${path}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(site.url + path);
  return { page, requests };
}

const status = (page: Page) => page.locator('#search-status').textContent();
/** The first search fetches Pagefind, its worker, WebAssembly and index: slow on a busy machine. */
const SLOW = { timeout: 15_000 };

async function search(page: Page, q: string) {
  await page.locator('#search-input').fill(q);
  await page.locator('#search-input').press('Enter');
  await expect.poll(() => status(page), SLOW).toContain(q);
}

const results = (page: Page) =>
  page.$$eval('#search-results > li', (items) =>
    items.map((li) => ({
      title: li.querySelector('h2 a')!.textContent!,
      href: li.querySelector('h2 a')!.getAttribute('href')!,
      marked: [...li.querySelectorAll('mark')].map((m) => m.textContent!),
      sections: [...li.querySelectorAll('.sections a')].map((a) => ({ label: a.textContent!, href: a.getAttribute('href')! })),
    })),
  );

describe('search page before the reader searches', () => {
  it('loads no search code or index, and little JavaScript', async () => {
    const { page, requests } = await open();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => /pagefind|search-ui/.test(r))).toEqual([]);
    const js = requests.filter((r) => r.endsWith('.js')).map((r) => gzipSync(readFileSync(join(DIST, r))).length);
    expect(js.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(15 * 1024);
    await page.locator('#search-input').focus();
    await page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await page.context().close();
  });

  it('is reached from the masthead of every page', async () => {
    const { page } = await open('ai-talent-war-2024-04/ren-cai-huang-yu-jiu-ye-nan/');
    await page.locator('.masthead nav a', { hasText: '搜索' }).click();
    await page.waitForURL('**/search/');
    expect(await page.locator('h1').textContent()).toBe('搜索');
    await page.context().close();
  });

  it('without JavaScript, hides the form and says where to read instead', async () => {
    const { page } = await open('search/', false);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    const note = page.locator('main noscript, main .search-noscript').last();
    expect(await note.textContent()).toMatch(/JavaScript/);
    expect(await page.locator('.search-noscript a').getAttribute('href')).toBe('/');
    await page.context().close();
  });
});

describe('searching', () => {
  it('finds 人才荒与就业难 and every other article with 裁员, marked, with the count announced', async () => {
    const { page } = await open();
    await search(page, '裁员');
    const found = await results(page);
    expect(found.map((r) => r.href).sort()).toEqual(containing('裁员'));
    expect(found.map((r) => r.href)).toContain('/ai-talent-war-2024-04/ren-cai-huang-yu-jiu-ye-nan/');
    expect(found.find((r) => r.href.includes('ren-cai-huang'))!.title).toBe('人才荒与就业难');
    for (const r of found) expect(r.marked, r.href).toContain('裁员');
    expect(await status(page)).toContain(`${found.length}篇`);
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    await page.context().close();
  });

  it.each(['亚马逊', 'Anthropic', '人才', '薪酬中位数', '亚马逊 裁员', '微软 OpenAI'])('finds exactly the articles that contain %s', async (q) => {
    const { page } = await open();
    await search(page, q);
    const found = await results(page);
    const want = containing(...q.split(' '));
    expect(want.length).toBeGreaterThan(0);
    expect(found.map((r) => r.href).sort()).toEqual(want);
    for (const r of found) for (const w of q.split(' ')) expect(r.marked.map(fold), r.href).toContain(fold(w));
    await page.context().close();
  });

  it('for words run together that no article has as typed (亚马逊裁员), finds the articles with both', async () => {
    const { page } = await open();
    expect(containing('亚马逊裁员')).toEqual([]);
    await search(page, '亚马逊裁员');
    expect((await results(page)).map((r) => r.href).sort()).toEqual(containing('亚马逊', '裁员'));
    expect(await status(page)).toMatch(/没有文章包含完整的/);
    await page.context().close();
  });

  it('treats a quoted phrase like the phrase itself (Pagefind’s exact mode finds no Chinese phrase)', async () => {
    const { page } = await open();
    await search(page, '薪酬中位数');
    const plain = await results(page);
    expect(plain.length).toBeGreaterThan(0);
    await search(page, '裁员');
    await page.locator('#search-input').fill('"薪酬中位数"');
    await page.locator('#search-input').press('Enter');
    await expect.poll(() => status(page), SLOW).toContain('薪酬中位数');
    expect(await results(page)).toEqual(plain);
    expect(new URL(page.url()).searchParams.get('q')).toBe('薪酬中位数');
    await page.context().close();
  });

  it('finds nothing for a name the report never mentions, and says so', async () => {
    const { page } = await open();
    expect(containing('英伟达')).toEqual([]);
    await search(page, '英伟达');
    expect(await results(page)).toEqual([]);
    expect(await status(page)).toMatch(/没有找到/);
    await page.context().close();
  });
});

describe('search results', () => {
  it('link to the article', async () => {
    const { page } = await open();
    await search(page, '马斯克');
    const [first] = await results(page);
    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL(`**${first.href}`);
    expect(await page.locator('article h1').textContent()).toBe(first.title);
    await page.context().close();
  });

  it('link a match in a chart’s table to that chart', async () => {
    // A table cell that is in no paragraph or 要点 box: only the chart has it.
    const elsewhere = articles
      .map((a) => a.path)
      .flatMap((p) => [...dom(`${p.slice(1)}index.html`).querySelectorAll('.prose > p, .key-points')].map((e) => e.textContent!));
    const cells = htmlFiles().flatMap((f) => [...dom(f).querySelectorAll('article figure.chart tbody td')].map((td) => td.textContent!.trim()));
    const cell = cells.find((c) => c.length >= 4 && /\p{Script=Han}/u.test(c) && !elsewhere.some((t) => t.includes(c)))!;
    expect(cell).toBeDefined();
    const { page } = await open();
    await search(page, cell);
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) {
      const charts = r.sections.filter((s) => s.href.startsWith(`${r.href}#chart-`));
      expect(charts.length, `${r.href} links to the chart holding "${cell}"`).toBeGreaterThan(0);
      for (const s of charts) {
        expect(s.label).toMatch(/^图表：/);
        const id = s.href.split('#')[1];
        const figure = dom(`${r.href.slice(1)}index.html`)
          .getElementById(id)!
          .closest('figure')!;
        expect(figure.querySelector('tbody')!.textContent).toContain(cell);
      }
    }
    const target = found[0].sections.find((s) => s.href.includes('#chart-'))!;
    await page.locator(`#search-results .sections a[href="${target.href}"]`).click();
    await page.waitForURL(`**${target.href}`);
    const heading = page.locator(`#${target.href.split('#')[1]}`);
    expect(await heading.isVisible()).toBe(true);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
    await page.context().close();
  });

  it('quote each chart or 要点 box from inside it, not from the text around it', async () => {
    const { page } = await open();
    await search(page, '亚马逊');
    const sections = await page.$$eval('#search-results .sections li', (lis) =>
      lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, excerpt: li.querySelector('.excerpt')!.textContent! })),
    );
    expect(sections.length).toBeGreaterThan(0);
    for (const { href, excerpt } of sections) {
      const [path, id] = href.split('#');
      const target = dom(`${path.slice(1)}index.html`).getElementById(id)!;
      const box = (target.closest('figure, .key-points') ?? target).textContent!;
      // Excerpts join blocks (a cell, a list item) with spaces or a middle dot: check each piece.
      for (const piece of excerpt.split(/…|·|\s+/).filter((p) => p.length >= 4)) expect(box, `${href}: "${piece}"`).toContain(piece);
    }
    await page.context().close();
  });

  it('can be shared: ?q= runs the search on arrival, and typing keeps the address current', async () => {
    const { page } = await open(`search/?q=${encodeURIComponent('Anthropic')}`);
    await expect.poll(() => status(page), SLOW).toContain('Anthropic');
    expect(await page.locator('#search-input').inputValue()).toBe('Anthropic');
    expect((await results(page)).length).toBe(containing('Anthropic').length);
    await page.locator('#search-input').fill('人才');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), SLOW).toBe('人才');
    await expect.poll(() => status(page), SLOW).toContain('人才');
    await page.context().close();
  });
});

describe('console', () => {
  it('stays free of errors', () => {
    expect(errors).toEqual([]);
  });
});
