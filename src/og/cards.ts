/**
 * What each page's card says, from the same fields its page shows. Plain data
 * in, so it is testable without Astro's content collections.
 */
import { t } from '../i18n/strings.ts';
import type { OgInput } from './input.ts';

interface Series {
  title: string;
  publisher: string;
}

const credit = (publisher: string) => `${t.siteName} · ${t.sourceLine(publisher)}`;

/** Home: the site's promise, credited to every publisher it draws on. */
export function homeCard(series: Series[]): OgInput {
  const publishers = [...new Set(series.map((s) => s.publisher))].join('、');
  return { kicker: t.siteName, title: t.siteTagline, footer: t.sourceLine(publishers) };
}

export function seriesCard(series: Series, articleCount: number): OgInput {
  return { kicker: `${t.series} · ${t.articleCount(articleCount)}`, title: series.title, footer: credit(series.publisher) };
}

export function articleCard(article: { title: string; series: string; order: number; publisher: string }): OgInput {
  // The lead's title is the series title: say "series · lead" instead of repeating it.
  const kicker = article.order === 0 ? `${t.series} · ${t.lead}` : `${t.partOf(article.order)} · ${article.series}`;
  return { kicker, title: article.title, footer: credit(article.publisher) };
}

/** For og/charts/<id>.png once chart builders exist: the chart's title beside the chart itself. */
export function chartCard(chart: { title: string; series: string; publisher: string }, chartSvg: string): OgInput {
  return { kicker: chart.series, title: chart.title, footer: credit(chart.publisher), chartSvg };
}

/** Site pages (data, all charts, search): what the page is, under the site's name. */
export function pageCard(title: string, publishers: string[]): OgInput {
  return { kicker: t.siteName, title, footer: t.sourceLine([...new Set(publishers)].join('、')) };
}
