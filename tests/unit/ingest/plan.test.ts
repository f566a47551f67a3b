/** From a loaded report to its article files: every paragraph once, charts where the specs place them, stable names. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LEAD_SLUG, parseSlugRecord, planReport } from '../../../src/ingest/plan.ts';
import { loadReport } from '../../../src/ingest/load.ts';
import { GENERATED_NOTICE } from '../../../src/ingest/to-mdast.ts';

const frontMatter = (mdx: string) => parse(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]);
const reports = readdirSync('content/reports').filter((f) => f.endsWith('.txt'));

describe.each(reports)('planReport on %s', (file) => {
  const report = loadReport(join('content/reports', file));
  const { articles, record } = planReport(report);
  const data = articles.map((a) => frontMatter(a.content));

  it('writes one article per section, numbered in report order, the lead as dao-du', () => {
    expect(articles).toHaveLength(report.parsed.sections.length);
    articles.forEach((a, i) => expect(a.name).toBe(`${String(data[i].order).padStart(2, '0')}-${data[i].slug}.mdx`));
    expect(data.map((d) => d.order)).toEqual([...data.map((d) => d.order)].sort((x, y) => x - y));
    if (!report.parsed.sections[0].heading) expect(data[0].slug).toBe(LEAD_SLUG);
    expect(new Set(data.map((d) => d.slug)).size).toBe(data.length);
  });

  it('covers the report’s lines once, each article citing its lines of the report file', () => {
    const paragraphs = report.parsed.sections.flatMap((s) => s.paragraphs);
    for (let i = 1; i < data.length; i++) expect(data[i].source.lines[0]).toBeGreaterThan(data[i - 1].source.lines[1]);
    expect(data.at(-1).source.lines[1]).toBe(paragraphs.at(-1)!.line);
    for (const d of data) expect(d.source.file).toBe(`reports/${report.slug}.txt`);
  });

  it('places every chart once, in the article of the paragraph named by its spec', () => {
    const placed = data.flatMap((d) => d.charts);
    expect(placed.sort()).toEqual((report.charts?.charts ?? []).map((c) => c.id).sort());
    articles.forEach((a, i) => {
      for (const id of data[i].charts) expect(a.content).toContain(`<Chart id="${id}" />`);
    });
  });

  it('says each file is generated, and gives the same files for the same report', () => {
    for (const a of articles) expect(a.content).toContain(GENERATED_NOTICE);
    expect(planReport(loadReport(join('content/reports', file)))).toEqual({ articles, record });
  });

  it('keeps the slugs of its own record, which reads back', () => {
    const entries = parseSlugRecord(record.content, 'slugs.json');
    expect(entries.map((e) => e.slug).sort()).toEqual(
      data
        .filter((d) => d.slug !== LEAD_SLUG)
        .map((d) => d.slug)
        .sort(),
    );
    const renamed = entries.map((e) => ({ ...e, slug: `${e.slug}-old` }));
    const again = planReport(report, renamed).articles.map((a) => frontMatter(a.content).slug);
    expect(again.filter((s) => s !== LEAD_SLUG).every((s) => s.endsWith('-old'))).toBe(true);
  });
});

describe('parseSlugRecord', () => {
  it('reads a missing record as empty, and names the file and the fix for a broken one', () => {
    expect(parseSlugRecord(undefined, 'x/slugs.json')).toEqual([]);
    expect(() => parseSlugRecord('{', 'x/slugs.json')).toThrow(/^x\/slugs\.json: the slug record is not valid JSON\. Fix: restore it from git/);
  });

  it('skips entries that lack a slug, heading or opening', () => {
    const text = JSON.stringify({ articles: [{ slug: 'a', heading: 'A', opening: 'o' }, { slug: 'b' }, null] });
    expect(parseSlugRecord(text, 'f')).toEqual([{ slug: 'a', heading: 'A', opening: 'o' }]);
  });
});
