/**
 * The 繁體 edition as a reader in Hong Kong or Taipei meets it: every page of the
 * Simplified edition has its twin under /zh-hant/, in Traditional characters
 * with names and numbers untouched, linking within its edition; the two point
 * at each other (hreflang, sitemap, the masthead switch), and search finds
 * passages in the reader's script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, dom, htmlFiles, pathOf } from '../support/dist.ts';
import { useSite } from '../support/site.ts';
import { hantConverter } from '../../src/edition/hant.ts';
import { loadHantExceptions } from '../../src/edition/exceptions.ts';
import { decodeQr } from '../support/qr-decode.ts';
import { templates } from '../support/templates.ts';
import { csvParse } from 'd3-dsv';
import { STORAGE } from '../../src/lib/reader-prefs.ts';

const toHant = hantConverter(loadHantExceptions(process.env.CONTENT_DIR ?? 'content'));
const HANT = 'zh-hant/';
const hans = htmlFiles().filter((f) => !f.startsWith(HANT) && !f.startsWith('pagefind/'));
const hant = htmlFiles().filter((f) => f.startsWith(HANT));
/** Runs of Latin letters and digits: names, figures, units in Latin script. */
const latin = (s: string) => s.match(/[A-Za-z0-9][A-Za-z0-9.%+\-]*/g) ?? [];
/**
 * What a reader reads, one line per run of text (an element ends a run, a phrase
 * break <wbr> does not): the edition converts each run apart, so 数据表 in one
 * element and 行业 in the next are no phrase 表行. Embed code (a <textarea>,
 * compared apart) is markup for other sites.
 */
