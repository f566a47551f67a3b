import { describe, expect, it } from 'vitest';
import { ogInputSchema } from '../../../src/og/input.ts';

describe('ogInputSchema', () => {
  const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="${fill}"/></svg>`;

  it('takes a chart whose colours are attributes', () => {
    expect(ogInputSchema.safeParse({ title: '人才荒', chartSvg: svg('#0a58a8') }).success).toBe(true);
  });

  it('refuses var(), which the card renderer cannot compute, and says where colours go', () => {
    const result = ogInputSchema.safeParse({ title: '人才荒', chartSvg: svg('var(--c1)') });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toMatch(/var\(\).*attributes/);
  });

  it('refuses unknown fields, so a stale caller is noticed', () => {
    expect(ogInputSchema.safeParse({ title: '人才荒', colors: { '--c1': '#000' } }).success).toBe(false);
  });
});
