/**
 * The share images of a build, handed from the code that lists them (run by
 * Astro from its own bundle of src/og/) to the build step that writes them
 * (src/integrations/share-images.ts), so they are drawn while the pages are
 * rendered instead of before. Two copies of this module exist in one build, so
 * the hand-over goes through globalThis, under one registered symbol.
 */

/** One PNG of the site: its path below the base, and where the pool draws it. */
export interface ImageFile {
  file: string;
  cacheDir: string;
  key: string;
}

export interface ImageBatch {
  files: ImageFile[];
  /** Settles when every PNG is in the cache, with the build's line about what was drawn. */
  drawn: Promise<string>;
}

const SLOT = Symbol.for('news-explainer.share-images');
type Slot = { [SLOT]?: Promise<ImageBatch> };

export function handOver(batch: Promise<ImageBatch>): void {
  (globalThis as Slot)[SLOT] = batch;
}

/** The build's images, or undefined when no page listed any (a site without share images, or dev). */
export const handedOver = (): Promise<ImageBatch> | undefined => (globalThis as Slot)[SLOT];
