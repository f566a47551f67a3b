/**
 * /charts/<id>/thumb.svg: the chart as its share card draws it (light colours
 * as attributes, no script, no page CSS needed), for the front page and the
 * chart index to show in an <img>: its size is in the page (no layout shift),
 * it weighs a few KB, and its marks stay out of the page's tab order.
 */
import type { APIRoute } from 'astro';
import { siteData, type ChartEntry } from '../../../site/data.ts';
import { thumbnail } from '../../../site/thumbnails.ts';

export async function getStaticPaths() {
  return (await siteData()).charts.map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}

export const GET: APIRoute<{ chart: ChartEntry }> = ({ props: { chart } }) =>
  new Response(thumbnail(chart).svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
