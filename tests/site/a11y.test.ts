/**
 * Accessibility: axe-core finds no violation on any built page, in light and
 * dark colour schemes, on a 360 px phone and a 1280 px desktop, and without
 * its scripts; and on the 繁體 twins of one page per template (twinViews).
 * The site of many reports (npm run build:multi) is checked too: the pages of
 * its other report in the four views with scripts (the page without them is
 * the same markup, checked above), and the pages that list every report, whose
 * styles the seed's build checks in every view, in twinViews.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { enhanced, useSite, type Site } from '../support/site.ts';
import { simplifiedHtmlFiles, pathOf } from '../support/dist.ts';
import { hantSample } from '../support/templates.ts';
import { MULTI_LISTINGS, multiDist, multiReportPages } from '../support/multi-site.ts';

type View = { width: number; colorScheme: 'light' | 'dark'; scripts: boolean };
const views: View[] = [
  ...[360, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme, scripts: true }))),
  // The page as readers without JavaScript get it: its enhancement scripts never arrive.
  { width: 1280, colorScheme: 'light' as const, scripts: false },
];
/**
 * A 繁體 twin has its page's markup, stylesheet and colours with other characters:
 * each scheme and each width once (a phone in dark, a desktop in light) finds what
 * the conversion could break; every view of every page costs an axe run of 3–9 s.
 */
const twinViews = views.filter((v) => v.scripts && (v.width === 360) === (v.colorScheme === 'dark'));
/** Every page in every view, and the 繁體 twin of one page of each template. */
const pages = [...simplifiedHtmlFiles().map((f) => [f, views] as const), ...hantSample().map((f) => [f, twinViews] as const)];

const site = useSite();
const multiDir = multiDist();
const multi = useSite(multiDir);
const multiViews = views.filter((v) => v.scripts);

/** Every violation axe finds on one page in each view, in words; throws when axe checked nothing. */
async function violations(on: Site, file: string, pageViews: readonly View[]): Promise<string[]> {
  const found: string[] = [];
  let checked = 0;
  for (const { width, colorScheme, scripts } of pageViews) {
    const context = await on.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    if (!scripts) await context.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(on.url + pathOf(file));
    // Check the page as it ends up, after its enhancement scripts have run.
    if (scripts) await enhanced(page);
    const { violations, passes } = await new AxeBuilder({ page }).analyze();
    checked += passes.length;
    for (const v of violations)
      found.push(
        `${width}px ${colorScheme}${scripts ? '' : ' without scripts'}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n    ')}`,
      );
    await context.close();
  }
  // axe ran its rules on this page (an empty or unloaded page passes nothing).
  expect(checked, `${file}: axe checked nothing`).toBeGreaterThan(0);
  return found;
}

describe('axe-core', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('reports no violation on %s', async (file, pageViews) => {
    const found = await violations(site, file, pageViews);
    expect(found, found.join('\n')).toEqual([]);
  });
});

describe('axe-core on the site of many reports', () => {
  const multiPages = [...multiReportPages(multiDir).map((f) => [f, multiViews] as const), ...MULTI_LISTINGS.map((f) => [f, twinViews] as const)];
  it.each(multiPages)(
    'reports no violation on %s',
    async (file, pageViews) => {
      const found = await violations(multi, file, pageViews);
      expect(found, found.join('\n')).toEqual([]);
    },
    300_000,
  );
});
