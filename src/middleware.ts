/**
 * Every built HTML page: lines break between phrases (src/lib/phrase-html.ts),
 * and enhancement scripts wait for the first paint (src/lib/defer-scripts.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { deferScripts } from './lib/defer-scripts.ts';
import { markPhrases } from './lib/phrase-html.ts';

export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(deferScripts(markPhrases(await response.text())), { status: response.status, headers: response.headers });
});
