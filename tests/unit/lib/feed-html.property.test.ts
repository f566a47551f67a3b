/** The feed keeps any text as text and drops what could run. Hostile strings (tests/support/hostile-text.ts) as in lib/escape.property.test.ts. */
import fc from 'fast-check';
import { elements, hostileText, textOf } from '../../support/hostile-text.ts';
import { escapeAttr, escapeText } from '../../../src/lib/escape.ts';
import { feedHtml } from '../../../src/lib/feed-html.ts';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';

describe('hostile text stays text', () => {
  it('in the feed: whole, and no script, style or handler, and links only to http(s) and mailto', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (s, href) => {
        const page = `<h2 aria-label="${escapeAttr(s)}">${escapeText(s)}</h2><p>${escapeText(s)}<a href="${escapeAttr(href)}">${escapeText(s)}</a></p><script>x()</script>`;
        const tree = fromHtml(feedHtml(page, 'https://news.example.com/a/'), { fragment: true });
        const els = elements(tree);
        for (const e of els) {
          expect(['h2', 'p', 'a']).toContain(e.tagName);
          for (const k of Object.keys(e.properties)) expect(k).not.toMatch(/^on/i);
          if (e.tagName === 'a' && e.properties.href !== undefined) expect(String(e.properties.href)).toMatch(/^(https?:|mailto:)/i);
        }
        expect(textOf(els.find((e) => e.tagName === 'h2')!)).toBe(s);
        expect(textOf(els.find((e) => e.tagName === 'p')!)).toBe(s + s);
      }),
      { numRuns: 150 },
    );
  });
});
