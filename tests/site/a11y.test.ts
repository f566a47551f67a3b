/**
 * Accessibility: axe-core finds no violation on any built page, in light and
 * dark colour schemes, on a 360 px phone and a 1280 px desktop, and without
 * its scripts; and on the 繁體 twins of one page per template (twinViews).
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { enhanced, useSite } from '../support/site.ts';
import { simplifiedHtmlFiles, pathOf } from '../support/dist.ts';
import { hantSample } from '../support/templates.ts';

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

describe('axe-core', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('reports no violation on %s', async (file, pageViews) => {
    const found: string[] = [];
    let checked = 0;
    for (const { width, colorScheme, scripts } of pageViews) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      if (!scripts) await context.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(site.url + pathOf(file));
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
    expect(checked).toBeGreaterThan(0);
    expect(found, found.join('\n')).toEqual([]);
  });
});
