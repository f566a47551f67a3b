/**
 * robots.txt: everything may be crawled except the search index files; points
 * to the sitemap. Crawlers read it only at the origin's root, so under a BASE
 * sub-path this copy is for whoever serves the root to merge.
 */
import type { APIContext } from 'astro';
import { absolute, url } from '../lib/urls.ts';

export function GET(context: APIContext) {
  const lines = ['User-agent: *', `Disallow: ${url('pagefind/')}`, '', `Sitemap: ${absolute(url('sitemap-index.xml'), context.site)}`, ''];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
