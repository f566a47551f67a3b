/**
 * Draws many share images at once on every core: the cards and posters a build
 * needs that are not in the cache yet are split across worker threads, each of
 * which draws its share into the cache; the endpoints then only read them.
 * Drawing is ~0.2 s a card (more for a poster) and most of a clean build of a
 * large site, so this is where cores pay.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isCached } from './cache.ts';
import { drawPrepared, prepareImage, type ImageJob, type ImageKind, type PreparedImage } from './jobs.ts';
import type { RenderOptions } from './render.ts';
import type { OgInput } from './input.ts';

/**
 * The worker's source. The build bundles this module, so its own URL says nothing
 * about where the source is: builds run from the project root (npm scripts), and
 * without the file the images are drawn here, one after another.
 */
const WORKER = join(process.cwd(), 'src', 'og', 'worker.ts');
/** Below this many images, starting workers costs more than it saves. */
const MIN_PER_WORKER = 4;

export interface PoolResult {
  drawn: number;
  cached: number;
  workers: number;
}

export interface ImagesResult extends PoolResult {
  /** Drawn and cached, by kind of image. */
  byKind: Record<ImageKind, { drawn: number; cached: number }>;
}

function runWorker(images: PreparedImage[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { images } });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`share-image worker exited with code ${code}`))));
  });
}

export async function prerenderImages(jobs: ImageJob[], options: RenderOptions = {}, cores = availableParallelism()): Promise<ImagesResult> {
  return drawMissing(
    jobs.map((job) => prepareImage(job, options)),
    cores,
  );
}

/** Draws the prepared images the cache lacks. */
export async function drawMissing(images: PreparedImage[], cores = availableParallelism()): Promise<ImagesResult> {
  // An image two pages share (same pixels, same key) is drawn once.
  const keys = new Set<string>();
  const missing = images.filter(({ prepared: { cacheDir, key } }) => {
    if (isCached(cacheDir, key) || keys.has(key)) return false;
    keys.add(key);
    return true;
  });
  const workers = existsSync(WORKER) ? Math.min(cores, Math.floor(missing.length / MIN_PER_WORKER)) : 0;
  if (workers < 2) {
    for (const image of missing) await drawPrepared(image);
  } else {
    // Round robin, so the slower images (charts, posters) spread evenly.
    const shares = Array.from({ length: workers }, (_, w) => missing.filter((_, i) => i % workers === w));
    await Promise.all(shares.map((share) => runWorker(share)));
  }
  const count = (kind: ImageKind) => {
    const all = images.filter((j) => j.kind === kind).length;
    const drawn = missing.filter((j) => j.kind === kind).length;
    return { drawn, cached: all - drawn };
  };
  return {
    drawn: missing.length,
    cached: images.length - missing.length,
    workers: Math.max(workers, missing.length ? 1 : 0),
    byKind: { card: count('card'), poster: count('poster') },
  };
}

/** Share cards only. */
export async function prerenderOgImages(inputs: OgInput[], options: RenderOptions = {}, cores = availableParallelism()): Promise<PoolResult> {
  const { drawn, cached, workers } = await prerenderImages(
    inputs.map((input) => ({ kind: 'card', input })),
    options,
    cores,
  );
  return { drawn, cached, workers };
}
