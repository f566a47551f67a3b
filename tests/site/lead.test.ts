/**
 * Each article leads with a graphic: on a phone's first screen (360×740), after the
 * headline, stands its 数说 strip (two to four figures, each linking to its sentence
 * on the page) or a chart drawing, whole; the kicker does not repeat the headline.
 * For every article of every report in the build (an article that cites no figure,
 * of a report without a dataset, has nothing to lead with).
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';
import { dom, pathOf, simplifiedHtmlFiles } from '../support/dist.ts';

const site = useSite();
const articles = simplifiedHtmlFiles().filter((f) => dom(f).querySelector('article.article h1'));
const SCREEN = { width: 360, height: 740 };

describe('the first screen of an article', () => {
  it('exists in the build', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles)('%s leads with its figures or a chart, under a kicker that does not repeat the headline', async (file) => {
    const page = await site.open(pathOf(file), { viewport: SCREEN });
    const seen = await page.evaluate(() => {
      const h1 = document.querySelector('article h1')!;
      const kicker = document.querySelector('article .kicker')!.textContent!.replace(/\s+/g, '');
      const drawing = [...document.querySelectorAll('article .chart-frame > svg')].find((s) => s.getBoundingClientRect().width > 0);
      const strip = document.querySelector('article .key-figures');
      const lead = [strip, drawing]
        .filter((e): e is Element => Boolean(e))
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
      const box = lead?.getBoundingClientRect();
      const links = [...(strip?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')!);
      return {
        cites: document.querySelectorAll('article .cite').length,
        headline: h1.textContent!.replace(/\s+/g, ''),
        headlineBottom: h1.getBoundingClientRect().bottom,
        kicker,
        lead: lead && {
          top: box!.top,
          bottom: box!.bottom,
          figures: links.length,
          linked: links.every((h) => h.startsWith('#') && document.getElementById(h.slice(1))),
        },
      };
    });
    await page.close();
    expect(seen.kicker, 'the kicker repeats the headline').not.toContain(seen.headline);
    if (!seen.cites) return;
    expect(seen.lead, 'no 数说 strip or chart').toBeTruthy();
    expect(seen.lead!.top).toBeGreaterThan(seen.headlineBottom);
    expect(seen.lead!.bottom, 'the lead ends below the first screen').toBeLessThanOrEqual(SCREEN.height);
    if (seen.lead!.figures) {
      expect(seen.lead!.figures).toBeGreaterThanOrEqual(2);
      expect(seen.lead!.figures).toBeLessThanOrEqual(4);
      expect(seen.lead!.linked, 'a figure links to no sentence on the page').toBe(true);
    }
  });
});
