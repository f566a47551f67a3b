/**
 * What a shared link shows and where it lands: card tags and JSON-LD on every
 * page, a QR code that decodes to the page's address, copy-link with a visible
 * confirmation, chart pages and an embed that renders in an iframe, and
 * links to a sentence that scroll to it highlighted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeQr } from '../support/qr-decode.ts';
import { useSite } from '../support/site.ts';
import { dom, simplifiedHtmlFiles, pathOf } from '../support/dist.ts';
import { loadSiteConfig } from '../../src/site/config.ts';

const SITE = 'http://localhost:4321';
const SEED = 'ai-talent-war-2024-04';
const pages = simplifiedHtmlFiles().filter((f) => f !== '404.html');
/** Text of an RCDATA element (textarea) as the browser shows it. */
const decoded = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
const meta = (d: Document, key: string) => d.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

const site = useSite();

describe('every page', () => {
  it('has a unique canonical URL (an embed’s is its chart page), title and description', () => {
    const seen = { canonical: new Set<string>(), title: new Set<string>() };
    for (const f of pages) {
      const d = dom(f);
      const canonical = d.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      if (f.startsWith('embed/')) {
        expect(canonical, f).toBe(`${SITE}/${pathOf(f).replace(/^embed\//, 'charts/')}`);
        continue;
      }
      expect(canonical, f).toBe(`${SITE}/${pathOf(f)}`);
      expect(seen.canonical.has(canonical), `duplicate canonical ${canonical}`).toBe(false);
      seen.canonical.add(canonical);
      const title = d.querySelector('title')!.textContent!;
      expect(seen.title.has(title), `duplicate title ${title}`).toBe(false);
      seen.title.add(title);
      expect(meta(d, 'description')?.length, f).toBeGreaterThan(10);
    }
  });

  it('has Open Graph and Twitter card tags with absolute URLs and an image with size and alt', () => {
    for (const f of pages) {
      const d = dom(f);
      expect(meta(d, 'og:locale'), f).toBe('zh_CN');
      expect(meta(d, 'og:url'), f).toBe(d.querySelector('link[rel="canonical"]')!.getAttribute('href'));
      expect(meta(d, 'og:image'), f).toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
      expect(meta(d, 'og:image:width')).toBe('1200');
      expect(meta(d, 'og:image:height')).toBe('630');
      expect(meta(d, 'og:image:alt')!.length).toBeGreaterThan(2);
      expect(meta(d, 'twitter:card')).toBe('summary_large_image');
      expect(meta(d, 'og:type')).toBe(f.split('/').length === 3 && !f.startsWith('charts/') && !f.startsWith('embed/') ? 'article' : 'website');
    }
  });

  it('articles carry NewsArticle JSON-LD crediting the original publisher', () => {
    // The seed's articles (tests/site/multi.test.ts checks every report's against its own meta file).
    const articles = pages.filter((f) => f.startsWith(`${SEED}/`) && dom(f).querySelector('meta[property="og:type"][content="article"]'));
    expect(articles.length).toBe(readdirSync(`content/articles/${SEED}`).filter((f) => f.endsWith('.mdx')).length);
    for (const f of articles) {
      const d = dom(f);
      const ld = JSON.parse(d.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld).toMatchObject({
        '@type': 'NewsArticle',
        headline: d.querySelector('h1')!.textContent,
        inLanguage: 'zh-CN',
        datePublished: '2024-04',
        author: { name: '21世纪经济报道' },
        isBasedOn: { publisher: { name: '21世纪经济报道' } },
        publisher: { name: loadSiteConfig().publisher },
        isPartOf: { '@type': 'CreativeWorkSeries', url: `${SITE}/${SEED}/` },
      });
      expect(ld.image[0]).toBe(meta(d, 'og:image'));
      expect(meta(d, 'article:published_time')).toBe('2024-04');
    }
  });
});

