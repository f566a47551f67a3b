/**
 * Builds the Pagefind search index into <outDir>/pagefind/ at the end of every
 * `astro build` (whatever OUT_DIR says), so every build has working search.
 * Pages opt in with `data-pagefind-body` (articles do); what is not the
 * article's own words is left out here, in one place.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { withSectionEnds } from './pagefind-sections.ts';
import { withoutPhraseBreaks } from '../lib/phrase-html.ts';

/** Chrome inside an article: the same on every page, or UI words rather than content. */
const EXCLUDE = [
  '.kicker', // series name and position (the series is a filter instead)
  '.byline',
  '.credit',
  '.series-nav', // titles of the neighbouring articles
  '.share', // share buttons
  '.chart-meta', // chart notes, source line, links to the chart page and data
  '.chart-data summary', // "查看数据表"
  '.chart-data caption', // repeats the chart title
  '.chart-data thead', // column names
];

/** "a/b/index.html" -> "/a/b/": the page's path below the base (Pagefind adds baseUrl in the browser). */
export const pageUrl = (file: string) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

const htmlFilesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();

async function check<T extends { errors: string[] }>(step: string, r: Promise<T>): Promise<T> {
  const done = await r;
  if (done.errors.length) throw new Error(`pagefind ${step}: ${done.errors.join('; ')}`);
  return done;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index } = await check('createIndex', pagefind.createIndex({ excludeSelectors: EXCLUDE }));
          let pages = 0;
          for (const file of htmlFilesIn(root)) {
            // The index gets the text as written: the phrase breaks are for line setting only.
            const html = readFileSync(join(root, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            await check(file, index!.addHTMLFile({ url: pageUrl(file), content: withSectionEnds(withoutPhraseBreaks(html)) }));
            pages++;
          }
          await check('writeFiles', index!.writeFiles({ outputPath: join(root, 'pagefind') }));
          logger.info(`search index: ${pages} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
