/**
 * The share poster (分享海报) of every article and chart page, in both editions,
 * as a reader in WeChat meets it: the 分享到微信 link opens it (a dialog with
 * 长按保存图片，分享到朋友圈; without JavaScript the PNG itself), it is a tall PNG
 * small enough to send, its QR code reads back as the page's own address, and
 * every word on it is a word of its page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, dom, htmlFiles } from '../support/dist.ts';
import { decodeQrPng } from '../support/qr-decode.ts';
import { pngSize } from '../support/png.ts';
import { useSite } from '../support/site.ts';

const pages = htmlFiles().filter((f) => !f.startsWith('pagefind/') && !f.endsWith('404.html'));
const withPoster = pages.filter((f) => dom(f).querySelector('[data-share] a.share-poster'));
const hant = (f: string) => f.startsWith('zh-hant/');
const link = (d: Document) => d.querySelector('[data-share] a.share-poster')!.getAttribute('href')!;
const canonical = (d: Document) => d.querySelector('link[rel=canonical]')!.getAttribute('href')!;
const posterFile = (f: string) => join(DIST, decodeURI(link(dom(f))).replace(/^\//, ''));
/** What the page shows a reader (masthead, article, footer), without the poster's own dialog; spaces do not count. */
function pageText(d: Document): string {
  const body = d.body.cloneNode(true) as Element;
  for (const el of body.querySelectorAll('dialog, script, template, style')) el.remove();
  return (body.textContent ?? '').replace(/\s+/g, '');
}

describe('posters in dist/', () => {
  it('every article and chart page has one, in both editions', () => {
    const expected = pages.filter((f) => {
      const d = dom(f);
      return /^(zh-hant\/)?charts\/[^/]+\/index\.html$/.test(f) || d.querySelector('meta[property="og:type"][content="article"]') !== null;
    });
    expect(expected.filter(hant).length).toBeGreaterThan(0);
    expect(withPoster.sort()).toEqual(expected.sort());
  });

  it('are 750×1500 PNGs of at most 400 KB, each page its own, the 繁體 ones under zh-hant/poster/', () => {
    const seen = new Set<string>();
    for (const f of withPoster) {
      const d = dom(f);
      const href = link(d);
      expect(href, f).toMatch(hant(f) ? /^\/zh-hant\/poster\/.+\.png$/ : /^\/poster\/.+\.png$/);
      expect(seen.has(href), `${f} shares its poster`).toBe(false);
      seen.add(href);
      expect(existsSync(posterFile(f)), `${href} for ${f}`).toBe(true);
      expect(statSync(posterFile(f)).size, href).toBeLessThanOrEqual(400 * 1024);
      expect(pngSize(readFileSync(posterFile(f))), href).toEqual({ width: 750, height: 1500 });
      // The dialog shows the same file, at the size it declares (1:2), and offers it for download.
      const img = d.querySelector('dialog.poster-dialog img')!;
      expect([img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')]).toEqual([href, '360', '720']);
      expect(d.querySelector('dialog.poster-dialog a[download]')!.getAttribute('href')).toBe(href);
    }
  });

  it('carry a QR code that reads back as the page’s canonical URL (the 繁體 page’s in the 繁體 poster)', () => {
    for (const f of withPoster) {
      const d = dom(f);
      expect(canonical(d).includes('/zh-hant/'), f).toBe(hant(f));
      expect(decodeQrPng(readFileSync(posterFile(f))), f).toBe(canonical(d));
    }
  });

  it('hold only words their page shows: every line of the poster’s text (its alt text) is on the page', () => {
    for (const f of withPoster) {
      const d = dom(f);
      const lines = d.querySelector('dialog.poster-dialog img')!.getAttribute('alt')!.split('\n');
      // At least the headline, the site's name and the footer note.
      expect(lines.length, f).toBeGreaterThanOrEqual(3);
      expect(lines, f).toContain(d.querySelector('h1')!.textContent!.trim());
      const text = pageText(d);
      for (const line of lines) {
        const bare = line.replace(/\s+/g, '');
        // A text cut to fit ends with "…": what stands before it is on the page.
        const shown = text.includes(bare) || (bare.endsWith('…') && text.includes(bare.slice(0, -1)));
        expect(shown, `${f}: "${line}" is on the poster but not on the page`).toBe(true);
      }
    }
  });
});

describe('the WeChat button', () => {
  const site = useSite();
  const article = withPoster.find((f) => !hant(f) && !f.startsWith('charts/'))!;
  const path = article.replace(/index\.html$/, '');

  for (const colorScheme of ['light', 'dark'] as const)
    it(`opens the poster with the instruction to save it, at 360 px (${colorScheme}), and loads it only then`, async () => {
      const page = await site.open(path, { viewport: { width: 360, height: 780 }, colorScheme });
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.waitForTimeout(300);
      expect(requested.filter((u) => u.includes('/poster/'))).toEqual([]);
      await page.getByRole('link', { name: '分享到微信' }).click();
      const dialog = page.getByRole('dialog', { name: '分享海报' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.textContent()).toContain('长按保存图片，分享到朋友圈');
      const img = dialog.locator('img');
      await img.evaluate((i: HTMLImageElement) => i.decode());
      expect(await img.evaluate((i: HTMLImageElement) => [i.naturalWidth, i.naturalHeight])).toEqual([750, 1500]);
      // The whole poster is on screen, inside the viewport's width.
      const box = (await img.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.y + box.height).toBeLessThanOrEqual(780);
      expect(Math.abs(box.height / box.width - 2)).toBeLessThan(0.02);
      // Focus moves into the dialog; Esc closes it, and so does 关闭.
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await page.getByRole('link', { name: '分享到微信' }).click();
      await page.getByRole('button', { name: '关闭' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await page.context().close();
    });

  it('is a plain link to the PNG without JavaScript', async () => {
    // Its own context: a PNG opened as a document makes Chromium ask for /favicon.ico, which this site does not have (it has favicon.svg).
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('.png')),
      page.getByRole('link', { name: '分享到微信' }).click(),
    ]);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(new URL(page.url()).pathname).toBe(link(dom(article)));
    await page.context().close();
  });

  it('logs no errors', () => {
    expect(site.errors).toEqual([]);
  });
});
