/**
 * PNGs on disk, keyed by a SHA-256 of everything that decides their pixels, so
 * a warm build never draws the same card twice. Keys are never reused for other
 * content, so old entries are only stale, never wrong: delete the folder to prune.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_VERSION } from './subsets.ts';
import { versionOf } from '../lib/package-version.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';

/** Bump when the drawing changes outside the card tree (font conversion, chart outlining, resvg options, PNG encoding). */
const PIPELINE_REVISION = 3;

export const OG_VERSION = `og-${PIPELINE_REVISION}|satori@${versionOf('satori')}|resvg@${versionOf('@resvg/resvg-js')}|sharp@${versionOf('sharp')}|noto-sans-sc@${FONT_VERSION}`;

export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og');

export function cacheKey(material: unknown): string {
  return createHash('sha256').update(OG_VERSION).update('\0').update(JSON.stringify(material)).digest('hex');
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Where the PNG of a key is kept. */
export const cachedFile = (dir: string, key: string) => join(dir, `${key}.png`);
const fileOf = cachedFile;

/** Whether a card is cached; files are renamed into place whole, so being there is enough. */
export const isCached = (dir: string, key: string) => existsSync(fileOf(dir, key));

/** The cached PNG for `key`, if a whole one is there. */
export function cachedPng(dir: string, key: string): Buffer | undefined {
  const file = fileOf(dir, key);
  if (!existsSync(file)) return undefined;
  const png = readFileSync(file);
  return png.subarray(0, 8).equals(PNG_SIGNATURE) ? png : undefined;
}

/** The cached PNG for `key`, or `produce()`'s, stored for next time. */
export async function cached(dir: string, key: string, produce: () => Promise<Buffer>): Promise<{ png: Buffer; hit: boolean }> {
  const file = fileOf(dir, key);
  const hit = cachedPng(dir, key);
  if (hit) return { png: hit, hit: true };
  const png = await produce();
  writeFileAtomic(file, png);
  return { png, hit: false };
}
