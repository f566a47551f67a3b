/** JSON-LD keeps any text as data inside its script. Hostile strings (tests/support/hostile-text.ts) as in lib/escape.property.test.ts. */
import fc from 'fast-check';
import { elements, hostileText, textOf } from '../../support/hostile-text.ts';
import { jsonForScript } from '../../../src/lib/structured-data.ts';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';

const RUNS = { numRuns: 300 };

describe('hostile text stays text', () => {
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
});
