/**
 * Property-based, through the whole path: fast-check writes random and hostile
 * strings into the free-text fields an editor fills (a report line, a record's
 * label, a chart title, the publisher in the meta file), runs ingest and a build
 * over a copy of content/, and reads the site back as parsed trees. Each string
 * must appear whole and literal (typeset as the site sets all text) in its page,
 * the feed item, the CSV and the search record; and no page may hold an element,
 * an attribute or a URL scheme the seed site does not. Builds are slow, so few
 * runs: fast-check prints the seed of a failure to replay it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { csvParse } from 'd3-dsv';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { datasetVersion } from '../../src/data/version.ts';
import { loadReport } from '../../src/ingest/load.ts';
import { typeset } from '../../src/lib/typeset.ts';
import { astroBuild, buildEnv } from '../support/build.ts';
import { DIST, htmlFiles } from '../support/dist.ts';
import { elements, hostileLine, textOf } from '../support/hostile-text.ts';

const SLUG = 'ai-talent-war-2024-04';
/** Markup-like text short enough for every field: each field gets one, so even a few runs try markup everywhere. */
const MARKUP = [
  '<script>x()</script>',
  '<svg onload=x>',
  '</p>',
  '<b>粗</b>',
  '<a href="javascript:x">',
  '<wbr>',
  '&lt;i&gt;',
  '{x}',
  '<!--',
  '<img src=x>',
  '</figure>',
];
const field = fc.tuple(fc.constantFrom(...MARKUP), hostileLine).map(([m, h]) => m + h);

/** At most n UTF-16 units (the schemas' measure), cut between code points. */
const upTo = (s: string, n: number) => {
  const cps = [...s];
  while (cps.join('').length > n) cps.pop();
  return cps.join('');
};
/** Chinese on both edges: the field stays what it is (a paragraph, a label) whatever the string holds; within each field's length limit. */
const fields = fc.record({ line: field, label: field, chartTitle: field, publisher: field }).map((f) => ({
  line: `据报道，${f.line}此事仍在进展中。`,
  label: `标签${upTo(f.label, 36)}尾`,
  chartTitle: `图表${upTo(f.chartTitle, 26)}尾`,
  publisher: `报社${upTo(f.publisher, 60)}尾`,
}));
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

/** As a reader sees text: whitespace runs collapse (HTML), and zero-width spaces are not compared (Pagefind puts them between words). */
const seen = (s: string) =>
  s
    .replace(/\u200B/g, '')
    .replace(/[ \t\n\u00A0]+/g, ' ')
    .trim();

const URL_ATTRS = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'data'];
/** What markup the pages under dir use: tag names, attribute names, URL schemes. */
function markupOf(dir: string) {
  const tags = new Set<string>();
  const attrs = new Set<string>();
  const schemes = new Set<string>();
  for (const f of htmlFiles(dir))
    for (const el of elements(fromHtml(readFileSync(join(dir, f), 'utf8')))) {
      tags.add(el.tagName);
      for (const [k, v] of Object.entries(el.properties)) {
        attrs.add(k);
        const scheme = URL_ATTRS.includes(k) && typeof v === 'string' ? /^\s*([a-z][a-z0-9+.-]*):/i.exec(v)?.[1]?.toLowerCase() : undefined;
        if (scheme) schemes.add(scheme);
      }
    }
  return { tags, attrs, schemes };
}
const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));

