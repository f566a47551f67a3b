import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { escapeAttr, escapeText } from '../../../src/lib/escape.ts';

const hostile = ['<script>alert(1)</script>', '" onmouseover="x', 'a & b > c', '&amp; stays literal', '标题</text><text>'];

describe('escape', () => {
  it('keeps any string literal between tags and inside a double-quoted attribute', () => {
    for (const s of hostile) {
      const { document } = parseHTML(`<p title="${escapeAttr(s)}">${escapeText(s)}</p>`);
      const p = document.querySelector('p')!;
      expect(p.textContent).toBe(s);
      expect(p.getAttribute('title')).toBe(s);
      expect(p.children).toHaveLength(0);
      expect(p.attributes).toHaveLength(1);
    }
  });
});
