/**
 * Reads what ingest needs for one report and validates it: the report text,
 * its meta file, and (when present) its dataset and chart specs. Every problem
 * becomes an IngestError naming the file and the place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { z } from 'zod';
import { IngestError } from './errors.ts';
import { decodeReport, parseReport, type ParsedReport } from './parse-report.ts';
import { JsonSyntaxError, formatPath, lineOfPath, parseJson } from '../lib/json-source.ts';
import { RESERVED_SLUGS, reportMetaSchema, slugSchema, type ReportMeta } from '../schemas/report-meta.ts';
import { datasetSchemaFor, type Dataset } from '../schemas/dataset.ts';
import { chartFileSchema, type ChartFile } from '../schemas/chart-spec.ts';

export interface LoadedReport {
  slug: string;
  /** Path as given, for messages and front matter. */
  file: string;
  text: string;
  parsed: ParsedReport;
  meta: ReportMeta;
  dataset: Dataset | null;
  charts: ChartFile | null;
  /** Companion files, as shown in messages. */
  paths: { meta: string; dataset: string; charts: string };
}

const display = (path: string) => relative(process.cwd(), path) || path;

/** Where a report's dataset and chart specs live: content/data/<slug>.json, content/charts/<slug>.json. */
export function companionFiles(reportFile: string, slug: string) {
  const root = dirname(dirname(reportFile));
  return {
    meta: join(dirname(reportFile), `${slug}.meta.json`),
    dataset: join(root, 'data', `${slug}.json`),
    charts: join(root, 'charts', `${slug}.json`),
  };
}

/** Reads and validates a JSON file against a schema; errors carry the JSON path and line. */
export function readJson<S extends z.ZodType>(file: string, schema: S, what: string): z.infer<S> {
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = parseJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      throw IngestError.at(display(file), `${what} is not valid JSON (${e.message})`, 'fix the JSON syntax at that line and column', `${e.line}:${e.column}`);
    throw e;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const line = lineOfPath(text, issue.path);
    return `${display(file)}:${line ?? 1}: ${formatPath(issue.path)}: ${issue.message}`;
  });
  throw new IngestError(lines.join('\n'));
}

export function loadReport(file: string): LoadedReport {
  if (!existsSync(file)) throw IngestError.at(display(file), 'the report file does not exist', 'check the path (reports live in content/reports/<slug>.txt)');
  const slug = basename(file).replace(/\.txt$/, '');
  if (!file.endsWith('.txt') || !slugSchema.safeParse(slug).success || RESERVED_SLUGS.includes(slug))
    throw IngestError.at(
      display(file),
      `"${basename(file)}" is not a usable report name`,
      `name it <slug>.txt with a lowercase ASCII slug that is not one of ${RESERVED_SLUGS.join(', ')} (e.g. ai-talent-war-2024-04.txt)`,
    );
  const text = decodeReport(readFileSync(file), display(file));
  const parsed = parseReport(text, display(file));
  const paths = companionFiles(file, slug);
  if (!existsSync(paths.meta))
    throw IngestError.at(
      display(paths.meta),
      'the report has no meta file',
      `create it beside the report with {"publisher": "…", "published": {"value": "2024-04", "precision": "month"}, "language": "zh-CN"}`,
    );
  const meta = readJson(paths.meta, reportMetaSchema, 'the meta file');
  const dataset = existsSync(paths.dataset) ? readJson(paths.dataset, datasetSchemaFor(text), 'the dataset') : null;
  const charts = existsSync(paths.charts) ? readJson(paths.charts, chartFileSchema, 'the chart specs') : null;
  for (const [companion, data] of [[paths.dataset, dataset], [paths.charts, charts]] as const)
    if (data && data.report !== slug)
      throw IngestError.at(display(companion), `"report" is "${data.report}" but the file belongs to "${slug}"`, `set "report": "${slug}"`, String(lineOfPath(readFileSync(companion, 'utf8'), ['report'])));
  if (charts && !dataset)
    throw IngestError.at(display(paths.charts), 'charts need a dataset and there is none', `create ${display(paths.dataset)} or remove the chart specs`);
  const shown = { meta: display(paths.meta), dataset: display(paths.dataset), charts: display(paths.charts) };
  return { slug, file: display(file), text, parsed, meta, dataset, charts, paths: shown };
}
