import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE, toneCss } from '../../../src/charts/palette.ts';
import { LIGHT } from '../../../src/styles/palette.ts';

describe('chart tones', () => {
  it('gives SVG fallbacks the light colours, for feeds and cards without page CSS', () => {
    for (const k of ['c1', 'c2', 'c3', 'c4', 'bg', 'text', 'muted'] as const) expect(PALETTE[k], k).toBe(LIGHT[k]);
    expect(PALETTE.other).toBe(LIGHT['c-other']);
  });

  it('maps every chart tone class to its token in chart-tones.css', () => {
    const file = readFileSync('src/styles/chart-tones.css', 'utf8');
    expect(file.slice(file.indexOf('\n') + 1).trim(), 'regenerate src/styles/chart-tones.css from toneCss()').toBe(toneCss());
  });
});
