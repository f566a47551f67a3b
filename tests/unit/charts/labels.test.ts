/** Chart text: one <text>, one <tspan> per line, each line one line step under the last. */
import { describe, expect, it } from 'vitest';
import { TEXT, lineStep, sizesOf, textLines } from '../../../src/charts/labels.ts';
import { renderSvg, textOf } from '../../../src/charts/svg.ts';

describe('textLines', () => {
  it('sets one string as a plain <text>', () => {
    const node = textLines('微软', { x: 10, y: 20, size: 14 });
    expect(node.tag).toBe('text');
    expect(renderSvg(node)).not.toContain('<tspan');
    expect(textOf(node)).toEqual(['微软']);
  });

  it('sets several lines as tspans at the same x, each one line step down', () => {
    const node = textLines(['第一行', '第二行', '第三行'], { x: 5, y: 30, size: 14, anchor: 'end' });
    const spans = node.children as { attrs: Record<string, unknown> }[];
    expect(spans).toHaveLength(3);
    expect(spans.map((s) => s.attrs.x)).toEqual([5, 5, 5]);
    expect(spans.map((s) => s.attrs.dy)).toEqual([undefined, lineStep(14), lineStep(14)]);
    expect(node.attrs['text-anchor']).toBe('end');
  });

  it('draws a halo in the background colour unless told not to', () => {
    expect(textLines('x', { x: 0, y: 0, size: 12 }).attrs.class).toContain('s-bg');
    expect(textLines('x', { x: 0, y: 0, size: 12, halo: false }).attrs.class).not.toContain('s-bg');
  });
});

describe('sizes', () => {
  it('steps lines at 1.3 times the size (18 px for 14 px labels), and uses the default sizes unless a layout gives its own', () => {
    expect(lineStep(14)).toBe(18);
    expect(lineStep(26)).toBeGreaterThan(26);
    expect(sizesOf({})).toBe(TEXT);
    const big = { label: 26, value: 24, note: 22 };
    expect(sizesOf({ text: big })).toBe(big);
  });
});
