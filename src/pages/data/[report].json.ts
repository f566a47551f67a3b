/** /data/<report>.json: the dataset exactly as validated. */
import type { APIRoute } from 'astro';
import { publishedDatasets, type PublishedDataset } from '../../data/datasets.ts';
import { jsonDownload } from '../../data/downloads.ts';

export function getStaticPaths() {
  return publishedDatasets().map((d) => ({ params: { report: d.slug }, props: { dataset: d } }));
}

export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props, site }) =>
  new Response(jsonDownload(props.dataset, site), { headers: { 'content-type': 'application/json; charset=utf-8' } });
