import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN, LAYOUTS, MAX_SCALE, PRINT_WIDTH, layoutClass, layoutCss, layoutsUpTo, upperBound } from '../../../src/charts/layouts.ts';

describe('chart layout widths', () => {
  it('shows each drawing between 0.9 and 1.11 of its size, so its text keeps its px size', () => {
    LAYOUTS.forEach((l, i) => {
      if (i > 0) expect(l.from / l.width, `${l.width} from ${l.from}`).toBeGreaterThanOrEqual(0.9);
      expect(upperBound(i) / l.width, `${l.width} up to ${upperBound(i)}`).toBeLessThanOrEqual(MAX_SCALE + 0.01);
    });
  });

  it('covers every container width from 0, widest last, labels above marks only on narrow ones', () => {
    expect(LAYOUTS[0].from).toBe(0);
    for (let i = 1; i < LAYOUTS.length; i++) {
      expect(LAYOUTS[i].width).toBeGreaterThan(LAYOUTS[i - 1].width);
      expect(LAYOUTS[i].from).toBeGreaterThan(LAYOUTS[i - 1].from);
      if (LAYOUTS[i].narrow) expect(LAYOUTS[i - 1].narrow).toBe(true);
    }
  });

  it('draws the page column itself, which pages carry up to and print', () => {
    expect(LAYOUTS.map((l) => l.width)).toContain(COLUMN);
    expect(PRINT_WIDTH).toBe(COLUMN);
    expect(layoutsUpTo(COLUMN).at(-1)!.width).toBe(COLUMN);
    expect(layoutsUpTo()).toEqual(LAYOUTS);
  });

  it('marks the narrowest drawing as the one feeds keep, and no other', () => {
    expect(LAYOUTS.map(layoutClass).filter((c) => c.split(' ').includes('layout-base'))).toEqual([layoutClass(LAYOUTS[0])]);
  });

  it('is what src/styles/chart-layouts.css says', () => {
    const file = readFileSync('src/styles/chart-layouts.css', 'utf8');
    expect(file.slice(file.indexOf('\n') + 1).trim(), 'regenerate src/styles/chart-layouts.css from layoutCss()').toBe(layoutCss());
  });
});
