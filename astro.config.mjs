// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

/** Where the site is served: SITE is the origin, BASE the sub-path (e.g. /ai-talent/). */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Smart punctuation would rewrite the report's quotes and dashes: keep it verbatim.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
