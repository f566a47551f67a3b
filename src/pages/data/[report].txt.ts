/**
 * /data/<report>.txt: the report exactly as received, byte for byte. The site
 * typesets its punctuation for readers (src/lib/typeset.ts); this is the original.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { siteData, type ReportEntry } from '../../site/data.ts';

export async function getStaticPaths() {
  return (await siteData()).reports.map((report) => ({ params: { report: report.id }, props: { report } }));
}

export const GET: APIRoute<{ report: ReportEntry }> = ({ props }) =>
  new Response(readFileSync(props.report.data.file), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
