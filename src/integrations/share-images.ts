/**
 * Writes the build's share cards and posters into the output, last of all
 * build steps: the pool has been drawing them on every core since the pages
 * listed them (src/og/share-images.ts), while Astro rendered the pages, the
 * 繁體 edition was made and the search index built. Prints what was drawn
 * and what came from the cache.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handedOver } from '../og/handoff.ts';
import { cachedFile } from '../og/cache.ts';

export function shareImageFiles(): AstroIntegration {
  return {
    name: 'share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const batch = handedOver();
        if (!batch) return;
        const { files, drawn } = await batch;
        const line = await drawn;
        const root = fileURLToPath(dir);
        for (const f of files) {
          const from = cachedFile(f.cacheDir, f.key);
          if (!existsSync(from)) throw new Error(`share image ${f.file} was not drawn (${from} is missing)`);
          const to = join(root, f.file);
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(from, to);
        }
        logger.info(`${line}; ${files.length} written`);
      },
    },
  };
}
