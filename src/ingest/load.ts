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
import { JsonSyntaxError, formatPath, lineOfPath, parseJson, placeOfPath } from '../lib/json-source.ts';
import { fixMessages } from './zod-messages.ts';
import { RESERVED_SLUGS, reportMetaSchema, slugSchema, type ReportMeta } from '../schemas/report-meta.ts';
import { datasetSchemaFor, type Dataset } from '../schemas/dataset.ts';
import { chartFileSchema, type ChartFile } from '../schemas/chart-spec.ts';
import { pieceTypesetter, typeset } from '../lib/typeset.ts';

/**
 * Everything a reader sees comes through here, so this is where the report's
 * punctuation is set for Chinese readers (src/lib/typeset.ts): the text, its
 * dataset and chart specs are typeset once, and provenance compares typeset
 * quotes with the typeset report. The report file itself stays verbatim.
 */
export interface LoadedReport {
  slug: string;
  /** Path as given, for messages and front matter. */
  file: string;
  /** The report, typeset; offsets and lines are those of the file (typeset changes one character for one). */
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
    changelog: join(root, 'changelog', `${slug}.json`),
  };
}

/** Every string of a JSON value passed through `set`. */
function mapStrings(value: unknown, set: (s: string) => string): unknown {
  if (typeof value === 'string') return set(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, set));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, set)]));
  return value;
}

/**
 * Reads and validates a JSON file against a schema; every problem carries the JSON path, line and column.
 * With `set`, every string is passed through it before validation (typesetting).
 */
export function readJson<S extends z.ZodType>(file: string, schema: S, what: string, set?: (s: string) => string): z.infer<S> {
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = parseJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw IngestError.at(display(file), `${what} is not valid JSON: ${e.message}`, e.fix, `${e.line}:${e.column}`);
    throw e;
  }
  const result = schema.safeParse(set ? mapStrings(json, set) : json, { error: fixMessages });
  if (result.success) return result.data;
  throw new IngestError(
    result.error.issues.map((issue) => {
      // An unknown key is reported on its object: point at the key itself.
      const keys = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
      const place = placeOfPath(text, keys) ?? { line: 1, column: 1 };
      return `${display(file)}:${place.line}:${place.column}: ${formatPath(issue.path)}: ${issue.message}`;
    }),
  );
}

/** Runs each step and throws one error with the problems of all that failed. */
function collect<T extends unknown[]>(...steps: { [K in keyof T]: () => T[K] }): T {
  const errors: IngestError[] = [];
  const out = steps.map((step) => {
    try {
      return step();
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      errors.push(e);
      return undefined;
    }
  });
  if (errors.length) throw IngestError.all(errors);
  return out as T;
}

/** The slug of an existing report file, or an IngestError that says how to name it. */
export function reportSlug(file: string): string {
  if (!existsSync(file))
    throw IngestError.at(display(file), 'the report file does not exist', 'check the path (reports live in content/reports/<slug>.txt)');
  const slug = basename(file).replace(/\.txt$/, '');
  if (!file.endsWith('.txt') || !slugSchema.safeParse(slug).success || RESERVED_SLUGS.includes(slug))
    throw IngestError.at(
      display(file),
      `"${basename(file)}" is not a usable report name`,
      `name it <slug>.txt with a lowercase ASCII slug that is not one of ${RESERVED_SLUGS.join(', ')} (e.g. ai-talent-war-2024-04.txt)`,
    );
  return slug;
}

export function loadReport(file: string): LoadedReport {
  const slug = reportSlug(file);
  const verbatim = decodeReport(readFileSync(file), display(file));
  const text = typeset(verbatim);
  const parsed = parseReport(text, display(file));
  // Quotes and names are set as they stand in the report, so they are found in it whichever width they were written with.
  const piece = pieceTypesetter(verbatim);
  const paths = companionFiles(file, slug);
  if (!existsSync(paths.meta))
    throw IngestError.at(
      display(paths.meta),
      'the report has no meta file',
      `create it beside the report with {"publisher": "…", "published": {"value": "2024-04", "precision": "month"}, "language": "zh-CN"}`,
    );
  // Every companion file is read even when one fails: the editor sees all problems at once.
  const [meta, dataset, charts] = collect<[ReportMeta, Dataset | null, ChartFile | null]>(
    () => readJson(paths.meta, reportMetaSchema, 'the meta file', typeset),
    () => (existsSync(paths.dataset) ? readJson(paths.dataset, datasetSchemaFor(text), 'the dataset', piece) : null),
    () => (existsSync(paths.charts) ? readJson(paths.charts, chartFileSchema, 'the chart specs', typeset) : null),
  );
  for (const [companion, data] of [
    [paths.dataset, dataset],
    [paths.charts, charts],
  ] as const)
    if (data && data.report !== slug)
      throw IngestError.at(
        display(companion),
        `"report" is "${data.report}" but the file belongs to "${slug}"`,
        `set "report": "${slug}"`,
        String(lineOfPath(readFileSync(companion, 'utf8'), ['report'])),
      );
  if (charts && !dataset)
    throw IngestError.at(
      display(paths.charts),
      'charts need a dataset and there is none',
      `create ${display(paths.dataset)} or remove the chart specs`,
    );
  const shown = { meta: display(paths.meta), dataset: display(paths.dataset), charts: display(paths.charts) };
  return { slug, file: display(file), text, parsed, meta, dataset, charts, paths: shown };
}
