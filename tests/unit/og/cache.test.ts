import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogStats, renderOgImage } from '../../../src/og/render.ts';
import { cached, cacheKey, OG_VERSION } from '../../../src/og/cache.ts';

const input = { title: '巨头加码AI创企', kicker: '第2篇', footer: 'AI人才战·图解 · 原文：21世纪经济报道' };
const pngsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.png'));

describe('OG image cache', () => {
  it('returns the stored PNG for the same input without drawing it again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const before = { ...ogStats };
    const first = await renderOgImage(input, { cacheDir });
    const [file] = pngsIn(cacheDir);
    const mtime = statSync(join(cacheDir, file)).mtimeMs;

    const second = await renderOgImage({ ...input }, { cacheDir });
    expect(ogStats.rendered - before.rendered).toBe(1);
    expect(ogStats.fromCache - before.fromCache).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect(statSync(join(cacheDir, file)).mtimeMs).toBe(mtime);
    expect(pngsIn(cacheDir)).toEqual([file]);
  });

  it('draws again when anything on the card changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    await renderOgImage(input, { cacheDir });
    await renderOgImage({ ...input, footer: 'AI人才战·图解' }, { cacheDir });
    await renderOgImage(
      { ...input, chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#000"/></svg>' },
      { cacheDir },
    );
    await renderOgImage(
      { ...input, chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#fff"/></svg>' },
      { cacheDir },
    );
    expect(pngsIn(cacheDir)).toHaveLength(4);
  });

  it('keys on the renderer and font versions too', () => {
    expect(OG_VERSION).toMatch(/satori@\d/);
    expect(OG_VERSION).toMatch(/resvg@\d/);
    expect(OG_VERSION).toMatch(/noto-sans-sc@\d/);
    expect(cacheKey({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ a: 1 })).not.toBe(cacheKey({ a: 2 }));
  });

  it('draws again over a damaged cache file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    writeFileSync(join(dir, 'k.png'), 'not a png');
    let draws = 0;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]);
    const produce = async () => (draws++, png);
    expect((await cached(dir, 'k', produce)).hit).toBe(false);
    expect((await cached(dir, 'k', produce)).hit).toBe(true);
    expect(draws).toBe(1);
  });
});
