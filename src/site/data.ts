/**
 * The site's data, read once per build (Starlight's route-data pattern): every
 * report with its dataset, chart specs, changelog and generated articles, and
 * the links between them (record -> sentence from the citations ingest wrote,
 * chart -> its place in an article, sentence -> the chart drawing its figure).
 * Pages, components, feeds, cards and downloads only read from here; nothing
 * else loads a report or queries the articles collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChartInput } from '../charts/types.ts';
import { articleUrl } from '../lib/urls.ts';
import type { ChartSpec } from '../schemas/chart-spec.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { DataRecord } from '../schemas/record.ts';
import type { ReportMeta } from '../schemas/report-meta.ts';
import { loadReports, type Publication } from './load.ts';
import { IngestError } from '../ingest/errors.ts';
import { assignEntityTones } from '../charts/entity-tones.ts';
import { newestFirst } from './order.ts';
import { readingMinutes } from '../lib/reading-time.ts';
import { normalizeReport } from '../lib/report-text.ts';
import { CONTENT_DIR } from './paths.ts';

/** A generated article (MDX), rendered by Astro. */
export type Article = CollectionEntry<'articles'>;

export interface ReportEntry {
  /** The report's slug. */
  id: string;
  /** What its pages credit: title, publisher, date, and the report itself. */
  data: ReportMeta & { title: string; text: string; file: string };
  /** Its editor-written files, as given to the build: what a warning about its text names. */
  files: { report: string; meta: string; dataset: string; charts: string };
  /** In reading order (the lead first). */
  articles: Article[];
  /** In the chart file's order. */
  charts: ChartEntry[];
  /** The first chart a reader meets: the first placed in the earliest article that has one. */
  leadChart?: ChartEntry;
  /** Present when the report has a dataset. */
  dataset?: PublishedDataset;
}

export interface ChartEntry {
  id: string;
  /** The spec, with the report it belongs to and its position in that report's chart file. */
  data: ChartSpec & { report: string; index: number };
  /** The records it plots, in its spec's order, with the sentence each comes from. */
  input: ChartInput;
  /** The article it stands in. */
  article?: Article;
  /** Its place there: <article>#chart-<id>. */
  href?: string;
}

/** A dataset as the data page, its downloads and its citation show it. */
export interface PublishedDataset extends Publication {
  slug: string;
  /** The report's title. */
  title: string;
  meta: ReportMeta;
  dataset: Dataset;
  charts: ChartLink[];
}

/** A chart as the data page lists it. */
export interface ChartLink {
  id: string;
  title: string;
  /** The chart in its article (#chart-<id>), when it is placed in one. */
  href?: string;
  records: string[];
}

export interface SiteData {
  /** Newest first. */
  reports: ReportEntry[];
  /** Every article, report by report (slug order), each report in reading order. */
  articles: Article[];
  /** Every chart, report by report as `reports` orders them. */
  charts: ChartEntry[];
  /** Reports with a dataset, newest first. */
  datasets: PublishedDataset[];
  report(slug: string): ReportEntry;
  chart(id: string): ChartEntry | undefined;
  record(id: string): DataRecord | undefined;
  /** Link to the highlighted sentence that backs a record, when an article cites it. */
  sentence(recordId: string): string | undefined;
  /** The first chart (in its report's order) that plots any of these records. */
  chartPlotting(recordIds: string[]): ChartEntry | undefined;
  /** Minutes to read an article's text (its heading and paragraphs, from the report; src/lib/reading-time.ts). */
  readingMinutes(article: Article): number;
}

let loaded: Promise<SiteData> | undefined;

/** The site's data, loaded on first use and shared by every page of the build. */
export function siteData(): Promise<SiteData> {
  return (loaded ??= load());
}

