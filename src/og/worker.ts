/** A worker thread of the share-image pool (pool.ts): draws its prepared cards and posters into the cache. */
import { workerData } from 'node:worker_threads';
import { drawPrepared, type PreparedImage } from './jobs.ts';

const { images } = workerData as { images: PreparedImage[] };
for (const image of images) await drawPrepared(image);
