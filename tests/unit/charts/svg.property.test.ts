/** Chart SVG keeps any text as text. Hostile strings (tests/support/hostile-text.ts) as in lib/escape.property.test.ts. */
import fc from 'fast-check';
import { elements, hostileText, textOf } from '../../support/hostile-text.ts';
import { el, renderSvg } from '../../../src/charts/svg.ts';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';

const RUNS = { numRuns: 300 };

describe('hostile text stays text', () => {
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
});
