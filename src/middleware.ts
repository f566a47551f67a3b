/**
 * Every built HTML page: lines break between phrases (src/lib/phrase-html.ts;
 * the reports' meta `keepWhole` names stay whole),
 * enhancement scripts wait for the first paint (src/lib/defer-scripts.ts), and
 * the page gets its Content-Security-Policy <meta> as the first element of
 * <head> (src/security/policy.ts), listing the hashes of the site's inline
 * scripts (the reader's preferences, the enhancement loader) only where the page has them.
 */
import { defineMiddleware } from 'astro:middleware';
import { deferScripts } from './lib/defer-scripts.ts';
import { markPhrases } from './lib/phrase-html.ts';
import { ENHANCE_LOADER } from './lib/enhance-loader.mjs';
import { READER_PREFS } from './lib/reader-prefs-script.ts';
import { escapeAttr } from './lib/escape.ts';
import { htmlPlaces } from './lib/html-places.ts';
import { metaPolicy } from './security/policy.ts';
import { siteData } from './site/data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Every report's names: one page may show several reports' titles (the home page lists every series).
  const names = (await siteData()).reports.flatMap((r) => r.data.keepWhole);
  const html = markPhrases(await response.text(), names);
  // One parse for both edits: deferring only touches the body and what follows <head>'s start tag, so that offset holds.
  const places = htmlPlaces(html);
  const deferred = deferScripts(html, places);
  // Only the site's own inline scripts are allowed, and only on pages that have them.
  const inline = [...places.inlineScripts.filter((s) => s === READER_PREFS), ...(deferred === html ? [] : [ENHANCE_LOADER])];
  const policy = metaPolicy(context.url.pathname, import.meta.env.BASE_URL, inline);
  const at = places.headOpenEnd;
  if (at === -1) throw new Error(`${context.url.pathname}: the page has no <head> for its Content-Security-Policy`);
  const out = `${deferred.slice(0, at)}<meta http-equiv="content-security-policy" content="${escapeAttr(policy)}">${deferred.slice(at)}`;
  return new Response(out, { status: response.status, headers: response.headers });
});
