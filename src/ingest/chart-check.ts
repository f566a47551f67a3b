/**
 * Chart specs checked against the report and its dataset at ingest (and by the
 * draft tool): unknown record ids, records or options that do not suit the
 * chart's form, a placement that is in no paragraph (or in several), a chart id
 * used twice. Every problem at once, one line each: file:line: JSON path: chart,
 * problem, fix.
 */
import { readFileSync } from 'node:fs';
import { FORMS } from '../charts/forms/index.ts';
import { formatPath, lineOfPath } from '../lib/json-source.ts';
import type { ChartFile } from '../schemas/chart-spec.ts';
import type { DataRecord } from '../schemas/record.ts';

export interface ChartCheckInput {
  /** The chart file as shown in messages (content/charts/<slug>.json). */
  file: string;
  charts: ChartFile;
  records: DataRecord[];
  /** Paragraph texts of the report, for placements. */
  paragraphs: string[];
  /** The chart file's text, for line numbers (read from `file` when absent). */
  source?: string;
}

/** "problem; fix" → "problem. Fix: fix." */
function sentence(message: string): string {
  const cut = message.indexOf('; ');
  return cut < 0 ? `${message}.` : `${message.slice(0, cut)}. Fix: ${message.slice(cut + 2)}.`;
}

export function chartProblems({ file, charts, records, paragraphs, source }: ChartCheckInput): string[] {
  let text = source;
  try {
    text ??= readFileSync(file, 'utf8');
  } catch {
    text = '';
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  const lines: string[] = [];
  const at = (path: (string | number)[], chartId: string, message: string) =>
    lines.push(`${file}:${lineOfPath(text!, path) ?? 1}: ${formatPath(path)}: chart "${chartId}": ${sentence(message)}`);
  const seen = new Set<string>();
  charts.charts.forEach((chart, i) => {
    const here = ['charts', i];
    if (seen.has(chart.id)) at([...here, 'id'], chart.id, 'this chart id is used twice; give each chart its own id');
    seen.add(chart.id);
    const known: DataRecord[] = [];
    chart.records.forEach((id, j) => {
      const r = byId.get(id);
      if (r) known.push(r);
      else at([...here, 'records', j], chart.id, `"${id}" is not a record of the dataset; use an id from content/data/<report>.json`);
    });
    // The form's verdict only makes sense on the records that exist.
    if (known.length === chart.records.length) {
      const form = FORMS[chart.form];
      for (const p of form.accepts(known, chart.options)) at([...here, ...p.path], chart.id, p.message);
    }
    const count = paragraphs.reduce((n, p) => n + p.split(chart.after).length - 1, 0);
    if (count !== 1)
      at(
        [...here, 'after'],
        chart.id,
        count === 0
          ? `is placed after "${chart.after}", which is in no paragraph of the report; copy the words exactly from a paragraph of the report`
          : `is placed after "${chart.after}", which occurs ${count} times; lengthen the words so they point to one paragraph`,
      );
  });
  return lines;
}
