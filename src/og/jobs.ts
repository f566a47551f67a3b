/** The two kinds of share image, a card and a poster, behind one interface for the pool and its workers. */
import { prepareCard, renderOgImage, type RenderOptions } from './render.ts';
import type { OgInput } from './input.ts';
import { preparePoster, renderPoster } from '../poster/render.ts';
import type { PosterSheet } from '../poster/layout.ts';

export type ImageJob = { kind: 'card'; input: OgInput } | { kind: 'poster'; input: PosterSheet };
export type ImageKind = ImageJob['kind'];

/** Where the job's PNG is cached. */
export const prepareImage = (job: ImageJob, options: RenderOptions = {}) =>
  job.kind === 'card' ? prepareCard(job.input, options) : preparePoster(job.input, options);

/** The job's PNG, from the cache or drawn into it. */
export const drawImage = (job: ImageJob, options: RenderOptions = {}) =>
  job.kind === 'card' ? renderOgImage(job.input, options) : renderPoster(job.input, options);
