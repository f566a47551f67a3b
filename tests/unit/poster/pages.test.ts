import { describe, expect, it } from 'vitest';
import { articlePoster, bylineText, chartPoster } from '../../../src/poster/pages.ts';
import { t } from '../../../src/i18n/strings.ts';

const chart = { title: '裁员潮', drawings: ['<svg width="1" height="1"></svg>'], source: '来源：据21世纪经济报道' };

describe('poster inputs', () => {
  it('an article’s: its kicker as the page writes it (series · part), byline, chart, key figures and the site’s footer', () => {
    const input = articlePoster({
      url: 'https://x.example/r/a/',
      series: '系列标题',
      order: 2,
      title: '标题',
      byline: bylineText('某报', '2024年4月'),
      chart,
      points: ['甲：1万人'],
    });
    expect(input).toMatchObject({
      kicker: `系列标题 · ${t.partOf(2)}`,
      byline: `${t.sourceLine('某报')} · ${t.publishedOn}2024年4月`,
      chart,
      pointsHeading: t.keyPoints,
      points: ['甲：1万人'],
      site: t.siteName,
      note: t.footerNote,
    });
    expect(articlePoster({ url: 'https://x.example/', series: '系列', order: 0, title: '导读标题', byline: '', points: [] }).kicker).toBe(
      `系列 · ${t.lead}`,
    );
  });

  it('a chart page’s: the article it comes from, the chart’s title as headline, its dek, and the drawing without a second heading', () => {
    const input = chartPoster({ url: 'https://x.example/charts/c/', article: '文章', chart, dek: '说明' });
    expect(input).toMatchObject({
      kicker: `${t.chartPage.fromArticle}：文章`,
      title: '裁员潮',
      dek: '说明',
      chart: { drawings: chart.drawings, source: chart.source },
    });
    expect(input.chart!.title).toBeUndefined();
    expect(chartPoster({ url: 'https://x.example/charts/c/', chart, dek: '说明' }).kicker).toBe('');
  });
});
