// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { hantEdition, HANT_SITEMAP } from './src/integrations/hant-edition.ts';
import { EDITIONS, toHantPath } from './src/edition/paths.ts';
import { ENHANCE_LOADER_DIGEST } from './src/lib/enhance-loader.mjs';

/** Where the site is served: SITE is the origin, BASE the sub-path (e.g. /ai-talent/). */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';
// Astro would let a BASE_URL in the environment (test runners set one) override `base` in page
// code; BASE is the one setting for the sub-path.
delete process.env.BASE_URL;
/** CONTENT_DIR builds another content folder (fixtures, the benchmark corpus) into OUT_DIR. */
const contentDir = process.env.CONTENT_DIR;
const cacheKey = contentDir ? contentDir.replace(/[^a-z0-9]+/gi, '-') : '';

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
      customSitemaps: [new URL(base.replace(/\/?$/, '/') + HANT_SITEMAP, site).href],
      serialize: (item) => {
        const below = new URL(item.url).pathname.slice(base.replace(/\/?$/, '/').length);
        const hant = new URL(base.replace(/\/?$/, '/') + toHantPath(below), site).href;
        return { ...item, links: [{ lang: EDITIONS.hans, url: item.url }, { lang: EDITIONS.hant, url: hant }, { lang: 'x-default', url: item.url }] };
      },
    }),
    hantEdition({ contentDir, inSitemap: (path) => !path.includes('embed/') && path !== '404.html' }),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: (file) => (/\.(css|m?js)$/.test(file) ? false : undefined) } },
  // Content-Security-Policy <meta> in every page; Astro adds script-src/style-src with the
  // hashes of the page's inline code. public/_headers sends the same policy without hashes:
  // keep both equal (tests/site/security.test.ts). 'wasm-unsafe-eval' lets the search page
  // compile Pagefind's WebAssembly; it allows no JavaScript eval.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // The one inline script besides Astro's own: the loader of the enhancement scripts.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [ENHANCE_LOADER_DIGEST] },
    },
  },
});
