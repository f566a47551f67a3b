/**
 * schema.org JSON-LD for an article: the text is the original publisher's
 * (credited as author and as the work it is based on); this site publishes it.
 */
import { isoDate } from './dates.ts';
import type { ReportSource } from '../schemas/report-meta.ts';

export interface ArticleLdInput {
  url: string;
  headline: string;
  description: string;
  image: string;
  series: { name: string; url: string };
  source: ReportSource;
  /** The report's own title. */
  reportTitle: string;
  siteName: string;
  siteUrl: string;
}

export function articleJsonLd(a: ArticleLdInput): Record<string, unknown> {
  const original = { '@type': 'Organization', name: a.source.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    image: [a.image],
    datePublished: isoDate(a.source.published),
    inLanguage: a.source.language,
    author: original,
    sourceOrganization: original,
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: a.reportTitle,
      datePublished: isoDate(a.source.published),
      publisher: original,
      ...(a.source.url ? { url: a.source.url } : {}),
    },
    publisher: { '@type': 'Organization', name: a.siteName, url: a.siteUrl },
    isPartOf: { '@type': 'CreativeWorkSeries', name: a.series.name, url: a.series.url },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
