/**
 * From a loaded report to the MDX files of its articles: one lead article for
 * the paragraphs before the first subheading, one article per subheading. Pure:
 * the same input always gives the same files.
 */
import { IngestError } from './errors.ts';
import { chartProblems } from './chart-check.ts';
import { describe } from './describe.ts';
import { assignSlugs, opening, type SlugEntry } from './slug.ts';
import { articleTree, GENERATED_NOTICE } from './to-mdast.ts';
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

/** For each chart, the line of the paragraph it follows; every problem of the chart specs at once. */
function placeCharts(report: LoadedReport, sections: Section[]): Map<number, string[]> {
  const placed = new Map<number, string[]>();
  if (!report.charts) return placed;
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const problems = chartProblems({
    file: report.paths.charts,
    charts: report.charts,
    records: report.dataset?.records ?? [],
    paragraphs: paragraphs.map((p) => p.text),
  });
  if (problems.length) throw new IngestError(problems.join('\n'));
  for (const chart of report.charts.charts) {
    const line = paragraphs.find((p) => p.text.includes(chart.after))!.line;
    placed.set(line, [...(placed.get(line) ?? []), chart.id]);
  }
  return placed;
}

/** The record of given-out slugs (src/ingest/slug.ts), committed beside the articles. */
export const SLUG_RECORD = 'slugs.json';

export function slugRecordFile(report: string, record: SlugEntry[]): OutputFile {
  return {
    name: SLUG_RECORD,
    content: `${JSON.stringify({ report, note: `${GENERATED_NOTICE} The URL of every article given out stays; delete an entry to give that article a new URL.`, articles: record }, null, 2)}\n`,
  };
}

/** Reads a slug record as written by slugRecordFile; a missing record is empty. */
export function parseSlugRecord(text: string | undefined, file: string): SlugEntry[] {
  if (text === undefined) return [];
  try {
    const data = JSON.parse(text) as { articles?: unknown };
    const list = Array.isArray(data.articles) ? data.articles : [];
    return list.filter((e): e is SlugEntry => typeof e?.slug === 'string' && typeof e?.heading === 'string' && typeof e?.opening === 'string');
  } catch {
    throw new IngestError(
      IngestError.line(
        file,
        'the slug record is not valid JSON',
        'restore it from git (git checkout -- <file>), or delete it to give every article its slug afresh',
      ),
    );
  }
}

/** The articles and the updated slug record. */
export function planReport(report: LoadedReport, record: SlugEntry[] = []): { articles: OutputFile[]; record: OutputFile } {
  const sections = report.parsed.sections.filter((s) => s.heading);
  const assigned = assignSlugs(
    sections.map((s) => ({ heading: s.heading!.text, opening: opening(s.paragraphs[0]?.text ?? '') })),
    record,
    [LEAD_SLUG],
  );
  const bySection = new Map(sections.map((s, i) => [s, assigned.slugs[i]]));
  return { articles: articlesFor(report, bySection), record: slugRecordFile(report.slug, assigned.record) };
}

function articlesFor(report: LoadedReport, given: Map<Section, string>): OutputFile[] {
  const { parsed, slug } = report;
  // The editor's $schema pointer and the names kept whole (a typesetting setting) are not part of the article's source line.
  const { $schema: _schema, keepWhole: _names, ...meta } = report.meta;
  const sections = parsed.sections;
  const records = report.dataset?.records ?? [];
  const chartsAfterLine = placeCharts(report, sections);
  const titles = sections.map((s) => s.heading?.text ?? parsed.title.text);
  const slugs = sections.map((s) => (s.heading ? given.get(s)! : LEAD_SLUG));
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
