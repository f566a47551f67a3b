// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { hantEdition, HANT_SITEMAP } from './src/integrations/hant-edition.ts';
import { EDITIONS, toHantPath } from './src/edition/paths.ts';
import { pageHeaders } from './src/integrations/headers.ts';
import { shareImageFiles } from './src/integrations/share-images.ts';

// resvg-js allocates with mimalloc, which hands freed memory back to the OS after 10 ms, so every
// share image faults its 3-4.5 MB pixmap in anew: 4.2 million page faults and 19 s of system time in
// a both-editions corpus build, 1.1 million and 14 s with the memory kept. Read when resvg loads.
process.env.MIMALLOC_PURGE_DELAY ??= '-1';

/** Where the site is served: SITE is the origin, BASE the sub-path (e.g. /ai-talent/). */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';
// Astro would let a BASE_URL in the environment (test runners set one) override `base` in page
// code; BASE is the one setting for the sub-path.
delete process.env.BASE_URL;
/** CONTENT_DIR builds another content folder (fixtures, the benchmark corpus) into OUT_DIR. */
const contentDir = process.env.CONTENT_DIR;
const cacheKey = contentDir ? contentDir.replace(/[^a-z0-9]+/gi, '-') : '';
/** Whether the 繁體 edition is built (content/site.json); a missing or bad file is reported by the build itself. */
const hantOn = await import('./src/site/config.ts').then(
  (m) => m.siteConfig.traditionalEdition,
  () => true,
);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Scripts and stylesheets stay files under /_astro/, never inlined however small: a site-wide
  // CSP header (public/_headers) allows 'self' but cannot list per-page hashes of inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Keep the content cache of another content folder apart from the site's own.
  cacheDir: cacheKey ? `./node_modules/.astro-${cacheKey}` : './node_modules/.astro',
  // Articles are paragraphs and components only. Smart punctuation would rewrite the
  // report's quotes and dashes, and GFM autolinks URLs even through escapes: both off.
  markdown: { processor: satteri({ features: { smartPunctuation: false, gfm: false } }) },
  integrations: [
    mdx(),
    // Canonical pages only: embeds are for iframes (404 is left out by the integration itself).
    // Each page lists its 繁體 alternate; the 繁體 pages have their own sitemap, in the same index.
    sitemap({
      filter: (page) => !new URL(page).pathname.includes('/embed/'),
      customSitemaps: hantOn ? [new URL(base.replace(/\/?$/, '/') + HANT_SITEMAP, site).href] : [],
      serialize: (item) => {
        if (!hantOn) return item;
        const below = new URL(item.url).pathname.slice(base.replace(/\/?$/, '/').length);
        const hant = new URL(base.replace(/\/?$/, '/') + toHantPath(below), site).href;
        return {
          ...item,
          links: [
            { lang: EDITIONS.hans, url: item.url },
            { lang: EDITIONS.hant, url: hant },
            { lang: 'x-default', url: item.url },
          ],
        };
      },
    }),
    ...(hantOn ? [hantEdition({ contentDir, inSitemap: (path) => !path.includes('embed/') && path !== '404.html' })] : []),
    pagefindIndex(),
    pageHeaders(),
    // Last: the share images have been drawing on every core since the pages listed them.
    shareImageFiles(),
  ],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: (file) => (/\.(css|m?js)$/.test(file) ? false : undefined) } },
  // No Astro CSP: src/middleware.ts writes each page's Content-Security-Policy <meta> with only
  // the hashes that page needs (src/security/policy.ts), and src/integrations/headers.ts writes
  // the same policy per page into dist/_headers.
});
