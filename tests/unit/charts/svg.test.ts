import { describe, expect, it } from 'vitest';
import { el, renderSvg, textOf } from '../../../src/charts/svg.ts';
import { mark } from '../../../src/charts/mark.ts';
import { buildChart } from '../../../src/charts/build.ts';
import { inputFor } from './fixtures.ts';
import { CHART_TYPES } from '../../../src/schemas/chart-spec.ts';

describe('renderSvg', () => {
  it('escapes text and attributes, so data can never become markup', () => {
    const svg = renderSvg(el('text', { 'data-tip': '"><script>x</script>' }, '<b>&</b>'));
    expect(svg).toBe('<text data-tip="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&lt;b&gt;&amp;&lt;/b&gt;</text>');
  });

  it('rounds coordinates so output is stable', () => {
    expect(renderSvg(el('rect', { x: 1 / 3, width: 10.06 }))).toBe('<rect x="0.3" width="10.1"/>');
  });
});

describe('mark', () => {
  it('is a link named for screen readers, with a tooltip and a no-JS title', () => {
    const m = mark({ record: 'r', href: '/a/#src-r', text: '微软：130亿美元' }, el('rect', {}));
    expect(m.attrs).toMatchObject({ class: 'mark', href: '/a/#src-r', 'aria-label': '微软：130亿美元。查看原文句子', 'data-tip': '微软：130亿美元' });
    expect(textOf(m)).toEqual([]);
    expect(renderSvg(m)).toContain('<title>微软：130亿美元</title>');
  });

  it('stays reachable by keyboard when there is no sentence to link to', () => {
    const m = mark({ record: 'r', text: 'x' });
    expect(m.attrs.tabindex).toBe(0);
    expect(m.attrs.href).toBeUndefined();
  });
});

describe('buildChart', () => {
  it('builds every chart type at both widths with unique ids per layout', () => {
    for (const type of CHART_TYPES) {
      const built = buildChart(type, inputFor(type), `chart-${type}`);
      expect(built.narrow).toMatch(/^<svg[^>]* viewBox="0 0 340 \d+"/);
      expect(built.wide).toMatch(/^<svg[^>]* viewBox="0 0 720 \d+"/);
      expect(built.narrow).toContain(`aria-labelledby="chart-${type}-title"`);
      const ids = [...(built.narrow + built.wide).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(built.summary.length).toBeGreaterThan(10);
    }
  });
});
