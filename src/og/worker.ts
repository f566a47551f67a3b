/** A worker thread of the share-image pool (pool.ts): draws its cards and posters into the cache. */
import { workerData } from 'node:worker_threads';
import { drawImage, type ImageJob } from './jobs.ts';
import type { RenderOptions } from './render.ts';

const { jobs, options } = workerData as { jobs: ImageJob[]; options: RenderOptions };
for (const job of jobs) await drawImage(job, options);
