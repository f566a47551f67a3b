/**
 * Where the site's content lives: content/ by default, another folder with
 * CONTENT_DIR (test fixtures, the benchmark corpus). Read when the build starts.
 */
import { join } from 'node:path';

export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

export const contentPaths = (dir = CONTENT_DIR) => ({
  reports: join(dir, 'reports'),
  articles: join(dir, 'articles'),
  /** One file per report with a dataset: content/changelog/<slug>.json. */
  changelog: (slug: string) => join(dir, 'changelog', `${slug}.json`),
  /** The site's identity: content/site.json. */
  site: join(dir, 'site.json'),
  /** Fixes for the 繁體 converter: content/editions/zh-hant.json (optional). */
  hantExceptions: join(dir, 'editions', 'zh-hant.json'),
});
