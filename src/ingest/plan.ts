/**
 * From a loaded report to the MDX files of its articles: one lead article for
 * the paragraphs before the first subheading, one article per subheading. Pure:
 * the same input always gives the same files.
 */
import { IngestError } from './errors.ts';
import { describe } from './describe.ts';
import { slugify, uniqueSlugs } from './slug.ts';
import { articleTree } from './to-mdast.ts';
import { toMdx } from './serialize.ts';
import { citationSpans } from './citations.ts';
import type { LoadedReport } from './load.ts';
import type { Paragraph, Section } from './parse-report.ts';
import type { ArticleData } from '../schemas/article.ts';

export interface OutputFile {
  /** File name inside the report's article folder. */
  name: string;
  content: string;
}

export const LEAD_SLUG = 'dao-du';

/** For each chart, the line of the paragraph it follows. */
function placeCharts(report: LoadedReport, sections: Section[]): Map<number, string[]> {
  const placed = new Map<number, string[]>();
  if (!report.charts) return placed;
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const known = new Set(report.dataset?.records.map((r) => r.id));
  report.charts.charts.forEach((chart, i) => {
    const where = `charts[${i}]`;
    const file = report.paths.charts;
    for (const id of chart.records)
      if (!known.has(id))
        throw IngestError.at(file, `chart "${chart.id}" plots the unknown record "${id}"`, 'use an id from the dataset', `${where}.records`);
    const hits = paragraphs.filter((p) => p.text.includes(chart.after));
    const count = hits.reduce((n, p) => n + p.text.split(chart.after).length - 1, 0);
    if (count !== 1)
      throw IngestError.at(
        file,
        count === 0
          ? `chart "${chart.id}" is placed after "${chart.after}", which is in no paragraph of the report`
          : `chart "${chart.id}" is placed after "${chart.after}", which occurs ${count} times`,
        count === 0 ? 'copy the words exactly from a paragraph of the report' : 'lengthen the words so they point to one paragraph',
        `${where}.after`,
      );
    placed.set(hits[0].line, [...(placed.get(hits[0].line) ?? []), chart.id]);
  });
  const ids = report.charts.charts.map((c) => c.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw IngestError.at(report.paths.charts, `the chart id "${dup}" is used twice`, 'give each chart its own id');
  return placed;
}

export function planArticles(report: LoadedReport): OutputFile[] {
  const { parsed, meta, slug } = report;
  const sections = parsed.sections;
  const records = report.dataset?.records ?? [];
  const chartsAfterLine = placeCharts(report, sections);
  const titles = sections.map((s) => s.heading?.text ?? parsed.title.text);
  const slugs = uniqueSlugs(sections.map((s) => (s.heading ? slugify(s.heading.text) : LEAD_SLUG)));
  const orderOffset = sections[0]?.heading ? 1 : 0;

  return sections.map((section, i) => {
    const paragraphs: Paragraph[] = section.paragraphs;
    const citations = paragraphs.flatMap((p) =>
      citationSpans(p.text, records).flatMap((span) => span.records.map((record) => ({ record, anchor: span.anchor }))),
    );
    const data: ArticleData = {
      title: titles[i],
      series: parsed.title.text,
      report: slug,
      order: i + orderOffset,
      slug: slugs[i],
      description: describe(paragraphs.map((p) => p.text)),
      source: {
        ...meta,
        file: `reports/${slug}.txt`,
        lines: [section.heading?.line ?? parsed.title.line, paragraphs.at(-1)!.line],
      },
      charts: paragraphs.flatMap((p) => chartsAfterLine.get(p.line) ?? []),
      citations,
    };
    const tree = articleTree({ data, paragraphs, records, chartsAfterLine });
    return { name: `${String(data.order).padStart(2, '0')}-${data.slug}.mdx`, content: toMdx(tree) };
  });
}
