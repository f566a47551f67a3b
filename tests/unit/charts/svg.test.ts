import { describe, expect, it } from 'vitest';
import { el, renderSvg } from '../../../src/charts/svg.ts';

describe('renderSvg', () => {
  it('escapes text and attributes, so data can never become markup', () => {
    const svg = renderSvg(el('text', { 'data-tip': '"><script>x</script>' }, '<b>&</b>'));
    expect(svg).toBe('<text data-tip="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&lt;b&gt;&amp;&lt;/b&gt;</text>');
  });

  it('rounds coordinates so output is stable', () => {
    expect(renderSvg(el('rect', { x: 1 / 3, width: 10.06 }))).toBe('<rect x="0.3" width="10.1"/>');
  });
});
