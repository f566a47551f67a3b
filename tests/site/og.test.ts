/**
 * The built site has an OG image for every page that is shared (home, series,
 * articles), at the path pages link to, and each is a 1200×630 PNG.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, pathOf } from '../support/dist.ts';
import { pngSize } from '../support/png.ts';
import { ogImageParam } from '../../src/og/paths.ts';

/** The image a page's og:image names: "" -> home, "<report>/" -> series, "<report>/<article>/" -> article. */
function imageOf(page: string): string | undefined {
  const parts = page.split('/').filter(Boolean);
  if (parts.length === 0) return ogImageParam('home');
  if (parts.length === 1) return ogImageParam('series', parts[0]);
  if (parts.length === 2) return ogImageParam('article', parts[0], parts[1]);
  return undefined;
}

describe('OG images in the build', () => {
  const pages = htmlFiles()
    .filter((f) => f !== '404.html')
    .map(pathOf);

  it('has one 1200×630 PNG per home, series and article page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) {
      const param = imageOf(page);
      expect(param, page).toBeDefined();
      const file = join(DIST, 'og', `${param}.png`);
      expect(existsSync(file), `${file} for /${page}`).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    }
  });
});
