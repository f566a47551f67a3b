/**
 * Every page's og:image is a file of the build, a 1200×630 PNG; content pages
 * get their own card (not the site's default), and cards are not shared between pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, dom, simplifiedHtmlFiles } from '../support/dist.ts';
import { pngSize } from '../support/png.ts';

const SITE = process.env.SITE ?? 'http://localhost:4321';
const image = (file: string) => dom(file).querySelector('meta[property="og:image"]')!.getAttribute('content')!;

describe('OG images in the build', () => {
  const pages = simplifiedHtmlFiles().filter((f) => f !== '404.html');

  it('exist in dist/ for every page, as 1200×630 PNGs', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) {
      const url = image(page);
      expect(url.startsWith(`${SITE}/og/`), `${page}: ${url}`).toBe(true);
      const file = join(DIST, url.slice(SITE.length + 1));
      expect(existsSync(file), `${file} for ${page}`).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('give each article, series and chart page a card of its own', () => {
    const own = pages.filter((p) => !p.startsWith('embed/'));
    const seen = new Map<string, string>();
    for (const page of own) {
      const url = image(page);
      expect(seen.get(url), `${page} shares its card with ${seen.get(url)}`).toBeUndefined();
      seen.set(url, page);
    }
  });

  it('give each 繁體 page the converted twin of its card, under zh-hant/og/', () => {
    for (const page of pages) {
      const hans = image(page);
      const hant = image(`zh-hant/${page}`);
      expect(hant, page).toBe(hans.replace(`${SITE}/og/`, `${SITE}/zh-hant/og/`));
      const [a, b] = [hans, hant].map((u) => readFileSync(join(DIST, u.slice(SITE.length + 1))));
      expect(pngSize(b), page).toEqual({ width: 1200, height: 630 });
      // Drawn from converted words: where the words its alt text names change, so do the pixels.
      const alt = (f: string) => dom(f).querySelector('meta[property="og:image:alt"]')!.getAttribute('content');
      if (alt(page) !== alt(`zh-hant/${page}`)) expect(a.equals(b), `${page}: the 繁體 card is the Simplified one`).toBe(false);
    }
  });
});
