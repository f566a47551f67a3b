/**
 * What each page's poster says, from the same fields the page shows it with
 * (kicker, headline, source line, 要点, the chart's heading and source line,
 * the site's name and footer note): a poster never holds text its page lacks.
 * Plain data in, so it is testable without Astro's content collections.
 */
import { kickerText } from '../site/kicker.ts';
import { t } from '../i18n/strings.ts';
import type { PosterInput } from './input.ts';

export interface PosterChart {
  title: string;
  /** Drawings from posterDrawings (src/poster/chart.ts). */
  drawings: string[];
  /** The figure's source line, as the page prints it. */
  source: string;
}

const footer = { site: t.siteName, note: t.footerNote };

/** "原文：<publisher> · 原文发表于<date>", the byline of SourceLine.astro. */
export const bylineText = (publisher: string, date: string) => `${t.sourceLine(publisher)} · ${t.publishedOn}${date}`;

/** An article: its kicker and headline, byline, lead chart and key figures. */
export function articlePoster(a: {
  url: string;
  series: string;
  order: number;
  title: string;
  byline: string;
  chart?: PosterChart;
  points: string[];
}): PosterInput {
  return {
    url: a.url,
    kicker: kickerText(a),
    title: a.title,
    byline: a.byline,
    ...(a.chart ? { chart: a.chart } : {}),
    pointsHeading: t.keyPoints,
    points: a.points,
    ...footer,
  };
}

/** A chart's own page: the article it comes from, its title as the headline, its dek, the drawing and its source line. */
export function chartPoster(c: { url: string; article?: string; chart: PosterChart; dek: string }): PosterInput {
  return {
    url: c.url,
    kicker: c.article ? `${t.chartPage.fromArticle}：${c.article}` : '',
    title: c.chart.title,
    dek: c.dek,
    chart: { drawings: c.chart.drawings, source: c.chart.source },
    ...footer,
  };
}
