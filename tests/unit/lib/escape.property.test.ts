/**
 * Property-based: random and hostile strings, as an editor could write them in
 * any free-text field (report lines, record quotes and names, chart titles and
 * notes, meta), through every producer of markup and files the pages, feed,
 * CSV and JSON-LD use: this file the HTML escapers, and one `.property.test.ts`
 * beside the test of each other producer (charts/svg, lib/feed-html,
 * lib/structured-data, data/csv). Each output is parsed back (hast, d3-dsv, JSON) and must
 * hold the text whole and literal, with no element, attribute or URL scheme
 * the site did not write. Runs on producers directly, so it is fast enough for
 * every CI run with many cases; tests/site/hostile-build.property.test.ts takes
 * such strings through ingest and a whole build (few cases: each is a build).
 */
import fc from 'fast-check';
import { elements, hostileText, textOf } from '../../support/hostile-text.ts';
import { escapeAttr, escapeText } from '../../../src/lib/escape.ts';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';

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
});
