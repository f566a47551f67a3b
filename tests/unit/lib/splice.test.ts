import { describe, expect, it } from 'vitest';
import { spliced } from '../../../src/lib/splice.ts';

describe('spliced', () => {
  it('replaces, removes and inserts by offset, in any order given, leaving the rest as it was', () => {
    const html = '<p>微软<wbr>谷歌</p><figure></figure>';
    const edits = [
      { start: html.length, end: html.length, text: '<span></span>' },
      { start: 3, end: 5, text: '微軟' },
      { start: 5, end: 10, text: '' },
    ];
    expect(spliced(html, edits)).toBe('<p>微軟谷歌</p><figure></figure><span></span>');
    expect(edits[0].start, 'the edits are not reordered in place').toBe(html.length);
  });

  it('returns the page unchanged without edits', () => {
    expect(spliced('<p>x</p>', [])).toBe('<p>x</p>');
  });
});
