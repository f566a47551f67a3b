/** Value axes start at zero, end at a nice value at or above the data, and say their unit. */
import { describe, expect, it } from 'vitest';
import { axisFrame, valueAxis, zeroBased } from '../../../src/charts/axis.ts';
import { findAll, textOf } from '../../../src/charts/svg.ts';

describe('zeroBased', () => {
  it('starts at zero and ends at a nice value not below the largest figure', () => {
    for (const max of [7, 13_000_000_000, 0.49, 27_000]) {
      const [lo, hi] = zeroBased(max, [0, 500]).domain();
      expect(lo).toBe(0);
      expect(hi).toBeGreaterThanOrEqual(max);
      expect(hi).toBeLessThan(max * 2);
    }
  });

  it('refuses an axis without a positive maximum', () => {
    expect(() => zeroBased(0, [0, 100])).toThrow(/positive maximum/);
    expect(() => zeroBased(Number.NaN, [0, 100])).toThrow(/positive maximum/);
  });
});

describe('valueAxis', () => {
  const opts = { top: 0, bottom: 200, size: 12 };

  it('labels ticks in the unit’s Chinese scale and names the unit', () => {
    const x = zeroBased(13_000_000_000, [0, 500]);
    const texts = findAll(valueAxis(x, { ...opts, unit: 'USD' }), (n) => n.tag === 'text').flatMap((n) => textOf(n));
    expect(texts[0]).toBe('0');
    expect(texts.at(-1)).toMatch(/^单位：亿美元$/);
    // 140亿 is written 140 under a 亿美元 axis, not 14000000000.
    expect(texts.slice(0, -1).every((s) => Number(s) <= 200)).toBe(true);
  });

  it('writes shares and percents with a % sign and no unit line', () => {
    const share = findAll(valueAxis(zeroBased(0.5, [0, 500]), { ...opts, unit: 'share' }), (n) => n.tag === 'text').flatMap((n) => textOf(n));
    expect(share.at(-1)).toBe('50%');
    expect(share.some((s) => s.startsWith('单位'))).toBe(false);
    const pct = findAll(valueAxis(zeroBased(49, [0, 500]), { ...opts, unit: 'percent' }), (n) => n.tag === 'text').flatMap((n) => textOf(n));
    expect(pct.at(-1)).toBe('50%');
  });

  it('draws a gridline per tick from top to bottom, the zero line stronger', () => {
    const lines = findAll(valueAxis(zeroBased(100, [0, 500]), { ...opts, unit: 'people' }), (n) => n.tag === 'line');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect([l.attrs.y1, l.attrs.y2]).toEqual([0, 200]);
    expect(Number(lines[0].attrs['stroke-width'])).toBeGreaterThan(Number(lines[1].attrs['stroke-width']));
  });
});

describe('axisFrame', () => {
  it('leaves room under the plot for the tick labels and the unit line', () => {
    const svg = axisFrame(720, zeroBased(10, [100, 600]), { top: 0, bottom: 200, size: 12, unit: 'USD' });
    expect(svg.attrs.viewBox).toMatch(/^0 0 720 /);
    const height = Number(String(svg.attrs.viewBox).split(' ')[3]);
    const lowest = Math.max(...findAll(svg, (n) => n.tag === 'text').map((n) => Number(n.attrs.y)));
    expect(height).toBeGreaterThan(lowest);
  });
});
