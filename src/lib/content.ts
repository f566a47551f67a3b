/**
 * Queries over the content collections that pages share: articles of a series
 * in order, where each chart and each record's sentence stands.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleUrl } from './urls.ts';

export type Article = CollectionEntry<'articles'>;
export type RecordEntry = CollectionEntry<'records'>;
export type ChartEntry = CollectionEntry<'charts'>;

/** Articles of one report (or all), by series then order. getCollection's own order is by id. */
export async function articlesOf(report?: string): Promise<Article[]> {
  const all = await getCollection('articles', (a) => !report || a.data.report === report);
  return all.sort((a, b) => a.data.report.localeCompare(b.data.report) || a.data.order - b.data.order);
}

export async function reportsNewestFirst() {
  const reports = await getCollection('reports');
  return reports.sort((a, b) => b.data.published.value.localeCompare(a.data.published.value) || a.id.localeCompare(b.id));
}

/** The article a chart is placed in. */
export async function articleOfChart(chartId: string): Promise<Article | undefined> {
  return (await articlesOf()).find((a) => a.data.charts.includes(chartId));
}

/** Link to the sentence that backs a record, or undefined when no article cites it. */
export async function sentenceLink(recordId: string): Promise<string | undefined> {
  for (const a of await articlesOf()) {
    const c = a.data.citations.find((x) => x.record === recordId);
    if (c) return `${articleUrl(a.data.report, a.data.slug)}#${c.anchor}`;
  }
  return undefined;
}

/** Charts of a report that plot any of the given records, in the report's chart order. */
export async function chartsPlotting(recordIds: string[]): Promise<ChartEntry[]> {
  const charts = await getCollection('charts', (c) => c.data.records.some((r) => recordIds.includes(r)));
  return charts.sort((a, b) => a.data.index - b.data.index);
}

/** One page per chart (chart pages, embeds). */
export async function chartPaths() {
  const charts = await getCollection('charts');
  return charts.map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}