describe('share bar', () => {
  const shared = pages.filter((f) => dom(f).querySelector('[data-share]'));

  it('is on every article, series and chart page, with links that work without JavaScript', () => {
    expect(shared.length).toBeGreaterThanOrEqual(4 + 1 + 6);
    for (const f of shared) {
      const bar = dom(f).querySelector('[data-share]')!;
      const url = `${SITE}/${pathOf(f)}`;
      expect(bar.getAttribute('data-share')).toBe(url);
      const hrefs = [...bar.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      expect(hrefs.some((h) => h.startsWith('https://service.weibo.com/share/share.php?url=' + encodeURIComponent(url)))).toBe(true);
      expect(hrefs.some((h) => h.startsWith('https://x.com/intent/post?url=' + encodeURIComponent(url)))).toBe(true);
      expect(hrefs.some((h) => h.startsWith('mailto:?subject='))).toBe(true);
    }
  });

  it('shares to WeChat with a poster (articles, charts) or a QR code that decodes to the page’s canonical URL', () => {
    for (const f of shared) {
      const d = dom(f);
      const qr = d.querySelector('[data-share] svg.qr');
      // The poster itself is read in tests/site/posters.test.ts.
      if (d.querySelector('[data-share] a.share-poster')) expect(qr, f).toBeNull();
      else expect(decodeQr(qr!.outerHTML), f).toBe(`${SITE}/${pathOf(f)}`);
    }
  });

  it('copies the canonical URL and says so', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.url}ai-talent-war-2024-04/dao-du/`);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.locator('.share-status').textContent()).toBe('已复制链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/ai-talent-war-2024-04/dao-du/`);
    await context.close();
  });

  it('opens the QR code of a page without a poster without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}ai-talent-war-2024-04/`);
    expect(await page.locator('.share-copy').isHidden()).toBe(true);
    await page.getByText('分享到微信').click();
    expect(await page.locator('svg.qr').isVisible()).toBe(true);
    await context.close();
  });
});

describe('chart pages and embeds', () => {
  const charts: { id: string; title: string }[] = JSON.parse(readFileSync('content/charts/ai-talent-war-2024-04.json', 'utf8')).charts;

  it('give each chart a page with its article, source and embed code', () => {
    for (const c of charts) {
      const d = dom(`charts/${c.id}/index.html`);
      expect(d.querySelector('h1')!.textContent).toBe(c.title);
      expect(d.querySelector(`a[href$="#chart-${c.id}"]`)).not.toBeNull();
      expect(d.querySelector('.chart-source')!.textContent).toMatch(/据21世纪经济报道/);
      expect(decoded(d.querySelector('.embed-code textarea')!.textContent!)).toContain(`<iframe src="${SITE}/embed/${c.id}/"`);
    }
  });

  it('embed pages send readers and crawlers to the chart page, and link out of the frame', () => {
    for (const c of charts) {
      const d = dom(`embed/${c.id}/index.html`);
      expect(d.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SITE}/charts/${c.id}/`);
      expect(d.querySelector('.masthead')).toBeNull();
      for (const a of d.querySelectorAll('a.mark, .embed-credit a')) expect(a.getAttribute('target')).toBe('_top');
    }
  });

  it('renders an embed at 400 px inside an iframe, and the iframe takes its height', async () => {
    const page = await site.browser.newPage({ viewport: { width: 800, height: 900 } });
    const code = decoded(dom('charts/layoffs/index.html').querySelector('.embed-code textarea')!.textContent!)
      .replaceAll(SITE + '/', site.url)
      .replace(JSON.stringify(SITE), JSON.stringify(new URL(site.url).origin));
    // Someone else's page, with none of our policies: the embed code pasted as is.
    await page.setContent(`<!doctype html><html lang="en"><body><div style="width:400px">${code}</div></body></html>`);
    const frame = page.frameLocator('iframe[data-chart-embed="layoffs"]');
    await expect.poll(() => frame.locator('svg.layout-narrow:visible').count()).toBe(1);
    const box = await page.locator('iframe').boundingBox();
    expect(box!.width).toBe(400);
    const inner = await frame.locator('body').evaluate(() => document.documentElement.scrollHeight);
    await expect.poll(async () => Number(await page.locator('iframe').getAttribute('height'))).toBe(inner);
    await page.close();
  });
});

describe('links to a sentence', () => {
  it('scroll to the sentence and highlight it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.url}ai-talent-war-2024-04/ren-cai-huang-yu-jiu-ye-nan/#src-amazon-layoffs`);
    const s = page.locator('#src-amazon-layoffs');
    expect(await s.textContent()).toContain('已裁掉超2.7万名员工');
    const box = await s.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    const bg = await s.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('keep their ids across re-ingests, because they come from record ids', () => {
    const mdx = readFileSync(join('content/articles/ai-talent-war-2024-04/01-ren-cai-huang-yu-jiu-ye-nan.mdx'), 'utf8');
    expect(mdx).toContain('id="src-amazon-layoffs"');
  });
});
