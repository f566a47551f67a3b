/**
 * Every poster of the build, both editions, laid out once: what the endpoints
 * draw and what each page's share bar links to and describes (its alt text is
 * the poster's text). One per article and per chart page.
 */
import { t } from '../i18n/strings.ts';
import { siteData, type Article, type ChartEntry, type SiteData } from '../site/data.ts';
import { keyPoints, keyPointText } from '../site/key-points.ts';
import { chartSourceLine } from '../site/figure.ts';
import { buildChart } from '../charts/build.ts';
import { dateLabel } from '../lib/dates.ts';
import { absolute, articleUrl, chartPageUrl, url } from '../lib/urls.ts';
import { toHantPath } from '../edition/paths.ts';
import { hantConverter } from '../edition/hant.ts';
import { loadHantExceptions } from '../edition/exceptions.ts';
import { articlePoster, bylineText, chartPoster, type PosterChart } from './pages.ts';
import { posterDrawings } from './chart.ts';
import { layoutPoster, POSTER, sheetText, type PosterSheet } from './layout.ts';
import { hantSheet } from './hant.ts';
import { posterParam, posterPath, type PosterKind } from './paths.ts';

export interface Poster {
  kind: PosterKind;
  /** The endpoint's param (posterParam). */
  param: string;
  /** The page it shares, as a site path. */
  page: string;
  hans: PosterSheet;
  hant: PosterSheet;
  /** The editor-written files its text comes from (named when a glyph is missing). */
  sources: string[];
}

/** What the share bar needs: the PNG's site path, its size in CSS px and its text. */
export interface PosterLink {
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** The site's origin, as the pages' canonical links have it. */
const siteUrl = () => new URL(import.meta.env.SITE);
/** A site path (under the base) -> the same path in the 繁體 edition. */
export const hantSitePath = (path: string) => url(toHantPath(path.slice(url().length)));

function chartFor(site: SiteData, chart: ChartEntry): PosterChart {
  const publisher = site.report(chart.data.report).data.publisher;
  const def = { id: `poster-${chart.id}`, form: chart.data.form, options: chart.data.options };
  return {
    title: chart.data.title,
    drawings: posterDrawings(def, chart.input),
    source: `${t.chart.sourcePrefix}${chartSourceLine(buildChart(def, chart.input), publisher)}`,
  };
}

function articleInput(site: SiteData, article: Article) {
  const { data } = article;
  const lead = data.charts[0] ? site.chart(data.charts[0]) : undefined;
  return articlePoster({
    url: absolute(articleUrl(data.report, data.slug), siteUrl()),
    series: data.series,
    order: data.order,
    title: data.title,
    byline: bylineText(data.source.publisher, dateLabel(data.source.published)),
    ...(lead ? { chart: chartFor(site, lead) } : {}),
    points: keyPoints(data.citations, site.record).map(keyPointText),
  });
}

let made: Promise<Poster[]> | undefined;

export function posters(): Promise<Poster[]> {
  return (made ??= (async () => {
    const s = await siteData();
    const convert = hantConverter(loadHantExceptions());
    const both = (kind: PosterKind, param: string, page: string, input: Parameters<typeof layoutPoster>[0], sources: string[]): Poster => {
      const hans = layoutPoster(input);
      let hant: PosterSheet | undefined;
      // Laid out on first use: a site without the 繁體 edition never needs it.
      return {
        kind,
        param,
        page,
        hans,
        get hant() {
          return (hant ??= hantSheet(hans, convert, absolute(hantSitePath(page), siteUrl())));
        },
        sources,
      };
    };
    return [
      ...s.articles.map((a) => {
        const r = s.report(a.data.report);
        const files = [r.files.report, r.files.meta, ...(a.data.charts[0] ? [r.files.charts, r.files.dataset] : [])];
        return both('article', posterParam('article', a.data.report, a.data.slug), articleUrl(a.data.report, a.data.slug), articleInput(s, a), files);
      }),
      ...s.charts.map((c) => {
        const r = s.report(c.data.report);
        const input = chartPoster({
          url: absolute(chartPageUrl(c.id), siteUrl()),
          article: c.article?.data.title,
          chart: chartFor(s, c),
          dek: c.data.dek,
        });
        return both('chart', posterParam('chart', c.id), chartPageUrl(c.id), input, [r.files.charts, r.files.dataset, r.files.report, r.files.meta]);
      }),
    ];
  })());
}

async function linkTo(kind: PosterKind, param: string, src: string): Promise<PosterLink> {
  const poster = (await posters()).find((p) => p.kind === kind && p.param === param);
  if (!poster) throw new Error(`no poster ${param}`);
  return { src, width: POSTER.width, height: POSTER.height, alt: sheetText(poster.hans).join('\n') };
}

/** The share bar's link to an article's (Simplified) poster; the 繁體 edition moves it to its own after the build. */
export const articlePosterLink = (report: string, article: string) =>
  linkTo('article', posterParam('article', report, article), posterPath('article', report, article));
export const chartPosterLink = (chart: string) => linkTo('chart', posterParam('chart', chart), posterPath('chart', chart));
