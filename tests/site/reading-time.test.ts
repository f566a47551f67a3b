/**
 * The reading time in each article's byline, as a reader would check it: about
 * the time the article's own text takes at the rate we cite, counted in
 * characters (a word counter would give every Chinese article one minute), the
 * same in both editions, each in its own script.
 */
import { describe, expect, it } from 'vitest';
import { dom, htmlFiles } from '../support/dist.ts';
import { CHARS_PER_MINUTE, readingUnits } from '../../src/lib/reading-time.ts';
import { t } from '../../src/i18n/strings.ts';
import { hantConverter } from '../../src/edition/hant.ts';
import { loadHantExceptions } from '../../src/edition/exceptions.ts';

const articles = htmlFiles().filter((f) => !f.startsWith('zh-hant/') && dom(f).querySelector('article[data-pagefind-body]'));
const shown = (d: Document) => d.querySelector('article header .reading-time')?.textContent ?? '';
const minutesIn = (text: string) => Number(text.match(/\d+/)?.[0]);
/** What the reader reads: the title and the paragraphs, not the charts, their tables or the key points. */
const articleText = (d: Document) =>
  [
    d.querySelector('h1')!.textContent,
    ...[...d.querySelectorAll('.prose p')].filter((p) => !p.closest('figure, .chart')).map((p) => p.textContent),
  ].join('\n');

describe('reading time', () => {
  it('is in the byline of every article, worded as the site words it', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const f of articles) {
      const text = shown(dom(f));
      expect(text, f).toContain(t.readingTime(minutesIn(text)));
    }
  });

  it('is the article’s text at the cited rate, in whole minutes, at least one', () => {
    for (const f of articles) {
      const d = dom(f);
      const exact = readingUnits(articleText(d)) / CHARS_PER_MINUTE;
      const minutes = minutesIn(shown(d));
      expect(minutes, f).toBeGreaterThanOrEqual(1);
      // Rounded; the page's heading may differ by a few characters from the report line it comes from.
      expect(Math.abs(minutes - Math.max(1, exact)), `${f}: ${minutes} min for ${exact.toFixed(2)}`).toBeLessThanOrEqual(0.55);
    }
  });

  it('says the same in the 繁體 edition, in Traditional characters', () => {
    const toHant = hantConverter(loadHantExceptions(process.env.CONTENT_DIR ?? 'content'));
    for (const f of articles) expect(shown(dom(`zh-hant/${f}`)), f).toBe(toHant(shown(dom(f))));
  });
});
