/**
 * Where a record's sentence and a chart stand on the site. Reads the content
 * collections, so it runs in the Astro build only (the pure parts are elsewhere).
 */
import { articleOfChart, sentenceLink } from '../lib/content.ts';
import { articleUrl } from '../lib/urls.ts';
import type { ChartSpec } from '../schemas/chart-spec.ts';
import type { DataRecord } from '../schemas/record.ts';

export interface ChartLink {
  id: string;
  title: string;
  /** The chart in its article (#chart-<id>), when it is placed in one. */
  href?: string;
  records: string[];
}

/** Record id -> link to the highlighted sentence in its article. */
export async function quoteLinks(records: DataRecord[]): Promise<Map<string, string | undefined>> {
  return new Map(await Promise.all(records.map(async (r) => [r.id, await sentenceLink(r.id)] as const)));
}

export async function chartLinks(charts: ChartSpec[]): Promise<ChartLink[]> {
  return Promise.all(
    charts.map(async (c) => {
      const home = await articleOfChart(c.id);
      return { id: c.id, title: c.title, records: c.records, href: home && `${articleUrl(home.data.report, home.data.slug)}#chart-${c.id}` };
    }),
  );
}
