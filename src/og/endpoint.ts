/** What the share-image endpoints (og/, poster/ and their 繁體 twins under src/pages/) share: the static paths of their kind and edition, and the PNG from the cache. */
import type { APIRoute } from 'astro';
import { imagePaths, type Edition } from './share-images.ts';
import { drawImage, type ImageJob } from './jobs.ts';

export function imageEndpoint(kind: ImageJob['kind'], edition: Edition) {
  const getStaticPaths = () => imagePaths(kind, edition);
  const GET: APIRoute = async ({ props }) => {
    const png = await drawImage((props as { job: ImageJob }).job);
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  };
  return { getStaticPaths, GET };
}
