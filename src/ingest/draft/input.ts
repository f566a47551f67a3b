/**
 * What `npm run draft` reads and where it writes: the report and its meta
 * file, the ids other reports already use, and the two files it proposes.
 * Every problem is collected and thrown at once as an IngestError naming the
 * file, the place and the fix.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { IngestError } from '../errors.ts';
import { decodeReport, parseReport } from '../parse-report.ts';
import { companionFiles, readJson, reportSlug } from '../load.ts';
import { reportMetaSchema, type ReportMeta } from '../../schemas/report-meta.ts';

export interface DraftSource {
  slug: string;
  file: string;
  text: string;
  meta: ReportMeta;
  out: { dataset: string; charts: string; changelog: string };
  takenRecordIds: Set<string>;
  takenChartIds: Set<string>;
}

const display = (path: string) => relative(process.cwd(), path) || path;

/** Ids in the other reports' datasets and chart files (unreadable files are ingest's business). */
function takenIds(dir: string, slug: string, key: 'records' | 'charts'): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(dir)) return ids;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.json') || f === `${slug}.json`) continue;
    try {
      const json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      for (const item of json?.[key] ?? []) if (typeof item?.id === 'string') ids.add(item.id);
    } catch {
      // ingest reports broken JSON with its line; the draft only avoids ids it can read.
    }
  }
  return ids;
}

export function readDraftSource(file: string | undefined, force: boolean): DraftSource {
  if (!file) throw new IngestError('draft: no report given. Fix: npm run draft -- content/reports/<slug>.txt [--force].');
  const slug = reportSlug(file);
  const problems: string[] = [];
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      problems.push(e.message);
      return undefined;
    }
  };
  const text = attempt(() => {
    const t = decodeReport(readFileSync(file), display(file));
    parseReport(t, display(file));
    return t;
  });
  const paths = companionFiles(file, slug);
  const meta = existsSync(paths.meta)
    ? attempt(() => readJson(paths.meta, reportMetaSchema, 'the meta file'))
    : void problems.push(
        IngestError.at(
          display(paths.meta),
          'the report has no meta file',
          'create it beside the report with {"publisher": "…", "published": {"value": "2024-04", "precision": "month"}, "language": "zh-CN"}',
        ).message,
      );
  if (!force)
    for (const out of [paths.dataset, paths.charts])
      if (existsSync(out))
        problems.push(
          IngestError.at(
            display(out),
            'the file exists and the draft never overwrites it',
            'review the existing file, or move it away, or pass --force to replace it',
          ).message,
        );
  if (problems.length || text === undefined || !meta) throw new IngestError(problems.join('\n'));
  const root = dirname(dirname(file));
  return {
    slug,
    file: display(file),
    text,
    meta,
    out: { dataset: paths.dataset, charts: paths.charts, changelog: paths.changelog },
    takenRecordIds: takenIds(join(root, 'data'), slug, 'records'),
    takenChartIds: takenIds(join(root, 'charts'), slug, 'charts'),
  };
}
