/** /data/<report>.csv: every record of a report's dataset, one row each (columns: src/data/csv.ts). */
import type { APIRoute } from 'astro';
import { publishedDatasets, type PublishedDataset } from '../../data/datasets.ts';
import { csvDownload } from '../../data/downloads.ts';

export function getStaticPaths() {
  return publishedDatasets().map((d) => ({ params: { report: d.slug }, props: { dataset: d } }));
}

export const GET: APIRoute<{ dataset: PublishedDataset }> = async ({ props, site }) =>
  new Response(await csvDownload(props.dataset.dataset.records, site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
