/**
 * What feed readers, crawlers and browsers find beside the pages: the RSS feed
 * with whole articles and their charts, the sitemap, robots.txt, the web
 * manifest and its icons, and the head links that point to them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, dom, htmlFiles } from '../support/dist.ts';
import { visible } from '../support/report-lines.ts';
import { brokenLink, fileFor, readFeed, siteRoot, sitemapUrls } from '../support/site-urls.ts';
import { interval, precisionOf } from '../../src/lib/dates.ts';

const root = siteRoot();
const feed = readFeed();
const pageOf = (href: string) => dom(fileFor(href, root)!.slice(DIST.length + 1));
const fragment = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('RSS feed', () => {
  it('is linked from the head of every page', () => {
    for (const f of htmlFiles()) {
      const link = dom(f).querySelector('link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('title'), f).toBeTruthy();
      // Each edition links its own feed.
      expect(fileFor(new URL(link!.getAttribute('href')!, root).href, root), f).toBe(
        join(DIST, f.startsWith('zh-hant/') ? 'zh-hant/rss.xml' : 'rss.xml'),
      );
    }
    expect(feed.link).toBe(root);
    expect(feed.self).toBe(new URL('rss.xml', root).href);
  });

  it('has every article once, newest series first, each series in reading order', () => {
    const home = dom('index.html');
    const listed = [...home.querySelectorAll('.front-articles a')].map((a) => new URL(a.getAttribute('href')!, root).href);
    expect(listed.length).toBeGreaterThan(0);
    expect(feed.items.map((i) => i.link)).toEqual(listed);
  });

  it('gives each item its article’s title and description, dated by the report, not the build', () => {
    for (const item of feed.items) {
      const page = pageOf(item.link);
      expect(item.title).toBe(page.querySelector('article h1')!.textContent);
      expect(item.description).toBe(page.querySelector('meta[name="description"]')!.getAttribute('content'));
      // The byline's date is at the report's precision (e.g. 2024-04): the item takes its first day.
      const value = page.querySelector('.byline time')!.getAttribute('datetime')!;
      const [start] = interval({ value, precision: precisionOf(value)! });
      expect(new Date(item.pubDate).toISOString(), item.link).toBe(start.toISOString());
    }
  });

  it('carries the whole article: every paragraph in order, and the source', () => {
    for (const item of feed.items) {
      const page = pageOf(item.link);
      const paragraphs = [...page.querySelectorAll('.prose > p')].map((p) => visible(p.textContent!));
      const body = fragment(item.content);
      const carried = [...body.children].filter((e) => e.tagName === 'P').map((p) => visible(p.textContent!));
      expect(carried.slice(0, paragraphs.length), item.link).toEqual(paragraphs);
      // The page's source line, without what only the page has beside it (reading time, text size).
      const source = page.querySelector('.byline p')!.cloneNode(true) as Element;
      source.querySelector('.reading-time')?.remove();
      expect(carried.at(-1)).toBe(visible(source.textContent!));
    }
  });

  it('carries every chart as one complete inline SVG with its own colours, plus its summary and table', () => {
    let charts = 0;
    for (const item of feed.items) {
      const page = pageOf(item.link);
      const body = fragment(item.content);
      const ids = (d: Element) => [...d.querySelectorAll('figure.chart')].map((f) => f.id);
      expect(ids(body), item.link).toEqual(ids(page.querySelector('article')!));
      for (const figure of body.querySelectorAll('figure.chart')) {
        charts++;
        const svgs = figure.querySelectorAll('svg');
        expect(svgs, figure.id).toHaveLength(1);
        expect(Number(svgs[0].getAttribute('width'))).toBeLessThanOrEqual(400);
        expect(svgs[0].querySelectorAll('text').length).toBeGreaterThan(0);
        // Feed readers apply none of our CSS: colours must be attributes.
        expect(svgs[0].querySelectorAll('[fill^="#"]').length, figure.id).toBeGreaterThan(0);
        const onPage = page.getElementById(figure.id)!;
        expect(figure.querySelector('.chart-summary')!.textContent).toBe(onPage.querySelector('.chart-summary')!.textContent);
        expect(figure.querySelectorAll('tbody tr')).toHaveLength(onPage.querySelectorAll('tbody tr').length);
      }
    }
    expect(charts).toBeGreaterThan(0);
  });

  it('has only absolute links, each to a page and anchor that exist, and no scripts or styles', () => {
    for (const item of feed.items) {
      const body = fragment(item.content);
      expect(body.querySelectorAll('script, style, link').length, item.link).toBe(0);
      const urls = [...body.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')!);
      expect(urls.length).toBeGreaterThan(0);
      for (const u of urls) {
        expect(u.startsWith(root), u).toBe(true);
        expect(brokenLink(u, root)).toBeUndefined();
      }
    }
  });
});

describe('sitemap', () => {
  const urls = sitemapUrls(root);
  // Canonical pages of both editions: every built page except the 404 pages and iframe embeds.
  const canonical = htmlFiles()
    .filter((f) => !/(^|\/)404\.html$/.test(f) && !/(^|\/)embed\//.test(f))
    .map((f) => dom(f).querySelector('link[rel="canonical"]')!.getAttribute('href')!);

  it('lists every canonical page once, by its absolute canonical URL', () => {
    expect([...urls].sort()).toEqual([...new Set(canonical)].sort());
    expect(urls).toContain(new URL('search/', root).href);
  });

  it('lists no 404 page or embed, and nothing outside the site', () => {
    for (const u of urls) {
      expect(u.startsWith(root), u).toBe(true);
      expect(u).not.toMatch(/404|\/embed\//);
      expect(fileFor(u, root), u).toBeDefined();
    }
  });
});

describe('robots.txt', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');

  it('points crawlers to the sitemap by its absolute URL', () => {
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(new URL('sitemap-index.xml', root).href);
    expect(fileFor(sitemap!, root)).toBeDefined();
  });

  it('lets every page in the sitemap be crawled', () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
    const disallowed = [...robots.matchAll(/^Disallow: (\S+)$/gm)].map((m) => m[1]);
    for (const u of sitemapUrls(root)) for (const d of disallowed) expect(new URL(u).pathname.startsWith(d), `${u} blocked by ${d}`).toBe(false);
  });
});

describe('web manifest', () => {
  const home = dom('index.html');
  const href = new URL(home.querySelector('link[rel="manifest"]')!.getAttribute('href')!, root).href;
  const manifest = JSON.parse(readFileSync(fileFor(href, root)!, 'utf8'));
  const basePath = new URL(root).pathname;

  it('is linked from every page and names the site in Chinese', () => {
    for (const f of htmlFiles()) expect(dom(f).querySelector('link[rel="manifest"]')?.getAttribute('href'), f).toBe(new URL(href).pathname);
    expect(manifest.name).toBe(home.querySelector('.site-name')!.textContent);
    expect(manifest.short_name).toMatch(/\p{Script=Han}/u);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.lang).toBe('zh-CN');
  });

  it('starts and stays under the site’s base path', () => {
    expect(manifest.start_url).toBe(basePath);
    expect(manifest.scope).toBe(basePath);
  });

  it('uses the light theme colour the pages announce', () => {
    const light = home.querySelector('meta[name="theme-color"][media*="light"]')!.getAttribute('content');
    expect(manifest.theme_color).toBe(light);
    expect(manifest.background_color).toBe(light);
  });

  it('lists icons that exist, PNGs at the sizes they claim', () => {
    const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
    expect(pngs.map((i: { sizes: string }) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    expect(manifest.icons.some((i: { type: string; sizes: string }) => i.type === 'image/svg+xml' && i.sizes === 'any')).toBe(true);
    for (const icon of manifest.icons) {
      const file = fileFor(new URL(icon.src, root).href, root);
      expect(file, icon.src).toBeDefined();
      if (icon.type !== 'image/png') continue;
      const png = readFileSync(file!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  });
});
