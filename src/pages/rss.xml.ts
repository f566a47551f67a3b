/**
 * RSS 2.0 feed: one item per article, newest series first, then in reading
 * order, each with the article's full text and its charts as inline SVG.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import FeedArticle from '../components/feed/FeedArticle.astro';
import { t } from '../i18n/strings.ts';
import { siteData } from '../site/data.ts';
import { interval } from '../lib/dates.ts';
import { feedHtml } from '../lib/feed-html.ts';
import { absolute, articleUrl, url } from '../lib/urls.ts';

export async function GET(context: APIContext) {
  // The container renders the MDX body with the page's own components, outside a page.
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const items = [];
  for (const report of (await siteData()).reports) {
    for (const article of report.articles) {
      const { data } = article;
      const link = absolute(articleUrl(data.report, data.slug), context.site);
      const html = await container.renderToString(FeedArticle, { props: { article }, request: new Request(link) });
      items.push({
        title: data.title,
        link,
        // The report's date, never the build's. It may be known only to the month or year:
        // then this is the first day of that period (the page shows the real precision).
        pubDate: interval(data.source.published)[0],
        description: data.description,
        content: feedHtml(html, link),
        categories: [data.series],
      });
    }
  }
  const self = absolute(url('rss.xml'), context.site);
  return rss({
    title: t.siteName,
    description: t.siteTagline,
    site: absolute(url(), context.site),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
