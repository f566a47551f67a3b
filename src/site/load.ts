/**
 * Everything the site is built from, loaded and validated once: each report
 * (text, meta, dataset, chart specs, through the same loadReport as ingest, so
 * the build fails with the message an editor sees from `npm run ingest`), its
 * dataset's version and changelog, and ids that must be unique across reports.
 * Plain Node, no Astro: src/site/data.ts joins it with the generated articles.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../ingest/errors.ts';
import { loadReport, readJson, type LoadedReport } from '../ingest/load.ts';
import { changelogSchema, type Change } from '../schemas/changelog.ts';
import { checkChangelog, datasetVersion } from '../data/version.ts';
import { contentPaths } from './paths.ts';
import { placeAt } from '../lib/json-source.ts';

/** A dataset as published: its content hash and the changelog that names it. */
export interface Publication {
  /** Content hash of the dataset. */
  version: string;
  /** Day of the last change (YYYY-MM-DD), from the changelog. */
  updated: string;
  /** Oldest first. */
  changes: Change[];
}

export interface LoadedSiteReport extends LoadedReport {
  /** Present when the report has a dataset. */
  publication?: Publication;
}

/** Every report of a content folder, in file-name order. */
export function loadReports(dir: string): LoadedSiteReport[] {
  const paths = contentPaths(dir);
  const reports = readdirSync(paths.reports)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => loadReport(join(paths.reports, f)));
  checkUniqueIds(reports);
  return reports.map((r) => (r.dataset ? { ...r, publication: publication(r, paths.changelog(r.slug)) } : r));
}

function publication(r: LoadedReport, file: string): Publication {
  const version = datasetVersion(r.dataset!);
  const first = `{"report": "${r.slug}", "changes": [{"date": "YYYY-MM-DD", "version": "${version}", "note": "首次发布"}]}`;
  if (!existsSync(file)) throw IngestError.at(file, 'the dataset has no changelog', `create it with ${first}`);
  const log = readJson(file, changelogSchema, 'the changelog');
  if (log.report !== r.slug)
    throw IngestError.at(
      file,
      `"report" is "${log.report}" but the file belongs to "${r.slug}"`,
      `set "report": "${r.slug}"`,
      placeAt(file, ['report']),
    );
  const check = checkChangelog(log, version);
  if (!check.ok) throw IngestError.at(file, check.problem, check.fix, placeAt(file, ['changes', log.changes.length - 1, 'version']));
  return { version, updated: check.current.date, changes: log.changes };
}

/** Record and chart ids are part of shared links (/charts/<id>/, /data/#rec-<id>), so they must be unique across reports. */
export function checkUniqueIds(reports: LoadedReport[]): void {
  for (const kind of ['record', 'chart'] as const) {
    const seen = new Map<string, string>();
    for (const r of reports) {
      const ids = kind === 'record' ? (r.dataset?.records ?? []).map((x) => x.id) : (r.charts?.charts ?? []).map((x) => x.id);
      for (const id of ids) {
        const other = seen.get(id);
        if (other && other !== r.slug)
          throw IngestError.at(
            kind === 'record' ? r.paths.dataset : r.paths.charts,
            `the ${kind} id "${id}" is also used by report "${other}"`,
            'ids are part of shared links and must be unique across reports: rename one',
          );
        seen.set(id, r.slug);
      }
    }
  }
}
