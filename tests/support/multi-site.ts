/**
 * The site of many reports the tests read: the seed (content/) with the reports of
 * tests/fixtures/multi laid over it, ingested and built once per test run by
 * `npm run build:multi` (tools/build-multi.ts) into MULTI_DIST. tests/site/multi.test.ts,
 * the axe gate (tests/site/a11y.test.ts) and Lighthouse (tests/lighthouse/) all read that
 * one build; none builds it again.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simplifiedHtmlFiles } from './dist.ts';

export const MULTI_OVERLAY = 'tests/fixtures/multi';
export const MULTI_ROOT = process.env.MULTI_DIR ?? 'test-results/multi-site';
export const MULTI_CONTENT = join(MULTI_ROOT, 'content');
export const MULTI_DIST = join(MULTI_ROOT, 'dist');

/** The build's folder, or an error saying how to make it (a test file run on its own). */
export function multiDist(): string {
  if (!existsSync(join(MULTI_DIST, 'index.html'))) throw new Error(`${MULTI_DIST} holds no build: run \`npm run build:multi\` first (npm test does)`);
  return MULTI_DIST;
}

/** Slugs of the reports the overlay adds to the seed, sorted. */
export const overlayReports = (): string[] =>
  readdirSync(join(MULTI_OVERLAY, 'reports'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();

/** Ids of the charts the overlay's reports declare, in their files' order. */
export const overlayCharts = (): string[] =>
  overlayReports().flatMap((slug) => {
    const file = join(MULTI_OVERLAY, 'charts', `${slug}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).charts as { id: string }[]).map((c) => c.id) : [];
  });

/** Pages that list every report: they change with each report added. */
export const MULTI_LISTINGS = ['index.html', 'charts/index.html', 'data/index.html'] as const;

/**
 * The pages of the multi build's reports that have charts of their own (not the
 * seed's): each series page and article, then the first chart's page. The listings
 * (MULTI_LISTINGS) come apart. A report without charts renders with the same
 * templates, and multi.test.ts checks it has none.
 */
export function multiReportPages(dir = MULTI_DIST): string[] {
  const files = simplifiedHtmlFiles(dir);
  const charted = overlayReports().filter((slug) => existsSync(join(MULTI_OVERLAY, 'charts', `${slug}.json`)));
  const [chart] = overlayCharts();
  return [...charted.flatMap((slug) => files.filter((f) => f.startsWith(`${slug}/`))), ...(chart ? [`charts/${chart}/index.html`] : [])];
}
