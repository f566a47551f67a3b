/**
 * One 1200×630 PNG per page that is shared: og/index.png (home),
 * og/<report>.png (series), og/<report>/<article>.png (articles).
 * Drawn at build time, from node_modules/.cache/og when nothing changed.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articlesOf, reportsNewestFirst } from '../../lib/content.ts';
import { articleCard, homeCard, seriesCard } from '../../og/cards.ts';
import { ogImageParam, renderOgImage, type OgInput } from '../../og/index.ts';

export const getStaticPaths = (async () => {
  const reports = await reportsNewestFirst();
  const articles = await articlesOf();
  const images: { path: string; input: OgInput }[] = [
    { path: ogImageParam('home'), input: homeCard(reports.map((r) => ({ title: r.data.title, publisher: r.data.publisher }))) },
    ...reports.map((r) => ({
      path: ogImageParam('series', r.id),
      input: seriesCard({ title: r.data.title, publisher: r.data.publisher }, articles.filter((a) => a.data.report === r.id).length),
    })),
    ...articles.map(({ data }) => ({
      path: ogImageParam('article', data.report, data.slug),
      input: articleCard({ title: data.title, series: data.series, order: data.order, publisher: data.source.publisher }),
    })),
    // Charts: add { path: ogImageParam('chart', id), input: chartCard(chart, svg, colors) } per chart once builders exist.
  ];
  return images.map(({ path, input }) => ({ params: { path }, props: { input } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const png = await renderOgImage(props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
