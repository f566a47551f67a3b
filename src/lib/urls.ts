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
/** A chart's thumbnail for lists (front page, chart index). */
export const chartThumbUrl = (chart: string) => url(`charts/${chart}/thumb.svg`);

/** Absolute URL for canonical links, feeds and cards. */
export function absolute(path: string, site: URL | undefined): string {
  if (!site) throw new Error('set SITE (the origin the site is served from) to build absolute URLs');
  return new URL(path, site).href;
}

/** The data page, or one record's row on it (/data/#rec-<id>). */
export const dataPageUrl = (recordId?: string) => url('data/') + (recordId ? `#rec-${recordId}` : '');
/**
 * The data page showing only the records a chart plots, scrolled to the notice
 * that says so (a small script filters; without it every row stays and the page opens at the top).
 */
export const chartDataUrl = (chartId: string) => `${url('data/')}?chart=${encodeURIComponent(chartId)}#filter-${chartId}`;
/** Downloads generated at build time from the validated dataset. */
export const datasetCsvUrl = (report: string) => url(`data/${report}.csv`);
export const datasetJsonUrl = (report: string) => url(`data/${report}.json`);
/** The report as received, verbatim (the pages show it typeset). */
export const reportTextUrl = (report: string) => url(`data/${report}.txt`);
/** One chart's records, same columns as the dataset CSV. */
export const chartCsvUrl = (chartId: string) => url(`data/charts/${chartId}.csv`);
/** JSON Schemas generated from the zod schemas (public/data/schema/). */
export const schemaUrl = (name: 'record' | 'dataset') => url(`data/schema/${name}.schema.json`);
