/**
 * Crawling a built site for broken links with linkinator: served under its
 * base, from every page it contains, fragments included. Links to other sites
 * are skipped; the site's own absolute URLs (canonical, cards) are checked
 * against the build.
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { serve } from './static-server.ts';
import { dom, htmlFiles, pathOf } from './dist.ts';

/** Skip links to other sites only; `^https?://` alone would skip every link and check nothing. */
const EXTERNAL = '^https?://(?!localhost|127\\.0\\.0\\.1)';

export interface Crawl {
  broken: LinkResult[];
  ok: LinkResult[];
}

/** Serves dir under base and crawls it from every page it contains. */
export async function crawl(dir: string, base = '/'): Promise<Crawl> {
  const server = await serve(dir, base);
  try {
    // Absolute URLs the build wrote for its public origin (SITE) point at the same files here.
    const canonical = dom('index.html', dir).querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const siteOrigin = new URL(canonical).origin;
    const { links } = await new LinkChecker().check({
      path: htmlFiles(dir).map((f) => server.url + pathOf(f)),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: [EXTERNAL],
      urlRewriteExpressions: [{ pattern: new RegExp(`^${siteOrigin.replace(/[.]/g, '\\.')}/`), replacement: `${new URL(server.url).origin}/` }],
    });
    return { broken: links.filter((l) => l.state === LinkState.BROKEN), ok: links.filter((l) => l.state === LinkState.OK) };
  } finally {
    await server.close();
  }
}

export const describeBroken = (links: LinkResult[]) => links.map((l) => `${l.url} (${l.status ?? 'no response'}) on ${l.parent ?? 'start'}`);
