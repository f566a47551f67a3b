/** A worker thread of the share-card pool (pool.ts): draws its cards into the cache. */
import { workerData } from 'node:worker_threads';
import { renderOgImage, type RenderOptions } from './render.ts';
import type { OgInput } from './input.ts';

const { inputs, options } = workerData as { inputs: OgInput[]; options: RenderOptions };
for (const input of inputs) await renderOgImage(input, options);
