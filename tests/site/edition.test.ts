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
  walk(d.querySelector('main') ?? d.body);
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

  it('shares its own pages: card tags, JSON-LD, share links and the WeChat QR code name the 繁體 address', () => {
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
      expect(decodeQr(d.querySelector('[data-share] svg.qr')!.outerHTML), f).toBe(own);
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
