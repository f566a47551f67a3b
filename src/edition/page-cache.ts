/**
 * 繁體 pages kept by content hash, like the share images: a page whose
 * Simplified HTML, address, links and converter are unchanged is not converted
 * again. The key covers the converter's own code and OpenCC's version, so an
 * edit to either converts every page anew; entries are never wrong, only stale
 * (delete the folder to prune).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { versionOf } from '../lib/package-version.ts';
import type { PairCounts } from './script-map.ts';

export const HANT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'hant');

/** What a converted page is made of: its code (these files), the dictionary's and the tokenizer's versions. */
const CODE = ['html.ts', 'values.ts', 'hant.ts', 'script-map.ts', '../lib/splice.ts'].map((f) => readFileSync(new URL(`./${f}`, import.meta.url)));
const TOOLS = `opencc-js@${versionOf('opencc-js')}|htmlparser2@${versionOf('htmlparser2')}`;

export interface CachedPage {
  html: string;
  /** The characters the page's conversion changed (src/edition/script-map.ts), for the search pages. */
  pairs: PairCounts;
}

export function pageKey(material: unknown): string {
  const hash = createHash('sha256').update(`${TOOLS}\0`);
  for (const code of CODE) hash.update(code).update('\0');
  return hash.update(JSON.stringify(material)).digest('hex');
}

const fileOf = (dir: string, key: string) => join(dir, `${key}.json`);

export function cachedPage(key: string, dir = HANT_CACHE_DIR): CachedPage | undefined {
  const file = fileOf(dir, key);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CachedPage;
  } catch {
    return undefined;
  }
}

export function keepPage(key: string, page: CachedPage, dir = HANT_CACHE_DIR): void {
  writeFileAtomic(fileOf(dir, key), JSON.stringify(page));
}
