/** /data/<report>.csv: every record of a report's dataset, one row each (columns: src/data/csv.ts). */
import type { APIRoute } from 'astro';
import { csvDownload } from '../../data/downloads.ts';
import { siteData, type PublishedDataset } from '../../site/data.ts';

export async function getStaticPaths() {
  return (await siteData()).datasets.map((d) => ({ params: { report: d.slug }, props: { dataset: d } }));
}

export const GET: APIRoute<{ dataset: PublishedDataset }> = async ({ props, site }) =>
  new Response(csvDownload(props.dataset.dataset.records, (await siteData()).sentence, site), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
