/** /data/<report>.json: the dataset exactly as validated. */
import type { APIRoute } from 'astro';
import { jsonDownload } from '../../data/downloads.ts';
import { siteData, type PublishedDataset } from '../../site/data.ts';

export async function getStaticPaths() {
  return (await siteData()).datasets.map((d) => ({ params: { report: d.slug }, props: { dataset: d } }));
}

export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props, site }) =>
  new Response(jsonDownload(props.dataset.dataset, site), { headers: { 'content-type': 'application/json; charset=utf-8' } });