function buildWith(f: Fields): string {
  const work = mkdtempSync(join(tmpdir(), 'hostile-prop-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const report = join(content, 'reports', `${SLUG}.txt`);
  writeFileSync(report, `${readFileSync(report, 'utf8').replace(/\s*$/, '')}\n${f.line}\n`);
  const editJson = (file: string, edit: (j: any) => void) => {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    edit(j);
    writeFileSync(file, JSON.stringify(j, null, 2));
  };
  editJson(join(content, 'data', `${SLUG}.json`), (d) => {
    d.records[0].label = f.label;
    // Digits in the new line are figures to provenance: the editor says they are not data.
    d.notFigures.push({ text: f.line, reason: '测试：随机文字，不是数据' });
  });
  editJson(join(content, 'charts', `${SLUG}.json`), (c) => (c.charts[0].title = f.chartTitle));
  editJson(join(content, 'reports', `${SLUG}.meta.json`), (m) => (m.publisher = f.publisher));
  // An editor who changes the dataset adds a changelog entry for its new version.
  const version = datasetVersion(loadReport(report).dataset!);
  editJson(join(content, 'changelog', `${SLUG}.json`), (c) => c.changes.push({ date: '2026-12-02', version, note: '测试：改写一条记录的名称' }));
  const ingest = spawnSync(process.execPath, ['tools/ingest.ts'], { env: buildEnv({ CONTENT_DIR: content }), encoding: 'utf8' });
  expect(ingest.status, `ingest refused the fields ${JSON.stringify(f)}:\n${ingest.stderr}`).toBe(0);
  const out = join(work, 'site');
  const build = astroBuild({ CONTENT_DIR: content, OUT_DIR: out });
  expect(build.status, build.output).toBe(0);
  return work;
}

function checkSite(dir: string, f: Fields, seed: ReturnType<typeof markupOf>) {
  const page = (file: string) => parseHTML(readFileSync(join(dir, file), 'utf8')).document as unknown as Document;
  const line = typeset(f.line);
  const articles = htmlFiles(dir).filter((p) => p.startsWith(`${SLUG}/`) && p !== `${SLUG}/index.html`);
  // The page: the report line is one paragraph holding only phrase breaks.
  const holders = articles.flatMap((a) =>
    [...page(a).querySelectorAll('.prose > p')].filter((p) => seen(p.textContent!) === seen(line)).map((p) => ({ a, p })),
  );
  expect(
    holders.map((h) => h.a),
    'one article holds the line as a paragraph',
  ).toHaveLength(1);
  const { a: article, p } = holders[0];
  expect(
    [...p.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()).filter((t) => t !== 'wbr'),
    'elements inside the line',
  ).toEqual([]);
  expect(seen(page(article).querySelector('.byline')!.textContent!)).toContain(seen(typeset(f.publisher)));
  // The record label on the data page, as one cell's title.
  const titles = [...page('data/index.html').querySelectorAll('.records .title')].map((e) => e.textContent!);
  expect(titles.map(seen)).toContain(seen(typeset(f.label)));
  // The chart title on its own page.
  const specs = JSON.parse(readFileSync(join(dir, '..', 'content', 'charts', `${SLUG}.json`), 'utf8'));
  const chartPage = page(`charts/${specs.charts[0].id}/index.html`);
  expect(seen(chartPage.querySelector('h1')!.textContent!)).toContain(seen(typeset(f.chartTitle)));
  // The feed item of that article holds the line as text of its HTML.
  const feed = new DOMParser().parseFromString(readFileSync(join(dir, 'rss.xml'), 'utf8'), 'text/xml') as unknown as Document;
  const item = [...feed.querySelectorAll('item')].find((i) =>
    i.querySelector('link')!.textContent!.endsWith(`/${article.replace(/index\.html$/, '')}`),
  );
  expect(item, `a feed item for ${article}`).toBeDefined();
  const encoded = [...item!.children].find((c) => c.tagName.toLowerCase() === 'content:encoded')!.textContent!;
  expect(seen(textOf(fromHtml(encoded, { fragment: true })))).toContain(seen(line));
  expect(seen(textOf(fromHtml(item!.querySelector('title')!.textContent!, { fragment: true })))).not.toBe('');
  // The CSV row of the record, and the search record of the article.
  const rows = csvParse(readFileSync(join(dir, 'data', `${SLUG}.csv`), 'utf8').replace(/^\uFEFF/, ''));
  expect(rows.map((r) => r.label)).toContain(typeset(f.label));
  const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).map((n) => {
    const text = gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', n))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
  const record = fragments.find((r) => r.url === `/${article.replace(/index\.html$/, '')}`);
  expect(record, `a search record for ${article}`).toBeDefined();
  expect(seen(record!.content)).toContain(seen(line));
  // No markup the seed site does not write.
  const built = markupOf(dir);
  expect(minus(built.tags, seed.tags), 'new elements').toEqual([]);
  expect(minus(built.attrs, seed.attrs), 'new attributes').toEqual([]);
  expect(minus(built.schemes, seed.schemes), 'new URL schemes').toEqual([]);
}

describe('hostile text in every editor-written field, through ingest and a build', () => {
  it('comes out whole and literal in page, feed, CSV and search record, and creates no markup', () => {
    const seed = markupOf(DIST);
    fc.assert(
      fc.property(fields, (f) => {
        const work = buildWith(f);
        try {
          checkSite(join(work, 'site'), f, seed);
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }),
      { numRuns: 2, endOnFailure: true },
    );
  }, 600_000);
});
