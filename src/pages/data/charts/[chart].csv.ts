/** /data/charts/<chart>.csv: the records one chart plots, in the chart's order, same columns as the dataset CSV. */
import type { APIRoute } from 'astro';
import { chartRecords, publishedDatasets } from '../../../data/datasets.ts';
import { csvDownload } from '../../../data/downloads.ts';
import type { DataRecord } from '../../../schemas/record.ts';

export function getStaticPaths() {
  return publishedDatasets().flatMap((d) =>
    d.charts.map((c) => ({
      params: { chart: c.id },
      props: { records: chartRecords(d, c) },
    })),
  );
}

export const GET: APIRoute<{ records: DataRecord[] }> = async ({ props, site }) =>
  new Response(await csvDownload(props.records, site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