async function load(): Promise<SiteData> {
  const loadedReports = loadReports(CONTENT_DIR);
  const articles = (await getCollection('articles')).sort((a, b) => a.data.report.localeCompare(b.data.report) || a.data.order - b.data.order);

  // Citations were written into each article's front matter by ingest; the first article citing a record holds its sentence.
  const sentences = new Map<string, string>();
  for (const a of articles)
    for (const c of a.data.citations) if (!sentences.has(c.record)) sentences.set(c.record, `${articleUrl(a.data.report, a.data.slug)}#${c.anchor}`);
  const homeOf = new Map<string, Article>();
  for (const a of articles) for (const id of a.data.charts) if (!homeOf.has(id)) homeOf.set(id, a);
  const linksOf = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, sentences.get(id)]));

  const records = new Map<string, DataRecord>();
  const charts = new Map<string, ChartEntry>();
  const firstChart = new Map<string, ChartEntry>();
  // Ingest refuses these too; a build run without it still names every one, as an editor's error.
  const unknown = loadedReports.flatMap((r) => {
    const ids = new Set((r.dataset?.records ?? []).map((x) => x.id));
    return (r.charts?.charts ?? []).flatMap((spec, i) =>
      spec.records.flatMap((id, j) =>
        ids.has(id)
          ? []
          : [
              IngestError.line(
                r.paths.charts,
                `chart "${spec.id}" plots "${id}", which is not a record of ${r.paths.dataset}`,
                'use an id from the dataset, then run npm run ingest',
                `charts[${i}].records[${j}]`,
              ),
            ],
      ),
    );
  });
  if (unknown.length) throw new IngestError(unknown);
  const reports: ReportEntry[] = loadedReports.map((r) => {
    const byId = new Map((r.dataset?.records ?? []).map((x) => [x.id, x]));
    for (const [id, x] of byId) records.set(id, x);
    const reportCharts = (r.charts?.charts ?? []).map((spec, index): ChartEntry => {
      const plotted = spec.records.map((id) => byId.get(id)!);
      const article = homeOf.get(spec.id);
      const entry: ChartEntry = {
        id: spec.id,
        data: { ...spec, report: r.slug, index },
        input: { records: plotted, links: linksOf(spec.records) },
        article,
        href: article && `${articleUrl(article.data.report, article.data.slug)}#chart-${spec.id}`,
      };
      charts.set(spec.id, entry);
      for (const id of spec.records) if (!firstChart.has(id)) firstChart.set(id, entry);
      return entry;
    });
    const own = articles.filter((a) => a.data.report === r.slug);
    const lead = own.flatMap((a) => a.data.charts)[0];
    const entry: ReportEntry = {
      id: r.slug,
      data: { title: r.parsed.title.text, ...r.meta, text: r.text, file: r.file },
      files: { report: r.file, ...r.paths },
      articles: own,
      charts: reportCharts,
      leadChart: lead === undefined ? undefined : charts.get(lead),
    };
    if (r.dataset && r.publication)
      entry.dataset = {
        slug: r.slug,
        title: entry.data.title,
        meta: r.meta,
        dataset: r.dataset,
        charts: reportCharts.map((c) => ({ id: c.id, title: c.data.title, href: c.href, records: c.data.records })),
        ...r.publication,
      };
    return entry;
  });
  // Company colours over every report's charts, once, for every drawing of the build.
  const tones = assignEntityTones(reports.map((r) => ({ published: r.data.published.value, records: r.charts.flatMap((c) => c.input.records) })));
  for (const c of charts.values()) c.input.tones = tones;
  reports.sort((a, b) => newestFirst({ id: a.id, published: a.data.published }, { id: b.id, published: b.data.published }));
  const bySlug = new Map(reports.map((r) => [r.id, r]));
  // Each article is lines [from, to] of its report: what a reader reads, without markup.
  const minutes = new Map<string, number>();
  for (const r of reports) {
    const lines = normalizeReport(r.data.text).split('\n');
    for (const a of r.articles) minutes.set(a.id, readingMinutes(lines.slice(a.data.source.lines[0] - 1, a.data.source.lines[1]).join('\n')));
  }

  return {
    reports,
    articles,
    charts: reports.flatMap((r) => r.charts),
    datasets: reports.flatMap((r) => (r.dataset ? [r.dataset] : [])),
    report(slug) {
      const r = bySlug.get(slug);
      if (!r) throw new Error(`no report "${slug}" in ${CONTENT_DIR}/reports`);
      return r;
    },
    chart: (id) => charts.get(id),
    record: (id) => records.get(id),
    sentence: (id) => sentences.get(id),
    chartPlotting(ids) {
      const found = ids.map((id) => firstChart.get(id)).filter((c): c is ChartEntry => c !== undefined);
      return found.sort((a, b) => a.data.index - b.data.index)[0];
    },
    readingMinutes(article) {
      const m = minutes.get(article.id);
      if (m === undefined) throw new Error(`no article "${article.id}" in the site's data`);
      return m;
    },
  };
}
