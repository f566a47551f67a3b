/**
 * Site paths, all under the configured base (BASE=/ai-talent/ puts the whole
 * site in a sub-path). Every internal link goes through here.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** "/a/b/" under the base: url('data/') -> "/ai-talent/data/". */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const seriesUrl = (report: string) => url(`${report}/`);
export const articleUrl = (report: string, slug: string) => url(`${report}/${slug}/`);
export const chartPageUrl = (chart: string) => url(`charts/${chart}/`);

/** Absolute URL for canonical links, feeds and cards. */
export function absolute(path: string, site: URL | undefined): string {
  if (!site) throw new Error('set SITE (the origin the site is served from) to build absolute URLs');
  return new URL(path, site).href;
}
