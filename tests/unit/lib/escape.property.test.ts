/**
 * Property-based: random and hostile strings, as an editor could write them in
 * any free-text field (report lines, record quotes and names, chart titles and
 * notes, meta), through every producer of markup and files the pages, feed,
 * CSV and JSON-LD use. Each output is parsed back (hast, d3-dsv, JSON) and must
 * hold the text whole and literal, with no element, attribute or URL scheme
 * the site did not write. Runs on producers directly, so it is fast enough for
 * every CI run with many cases; tests/site/hostile-build.property.test.ts takes
 * such strings through ingest and a whole build (few cases: each is a build).
 */
import fc from 'fast-check';
import { elements, hostileText, textOf } from '../../support/hostile-text.ts';
import { csvFormatRow, csvParseRows } from 'd3-dsv';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText } from '../../../src/lib/escape.ts';
import { feedHtml } from '../../../src/lib/feed-html.ts';
import { jsonForScript } from '../../../src/lib/structured-data.ts';
import { spreadsheetSafe } from '../../../src/data/csv.ts';
import { el, renderSvg } from '../../../src/charts/svg.ts';

const RUNS = { numRuns: 300 };

describe('hostile text stays text', () => {
  it('in element text and attributes (pages, embed code, QR labels)', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const tree = fromHtml(`<p title="${escapeAttr(s)}">${escapeText(s)}</p>`, { fragment: true });
        const els = elements(tree);
        expect(els.map((e) => e.tagName)).toEqual(['p']);
        expect(Object.keys(els[0].properties)).toEqual(['title']);
        expect(els[0].properties.title).toBe(s);
        expect(textOf(tree)).toBe(s);
      }),
      RUNS,
    );
  });

  it('in chart SVG text and aria-labels', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const svg = renderSvg(el('svg', { 'aria-label': s }, el('title', {}, s), el('text', { x: 1 }, s)));
        const tree = fromHtml(`<div>${svg}</div>`, { fragment: true });
        expect(elements(tree).map((e) => e.tagName)).toEqual(['div', 'svg', 'title', 'text']);
        const [, root, title, text] = elements(tree);
        expect(root.properties.ariaLabel).toBe(s);
        expect(Object.keys(root.properties)).toEqual(['ariaLabel']);
        expect(textOf(title)).toBe(s);
        expect(textOf(text)).toBe(s);
      }),
      RUNS,
    );
  });

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

  it('in JSON-LD: the script ends where the site ends it, and the value reads back', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const tree = fromHtml(`<script type="application/ld+json">${jsonForScript({ name: s })}</script><p>after</p>`, { fragment: true });
        const els = elements(tree);
        expect(els.map((e) => e.tagName)).toEqual(['script', 'p']);
        expect(JSON.parse(textOf(els[0])).name).toBe(s);
      }),
      RUNS,
    );
  });

  it('in the CSV: one cell that reads back, never a formula', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const cell = spreadsheetSafe(s);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        const rows = csvParseRows(csvFormatRow(['id', cell]));
        expect(rows).toEqual([['id', cell]]);
        expect(cell.startsWith("'") && cell !== s ? cell.slice(1) : cell).toBe(s);
      }),
      RUNS,
    );
  });
});
