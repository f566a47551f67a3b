/** /data/charts/<chart>.csv: the records one chart plots, in the chart's order, same columns as the dataset CSV. */
import type { APIRoute } from 'astro';
import { csvDownload } from '../../../data/downloads.ts';
import { siteData } from '../../../site/data.ts';
import type { DataRecord } from '../../../schemas/record.ts';

export async function getStaticPaths() {
  return (await siteData()).charts.map((c) => ({ params: { chart: c.id }, props: { records: c.input.records } }));
}

export const GET: APIRoute<{ records: DataRecord[] }> = async ({ props, site }) =>
  new Response(csvDownload(props.records, (await siteData()).sentence, site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
