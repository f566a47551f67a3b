import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prerenderImages, prerenderOgImages } from '../../../src/og/pool.ts';
import { layoutPoster } from '../../../src/poster/layout.ts';
import { ogStats, renderOgImage } from '../../../src/og/render.ts';

const cards = Array.from({ length: 8 }, (_, i) => ({ title: `测试卡片第${i + 1}张`, kicker: '系列', footer: '原文：测试' }));

describe('prerenderOgImages', () => {
  it('draws every missing card on two workers into the cache, the same pixels as one by one', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    const result = await prerenderOgImages(cards, { cacheDir }, 2);
    expect(result).toEqual({ drawn: 8, cached: 0, workers: 2 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(8);
    // Afterwards every card is a cache hit, and equal to a card drawn in this thread.
    const before = ogStats.fromCache;
    const pooled = await renderOgImage(cards[3], { cacheDir });
    expect(ogStats.fromCache - before).toBe(1);
    const alone = await renderOgImage(cards[3], { cacheDir: mkdtempSync(join(tmpdir(), 'og-pool-')) });
    expect(pooled.equals(alone)).toBe(true);
  }, 60_000);

  it('draws nothing that is cached, and few cards without starting workers', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    expect(await prerenderOgImages(cards.slice(0, 3), { cacheDir }, 2)).toEqual({ drawn: 3, cached: 0, workers: 1 });
    expect(await prerenderOgImages(cards.slice(0, 3), { cacheDir }, 2)).toEqual({ drawn: 0, cached: 3, workers: 0 });
  }, 60_000);

  it('draws a card two pages share once', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    expect(await prerenderOgImages([cards[0], { ...cards[0] }, cards[1]], { cacheDir }, 1)).toEqual({ drawn: 2, cached: 1, workers: 1 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  }, 60_000);

  it('draws cards and posters in one pool, and counts each kind', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    const poster = (i: number) => layoutPoster({ url: `https://x.example/${i}/`, title: `测试海报第${i}张`, site: '测试站' });
    const jobs = [
      ...cards.slice(0, 4).map((input) => ({ kind: 'card' as const, input })),
      ...[1, 2, 3, 4].map((i) => ({ kind: 'poster' as const, input: poster(i) })),
    ];
    expect(await prerenderImages(jobs, { cacheDir }, 2)).toEqual({
      drawn: 8,
      cached: 0,
      workers: 2,
      byKind: { card: { drawn: 4, cached: 0 }, poster: { drawn: 4, cached: 0 } },
    });
    expect((await prerenderImages(jobs, { cacheDir }, 2)).byKind).toEqual({ card: { drawn: 0, cached: 4 }, poster: { drawn: 0, cached: 4 } });
  }, 120_000);
});
