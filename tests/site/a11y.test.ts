/**
 * Accessibility: axe-core finds no violation on any built page, in light and
 * dark colour schemes, on a 360 px phone and a 1280 px desktop, and without
 * its scripts.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { enhanced, useSite } from '../support/site.ts';
import { simplifiedHtmlFiles, pathOf } from '../support/dist.ts';
import { hantSample } from '../support/templates.ts';

/** Every page, and the 繁體 twin of one page of each template. */
const pages = [...simplifiedHtmlFiles(), ...hantSample()];
const views = [
  ...[360, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme, scripts: true }))),
  // The page as readers without JavaScript get it: its enhancement scripts never arrive.
  { width: 1280, colorScheme: 'light' as const, scripts: false },
];

const site = useSite();

describe('axe-core', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('reports no violation on %s', async (file) => {
    const found: string[] = [];
    let checked = 0;
    for (const { width, colorScheme, scripts } of views) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      if (!scripts) await context.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(site.url + pathOf(file));
      // Check the page as it ends up, after its enhancement scripts have run.
      if (scripts) await enhanced(page);
      const { violations, passes } = await new AxeBuilder({ page }).analyze();
      checked += passes.length;
      for (const v of violations)
        found.push(`${width}px ${colorScheme}${scripts ? '' : ' without scripts'}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n    ')}`);
      await context.close();
    }
    // axe ran its rules on this page (an empty or unloaded page passes nothing).
    expect(checked).toBeGreaterThan(0);
    expect(found, found.join('\n')).toEqual([]);
  });
});
