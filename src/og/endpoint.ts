/**
 * What the share-image endpoints (og/, poster/ and their 繁體 twins under
 * src/pages/) share. The dev server serves each PNG from them. A build lists no
 * paths here: listing starts the pool, and the build writes the PNGs when they
 * are drawn (src/integrations/share-images.ts), so no page waits for them.
 */
import type { APIRoute } from 'astro';
import { imagePaths, type Edition } from './share-images.ts';
import { drawImage, type ImageJob } from './jobs.ts';
import { cachedPng } from './cache.ts';

export function imageEndpoint(kind: ImageJob['kind'], edition: Edition) {
  const getStaticPaths = async () => {
    const paths = await imagePaths(kind, edition);
    return import.meta.env.DEV ? paths : [];
  };
  const GET: APIRoute = async ({ props }) => {
    const { job, cacheDir, key } = props as { job: ImageJob; cacheDir: string; key: string };
    const png = cachedPng(cacheDir, key) ?? (await drawImage(job));
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  };
  return { getStaticPaths, GET };
}
