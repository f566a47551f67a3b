/**
 * The datasets as published: each report's validated dataset (the same
 * loadReport the content collections use), its chart specs, its version and
 * the date of its last change from content/changelog/<slug>.json.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, loadAll } from '../content/load-reports.ts';
import { IngestError } from '../ingest/errors.ts';
import { readJson } from '../ingest/load.ts';
import { changelogSchema, type Change } from '../schemas/changelog.ts';
import type { ChartSpec } from '../schemas/chart-spec.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { DataRecord } from '../schemas/record.ts';
import type { ReportMeta } from '../schemas/report-meta.ts';
import { checkChangelog, datasetVersion } from './version.ts';

export interface PublishedDataset {
  slug: string;
  /** The report's title. */
  title: string;
  meta: ReportMeta;
  dataset: Dataset;
  charts: ChartSpec[];
  /** Content hash of the dataset. */
  version: string;
  /** Day of the last change (YYYY-MM-DD), from the changelog. */
  updated: string;
  /** Oldest first. */
  changes: Change[];
}

export const changelogFile = (slug: string) => join(CONTENT_DIR, 'changelog', `${slug}.json`);

/** Every report that has a dataset, newest first (as the home page orders them). */
export function publishedDatasets(): PublishedDataset[] {
  const out: PublishedDataset[] = [];
  for (const r of loadAll()) {
    if (!r.dataset) continue;
    const version = datasetVersion(r.dataset);
    const file = changelogFile(r.slug);
    const first = `{"report": "${r.slug}", "changes": [{"date": "YYYY-MM-DD", "version": "${version}", "note": "首次发布"}]}`;
    if (!existsSync(file)) throw IngestError.at(file, 'the dataset has no changelog', `create it with ${first}`);
    const log = readJson(file, changelogSchema, 'the changelog');
    if (log.report !== r.slug) throw IngestError.at(file, `"report" is "${log.report}" but the file belongs to "${r.slug}"`, `set "report": "${r.slug}"`);
    const check = checkChangelog(log, version);
    if (!check.ok) throw IngestError.at(file, check.problem, check.fix);
    out.push({
      slug: r.slug,
      title: r.parsed.title.text,
      meta: r.meta,
      dataset: r.dataset,
      charts: r.charts?.charts ?? [],
      version,
      updated: check.current.date,
      changes: log.changes,
    });
  }
  return out.sort((a, b) => b.meta.published.value.localeCompare(a.meta.published.value) || a.slug.localeCompare(b.slug));
}

/** The records a chart plots, in the chart's order. */
export function chartRecords(d: PublishedDataset, chart: ChartSpec): DataRecord[] {
  return chart.records.map((id) => {
    const r = d.dataset.records.find((x) => x.id === id);
    if (!r) throw IngestError.at(`content/charts/${d.slug}.json`, `chart "${chart.id}" plots the unknown record "${id}"`, 'use an id from the dataset');
    return r;
  });
}
