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
  // The 繁體 twins use these cards for now (README, "The 繁體 edition").
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
});
