/**
 * One 1200×630 PNG per page that is shared: og/index.png (home),
 * og/<report>.png (series), og/<report>/<article>.png (articles, with their
 * first chart), og/charts/<id>.png (charts, drawn by the page's own builder).
 * Drawn at build time, from node_modules/.cache/og when nothing changed.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteData, type ReportEntry } from '../../site/data.ts';
import { thumbnail } from '../../site/thumbnails.ts';
import { articleCard, chartCard, homeCard, pageCard, seriesCard } from '../../og/cards.ts';
import { SITE_PAGES } from '../../og/site-pages.ts';
import { ogImageParam } from '../../og/paths.ts';
import { cardMissing, renderOgImage } from '../../og/render.ts';
import { missingGlyphWarning } from '../../og/fonts.ts';
import type { OgInput } from '../../og/input.ts';
import { prerenderOgImages } from '../../og/pool.ts';

export const getStaticPaths = (async () => {
  const site = await siteData();
  const { reports, articles, charts } = site;
  // Each chart's card drawing, drawn once per build for its thumbnail, its own card and the card of the article it opens.
  const svgs = new Map(charts.map((c) => [c.id, thumbnail(c).svg] as const));
  const texts = (r: ReportEntry) => [r.files.report, r.files.meta];
  // Each card with the editor-written files its text comes from (named when a glyph is missing).
  const images: { path: string; input: OgInput; sources: string[] }[] = [
    {
      path: ogImageParam('home'),
      input: homeCard(reports.map((r) => ({ title: r.data.title, publisher: r.data.publisher }))),
      sources: reports.flatMap(texts),
    },
    ...reports.map((r) => ({
      path: ogImageParam('series', r.id),
      input: seriesCard({ title: r.data.title, publisher: r.data.publisher }, r.articles.length),
      sources: texts(r),
    })),
    ...articles.map(({ data }) => ({
      path: ogImageParam('article', data.report, data.slug),
      input: {
        ...articleCard({ title: data.title, series: data.series, order: data.order, publisher: data.source.publisher }),
        ...(data.charts[0] ? { chartSvg: svgs.get(data.charts[0]) } : {}),
      },
      sources: [
        ...texts(site.report(data.report)),
        ...(data.charts[0] ? [site.report(data.report).files.charts, site.report(data.report).files.dataset] : []),
      ],
    })),
    ...SITE_PAGES.map((p) => ({
      path: ogImageParam('page', p.name),
      input: pageCard(
        p.title,
        reports.map((r) => r.data.publisher),
      ),
      sources: reports.map((r) => r.files.meta),
    })),
    ...charts.map((c) => {
      const report = site.report(c.data.report);
      return {
        path: ogImageParam('chart', c.id),
        input: chartCard(
          { title: c.data.title, series: c.article?.data.series ?? report.data.title, publisher: report.data.publisher },
          svgs.get(c.id)!,
        ),
        sources: [report.files.charts, report.files.dataset, ...texts(report)],
      };
    }),
  ];
  for (const { path, input, sources } of images) {
    const missing = cardMissing(input);
    if (missing.length) console.warn(`og: warning: ${missingGlyphWarning(`og/${path}.png`, sources, missing)}`);
  }
  // Draw what the cache lacks on every core first; each page below then reads its card.
  const pool = await prerenderOgImages(images.map((i) => i.input));
  console.log(`share cards: ${pool.drawn} drawn (${pool.workers} worker${pool.workers === 1 ? '' : 's'}), ${pool.cached} from cache`);
  return images.map(({ path, input }) => ({ params: { path }, props: { input } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const png = await renderOgImage(props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