const bodyText = (d: Document) => {
  const main = (d.querySelector('main') ?? d.body).cloneNode(true) as Element;
  // A download's twin names the other script's file, in that script (Simplified page: 繁體版; 繁體 page: 简体原版).
  for (const t of main.querySelectorAll('a.twin')) t.remove();
  const runs: string[] = [''];
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) runs[runs.length - 1] += c.textContent;
      else if (c.nodeName === 'WBR') continue;
      else if (c.nodeName !== 'TEXTAREA') {
        runs.push('');
        walk(c);
        runs.push('');
      }
    }
  };
  walk(main);
  return runs.filter(Boolean).join('\n');
};
/** A built file for a site path ("/a/b/#x" -> "a/b/index.html"), or undefined. */
function fileOf(path: string): string | undefined {
  const p = decodeURI(path.replace(/[?#].*$/, '')).replace(/^\//, '');
  for (const f of [p, join(p, 'index.html')]) if (p && existsSync(join(DIST, f)) && f.endsWith('.html')) return f;
  return p === '' ? 'index.html' : existsSync(join(DIST, p)) ? p : undefined;
}

describe('the 繁體 edition in dist/', () => {
  it('has every page of the Simplified edition, and only those', () => {
    expect(hans.length).toBeGreaterThan(0);
    expect(hant.sort()).toEqual(hans.map((f) => HANT + f).sort());
  });

  it('says it is zh-Hant and reads as the Simplified page converted, with every Latin name and figure unchanged', () => {
    for (const f of hans) {
      const [s, t] = [dom(f), dom(HANT + f)];
      expect(t.documentElement.getAttribute('lang'), f).toBe('zh-Hant');
      expect(t.title, f).toBe(toHant(s.title));
      expect(bodyText(t), f).toBe(toHant(bodyText(s)));
      expect(latin(bodyText(t)), f).toEqual(latin(bodyText(s)));
      expect(toHant(bodyText(t)), `${f}: no Simplified-only character is left`).toBe(bodyText(t));
      const printed = t.querySelector('[data-page-address]');
      if (printed) expect(printed.textContent, `${f}: the printed page gives its own address`).toContain(`/${HANT}${f.replace(/index\.html$/, '')}`);
    }
  });

  it('gives embed code that embeds the 繁體 chart', () => {
    const pages = hant.filter((f) => dom(f).querySelector('textarea'));
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) expect(dom(f).querySelector('textarea')!.textContent, f).toMatch(new RegExp(`/${HANT}embed/`));
  });

  it('links to its own pages (a chart mark leads to its 繁體 sentence) and every link resolves', () => {
    let marks = 0;
    for (const f of hant) {
      const d = dom(f);
      for (const a of d.querySelectorAll('a[href^="/"]')) {
        const href = a.getAttribute('href')!;
        if (a.hasAttribute('data-edition-switch')) continue;
        const target = fileOf(href);
        expect(target, `${f}: ${href} resolves`).toBeDefined();
        if (target!.endsWith('.html')) expect(href.startsWith(`/${HANT}`), `${f}: ${href} stays in the 繁體 edition`).toBe(true);
        const hash = href.includes('#') ? decodeURIComponent(href.split('#')[1]) : '';
        if (a.matches('a.mark') && hash) {
          marks++;
          expect(dom(target!).getElementById(hash), `${f}: ${href} has its target`).not.toBeNull();
        }
      }
    }
    expect(marks, 'the edition’s charts link their marks to sentences').toBeGreaterThan(0);
  });

  it('points each edition at the other: the same hreflang pair on both, and a switch to the same page', () => {
    for (const f of hans) {
      const [s, t] = [dom(f), dom(HANT + f)];
      const alternates = (d: Document) =>
        [...d.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
      expect(alternates(t), f).toEqual(alternates(s));
      if (s.querySelector('link[rel=canonical]') && !f.startsWith('embed/')) {
        expect(alternates(s), f).toEqual([
          ['zh-Hans', `/${pathOf(f)}`],
          ['zh-Hant', `/${HANT}${pathOf(f)}`],
          ['x-default', `/${pathOf(f)}`],
        ]);
        expect(new URL(t.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname, f).toBe(`/${HANT}${pathOf(f)}`);
      }
      const sw = s.querySelector('[data-edition-switch]');
      if (!sw) continue;
      const back = t.querySelector('[data-edition-switch]')!;
      if (f !== '404.html') {
        expect(sw.getAttribute('href'), f).toBe(`/${HANT}${pathOf(f)}`);
        expect(back.getAttribute('href'), f).toBe(`/${pathOf(f)}`);
      }
      expect([sw.getAttribute('lang'), back.getAttribute('lang')]).toEqual(['zh-Hant', 'zh-Hans']);
    }
  });

  it('shares its own pages: card tags, JSON-LD, share links, the WeChat QR code and poster name the 繁體 address', () => {
    const shared = hant.filter((f) => dom(f).querySelector('[data-share]'));
    expect(shared.length).toBeGreaterThan(0);
    for (const f of hant.filter((p) => p !== `${HANT}404.html`)) {
      const d = dom(f);
      const canonical = d.querySelector('link[rel=canonical]')!.getAttribute('href')!;
      expect(d.querySelector('meta[property="og:locale"]')!.getAttribute('content'), f).toBe('zh_TW');
      expect(d.querySelector('meta[property="og:url"]')!.getAttribute('content'), f).toBe(canonical);
      for (const s of d.querySelectorAll('script[type="application/ld+json"]')) {
        const ld = JSON.parse(s.textContent!);
        if (ld['@type'] === 'NewsArticle') expect([ld.inLanguage, ld.url], f).toEqual(['zh-Hant', canonical]);
      }
    }
    for (const f of shared) {
      const d = dom(f);
      const own = `${new URL(d.querySelector('link[rel=canonical]')!.getAttribute('href')!).origin}/${pathOf(f)}`;
      expect(d.querySelector('[data-share]')!.getAttribute('data-share'), f).toBe(own);
      for (const a of d.querySelectorAll('[data-share] a[href*="%3A%2F%2F"]')) expect(a.getAttribute('href'), f).toContain(encodeURIComponent(own));
      // Pages without a poster carry a QR code; posters (and their QR codes) are read in tests/site/posters.test.ts.
      const qr = d.querySelector('[data-share] svg.qr');
      if (qr) expect(decodeQr(qr.outerHTML), f).toBe(own);
      else expect(d.querySelector('[data-share] a.share-poster')!.getAttribute('href'), f).toMatch(new RegExp(`^/${HANT}poster/.+\\.png$`));
    }
  });

  it('is in the sitemap index, each 繁體 page with both alternates', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toMatch(/<loc>[^<]*\/sitemap-zh-hant\.xml<\/loc>/);
    const map = readFileSync(join(DIST, 'sitemap-zh-hant.xml'), 'utf8');
    const listed = [...map.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const expected = hant.filter((f) => !f.includes('/embed/') && f !== `${HANT}404.html`).map((f) => `/${pathOf(f)}`);
    expect(listed.sort()).toEqual(expected.sort());
    const simplified = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(simplified).toContain('hreflang="zh-Hant"');
  });

  it('offers each dataset’s CSV with its words in 繁體 and its figures unchanged, and the original (Simplified) file beside it', () => {
    const page = `${HANT}data/index.html`;
    if (!existsSync(join(DIST, page))) return;
    const lists = [...dom(page).querySelectorAll('.downloads')];
    const simplifiedLists = [...dom('data/index.html').querySelectorAll('.downloads')];
    for (const [i, list] of lists.entries()) {
      const own = list.querySelector('a[href$=".csv"]:not(.twin)')!.getAttribute('href')!;
      const original = list.querySelector('a.twin')!;
      expect(own.startsWith(`/${HANT}data/`), own).toBe(true);
      expect([original.getAttribute('href'), original.getAttribute('hreflang')]).toEqual([own.slice(HANT.length), 'zh-Hans']);
      // The Simplified page offers the 繁體 file the same way.
      expect(simplifiedLists[i].querySelector('a.twin')!.getAttribute('href')).toBe(own);
      const [hant, hans] = [own, original.getAttribute('href')!].map((h) =>
        csvParse(readFileSync(join(DIST, fileOf(h)!), 'utf8').replace(/^\uFEFF/, '')),
      );
      expect(hant.columns).toEqual(hans.columns);
      expect(hant.length).toBe(hans.length);
      for (const [j, row] of hans.entries()) {
        for (const c of ['id', 'value_amount', 'value_unit', 'date_value', 'date_start', 'date_end'])
          expect(hant[j][c], `${own} ${row.id} ${c}`).toBe(row[c]);
        for (const c of ['label', 'value_text', 'quote']) expect(hant[j][c], `${own} ${row.id} ${c}`).toBe(toHant(row[c]));
        if (row.quote_url) expect(new URL(hant[j].quote_url).pathname, row.id).toBe(`/${HANT}${new URL(row.quote_url).pathname.slice(1)}`);
      }
    }
  });

  it('has its own feed, in Traditional characters, whose items link into the edition', () => {
    const feed = readFileSync(join(DIST, HANT, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname);
    expect(links.length).toBeGreaterThan(1);
    for (const l of links) expect(l.startsWith(`/${HANT}`), l).toBe(true);
    expect(toHant(feed)).toBe(feed);
  });
});

describe('the 繁體 edition in Chromium', () => {
  const site = useSite();

  it('follows the masthead switch to the same article and back', async () => {
    const article = hans.find((f) => dom(f).querySelector('article [data-pagefind-body], article[data-pagefind-body]'))!;
    const page = await site.open(pathOf(article));
    await page.locator('[data-edition-switch]').click();
    await page.waitForURL(`**/${HANT}${pathOf(article)}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await page.locator('[data-edition-switch]').click();
    await page.waitForURL((u) => u.pathname === `/${pathOf(article)}`);
    await page.context().close();
  });

  it('follows the switch from a page of every template to the same place in the other edition, anchor and all, and back', async () => {
    let followed = 0;
    for (const { route, pages } of templates()) {
      const f = pages[0];
      if (!f || !dom(f).querySelector('[data-edition-switch]')) continue;
      // The last element with an id in the page's main part: a place well down the page.
      const anchor = [...dom(f).querySelectorAll('main [id]')]
        .filter((e) => !e.closest('template, svg'))
        .at(-1)
        ?.getAttribute('id');
      const [from, to] = f === '404.html' ? ['/404.html', `/${HANT}`] : [`/${pathOf(f)}`, `/${HANT}${pathOf(f)}`];
      const hash = anchor ? `#${encodeURIComponent(anchor)}` : '';
      const page = await site.open(`${from.slice(1)}${hash}`);
      await page.locator('[data-edition-switch]').click();
      await page.waitForURL((u) => u.pathname === to);
      expect(new URL(page.url()).hash, route).toBe(hash);
      expect(await page.locator('html').getAttribute('lang'), route).toBe('zh-Hant');
      if (anchor && f !== '404.html') expect(await page.locator(`[id="${anchor}"]`).count(), `${route}: #${anchor} is there`).toBe(1);
      await page.locator('[data-edition-switch]').click();
      await page.waitForURL((u) => u.pathname === (f === '404.html' ? '/' : from));
      expect(new URL(page.url()).hash, route).toBe(hash);
      followed++;
      await page.context().close();
    }
    expect(followed).toBeGreaterThan(3);
  });

  it('carries a search to the other edition, where it finds the passage in that script', async () => {
    const page = await site.open(`search/?q=${encodeURIComponent('裁员')}`);
    await page.locator('[data-edition-switch]').click();
    await page.waitForURL((u) => u.pathname === `/${HANT}search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('裁员');
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.context().close();
  });

  it('remembers the edition chosen without cookies: the front page opens it for a reader arriving from outside, never within the site', async () => {
    const article = pathOf(hans.find((f) => dom(f).querySelector('article[data-pagefind-body]'))!);
    const page = await site.open(article);
    await page.locator('[data-edition-switch]').click();
    await page.waitForURL(`**/${HANT}${article}`);
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE.edition)).toBe('zh-Hant');
    // Typed address, a bookmark, another site: the front page opens in 繁體.
    await page.goto(site.url);
    await page.waitForURL((u) => u.pathname === `/${HANT}`);
    // Within the site, a link to the Simplified front page stays there.
    await page.goto(site.url + article);
    await page.locator('.site-name').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/');
    // Choosing 简体 again: the front page stays Simplified.
    await page.goto(site.url + HANT);
    await page.locator('[data-edition-switch]').click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.goto(site.url);
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.context().cookies()).toEqual([]);
    await page.context().close();
  });

  it('sends a crawler or a first-time reader (nothing stored) to no other edition, and needs no JavaScript to switch', async () => {
    const fresh = await site.open('');
    expect(new URL(fresh.url()).pathname).toBe('/');
    await fresh.context().close();
    const noJs = await site.open('', { javaScriptEnabled: false });
    await noJs.locator('[data-edition-switch]').click();
    await noJs.waitForURL((u) => u.pathname === `/${HANT}`);
    expect(await noJs.locator('main').textContent()).toMatch(/\p{Script=Han}/u);
    await noJs.context().close();
  });

  it('finds a passage in each edition for a query in either script', async () => {
    const cases = [
      [`${HANT}search/`, toHant('裁员'), true],
      [`${HANT}search/`, '裁员', true],
      ['search/', '裁员', false],
      ['search/', toHant('裁员'), false],
    ] as const;
    for (const [path, word, inEdition] of cases) {
      const page = await site.open(path);
      await page.locator('#search-input').fill(word);
      await page.locator('#search-input').press('Enter');
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toContain(word);
      const hrefs = await page.$$eval('#search-results > li h2 a', (as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, `${path}: ${word}`).toBeGreaterThan(0);
      expect(await page.locator('#search-results mark').count(), `${path}: ${word} is marked`).toBeGreaterThan(0);
      for (const h of hrefs) expect(h.startsWith(`/${HANT}`), `${path}: ${h}`).toBe(inEdition);
      await page.context().close();
    }
  });

  it('stays free of errors', () => {
    expect(site.errors).toEqual([]);
  });
});
