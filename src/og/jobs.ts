/** The two kinds of share image, a card and a poster, behind one interface for the pool and its workers. */
import { prepareCard, renderOgImage, renderPreparedCard, type PreparedCard, type RenderOptions } from './render.ts';
import type { OgInput } from './input.ts';
import { preparePoster, renderPoster, renderPreparedPoster, type PreparedPoster } from '../poster/render.ts';
import type { PosterSheet } from '../poster/layout.ts';

export type ImageJob = { kind: 'card'; input: OgInput } | { kind: 'poster'; input: PosterSheet };
export type ImageKind = ImageJob['kind'];

/** A job worked out for drawing (text checked, fonts chosen, cache key): plain data, so a worker can take it as it is. */
export type PreparedImage = { kind: 'card'; prepared: PreparedCard } | { kind: 'poster'; prepared: PreparedPoster };

export const prepareImage = (job: ImageJob, options: RenderOptions = {}): PreparedImage =>
  job.kind === 'card' ? { kind: 'card', prepared: prepareCard(job.input, options) } : { kind: 'poster', prepared: preparePoster(job.input, options) };

/** The job's PNG, from the cache or drawn into it. */
export const drawImage = (job: ImageJob, options: RenderOptions = {}) =>
  job.kind === 'card' ? renderOgImage(job.input, options) : renderPoster(job.input, options);

/** A prepared job's PNG, from the cache or drawn into it. */
export const drawPrepared = (image: PreparedImage) =>
  image.kind === 'card' ? renderPreparedCard(image.prepared) : renderPreparedPoster(image.prepared);
