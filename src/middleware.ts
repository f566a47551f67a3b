/** Every built HTML page: enhancement scripts wait for the first paint (src/lib/defer-scripts.ts). */
import { defineMiddleware } from 'astro:middleware';
import { deferScripts } from './lib/defer-scripts.ts';

export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(deferScripts(await response.text()), { status: response.status, headers: response.headers });
});
