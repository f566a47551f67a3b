/**
 * Draws many share cards at once on every core: the cards a build needs that are
 * not in the cache yet are split across worker threads, each of which draws its
 * share into the cache; the endpoint then only reads them. Drawing is ~0.2 s a
 * card and most of a clean build of a large site, so this is where cores pay.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isCached } from './cache.ts';
import { prepareCard, renderOgImage, type RenderOptions } from './render.ts';
import type { OgInput } from './input.ts';

/**
 * The worker's source. The build bundles this module, so its own URL says nothing
 * about where the source is: builds run from the project root (npm scripts), and
 * without the file the cards are drawn here, one after another.
 */
const WORKER = join(process.cwd(), 'src', 'og', 'worker.ts');
/** Below this many cards, starting workers costs more than it saves. */
const MIN_PER_WORKER = 4;

export interface PoolResult {
  drawn: number;
  cached: number;
  workers: number;
}

function runWorker(inputs: OgInput[], options: RenderOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { inputs, options } });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`share-card worker exited with code ${code}`))));
  });
}

export async function prerenderOgImages(inputs: OgInput[], options: RenderOptions = {}, cores = availableParallelism()): Promise<PoolResult> {
  const missing = inputs.filter((input) => {
    const { cacheDir, key } = prepareCard(input, options);
    return !isCached(cacheDir, key);
  });
  const workers = existsSync(WORKER) ? Math.min(cores, Math.floor(missing.length / MIN_PER_WORKER)) : 0;
  if (workers < 2) {
    for (const input of missing) await renderOgImage(input, options);
  } else {
    // Round robin, so cards with charts (slower) spread evenly.
    const shares = Array.from({ length: workers }, (_, w) => missing.filter((_, i) => i % workers === w));
    await Promise.all(shares.map((share) => runWorker(share, options)));
  }
  return { drawn: missing.length, cached: inputs.length - missing.length, workers: Math.max(workers, missing.length ? 1 : 0) };
}
