/**
 * A site of many reports, read as a reader would: the seed (content/) with the
 * reports of tests/fixtures/multi laid over it, ingested and built once per test
 * run by `npm run build:multi` (tests/support/multi-site.ts). Every check goes over
 * whatever reports that build holds; none counts the seed’s articles, records or
 * charts. axe and Lighthouse read the same build (tests/site/a11y.test.ts,
 * tests/lighthouse/); html-validate and the link crawl run here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import htmlValidateConfig from '../support/html-validate.config.ts';
import { dateLabel, interval, isoDate } from '../../src/lib/dates.ts';
import { reportMetaSchema, type ReportMeta } from '../../src/schemas/report-meta.ts';
import type { DataRecord } from '../../src/schemas/record.ts';
import { dom, htmlFiles, pathOf } from '../support/dist.ts';
import { crawl, describeBroken, type Crawl } from '../support/links.ts';
import { MULTI_CONTENT as content, multiDist } from '../support/multi-site.ts';
import { pngSize } from '../support/png.ts';
import { reportLines, visible } from '../support/report-lines.ts';
import { readFeed, siteRoot, sitemapUrls } from '../support/site-urls.ts';

const out = multiDist();

interface Report {
  slug: string;
  meta: ReportMeta;
  lines: string[];
  hasDataset: boolean;
  hasCharts: boolean;
}
let reports: Report[] = [];
let links: Crawl;

/** Article pages of a series in its reading order, as its series page lists them ("<slug>/<article>/index.html"). */
const articlesOf = (slug: string) =>
  [...dom(`${slug}/index.html`, out).querySelectorAll('.article-list :is(h2, h3) a')].map((a) => `${a.getAttribute('href')!.slice(1)}index.html`);
const jsonLd = (file: string) =>
  [...dom(file, out).querySelectorAll('script[type="application/ld+json"]')]
    .map((s) => JSON.parse(s.textContent!))
    .find((d) => d['@type'] === 'NewsArticle');

beforeAll(async () => {
  reports = readdirSync(join(content, 'reports'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -'.txt'.length);
      const charts = join(content, 'charts', `${slug}.json`);
      return {
        slug,
        meta: reportMetaSchema.parse(JSON.parse(readFileSync(join(content, 'reports', `${slug}.meta.json`), 'utf8'))),
        lines: reportLines(join(content, 'reports', f)),
        hasDataset: existsSync(join(content, 'data', `${slug}.json`)),
        hasCharts: existsSync(charts) && JSON.parse(readFileSync(charts, 'utf8')).charts.length > 0,
      };
    });
  links = await crawl(out);
}, 300_000);

describe('the multi-report fixture', () => {
  it('holds the seed and at least one more report, one without a dataset', () => {
    expect(reports.map((r) => r.slug)).toEqual(
      expect.arrayContaining(
        readdirSync('content/reports')
          .filter((f) => f.endsWith('.txt'))
          .map((f) => f.slice(0, -4)),
      ),
    );
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.some((r) => !r.hasDataset)).toBe(true);
    // Another report with figures and charts of its own, so the checks below see more than the seed’s.
    const seed = readdirSync('content/reports');
    expect(reports.some((r) => !seed.includes(`${r.slug}.txt`) && r.hasCharts)).toBe(true);
  });
});

describe('home page', () => {
  it('lists every series newest first, with its title, source and date', () => {
    const home = dom('index.html', out);
    const sections = [...home.querySelectorAll('main section[aria-labelledby^="series-"]')];
    const slugs = sections.map((s) => s.getAttribute('aria-labelledby')!.replace(/^series-/, ''));
    expect([...slugs].sort()).toEqual(reports.map((r) => r.slug));
    const ends = slugs.map((s) => interval(reports.find((r) => r.slug === s)!.meta.published)[1].getTime());
    for (let i = 1; i < ends.length; i++) expect(ends[i - 1], `${slugs[i - 1]} before ${slugs[i]}`).toBeGreaterThanOrEqual(ends[i]);
    sections.forEach((section, i) => {
      const r = reports.find((x) => x.slug === slugs[i])!;
      expect(visible(section.querySelector(i === 0 ? 'h1' : 'h2')!.textContent!)).toBe(visible(r.lines[0]));
      const byline = section.querySelector('.byline')!;
      expect(byline.textContent).toContain(r.meta.publisher);
      expect(byline.textContent).toContain(dateLabel(r.meta.published));
      expect(byline.querySelector('time')!.getAttribute('datetime')).toBe(isoDate(r.meta.published));
      const listed = [...section.querySelectorAll('.front-articles a')].map((a) => `${a.getAttribute('href')!.slice(1)}index.html`);
      expect(listed, r.slug).toEqual(articlesOf(r.slug));
    });
  });

  it('shows the lead chart of a series with charts as a thumbnail, and none for a series without', () => {
    const home = dom('index.html', out);
    for (const r of reports) {
      const img = home.querySelector(`section[aria-labelledby="series-${r.slug}"] .chart-thumb img`);
      if (!r.hasCharts) {
        expect(img, r.slug).toBeNull();
        continue;
      }
      expect(img, r.slug).not.toBeNull();
      expect(Number(img!.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img!.getAttribute('height'))).toBeGreaterThan(0);
      expect(img!.getAttribute('alt')).toMatch(/\p{Script=Han}/u);
      const svg = readFileSync(join(out, img!.getAttribute('src')!.slice(1)), 'utf8');
      expect(svg).toMatch(/^<svg\b/);
      expect(svg).not.toMatch(/<script|var\(--/);
    }
  });
});

describe('chart index', () => {
  it('has a section for each series with charts, every chart with its thumbnail', () => {
    const index = dom('charts/index.html', out);
    const sections = [...index.querySelectorAll('main section[aria-labelledby^="series-"]')].map((s) =>
      s.getAttribute('aria-labelledby')!.replace(/^series-/, ''),
    );
    expect(sections.sort()).toEqual(reports.filter((r) => r.hasCharts).map((r) => r.slug));
    const imgs = [...index.querySelectorAll('.chart-thumb img')];
    expect(imgs.length).toBe(readdirSync(join(out, 'charts'), { withFileTypes: true }).filter((d) => d.isDirectory()).length);
    for (const img of imgs) expect(existsSync(join(out, img.getAttribute('src')!.slice(1))), img.getAttribute('src')!).toBe(true);
  });
});

describe('article pages', () => {
  it('exist for every series and carry every line of its report, in order', () => {
    for (const r of reports) {
      const files = articlesOf(r.slug);
      expect(files.length, r.slug).toBeGreaterThan(0);
      const seen = files.flatMap((f) => {
        const d = dom(f, out);
        return [d.querySelector('article h1')!.textContent!, ...[...d.querySelectorAll('.prose > p')].map((p) => p.textContent!)];
      });
      expect(seen.map(visible), r.slug).toEqual(r.lines.map(visible));
    }
  });

  it('link previous and next only inside their own series, in reading order', () => {
    for (const r of reports) {
      const files = articlesOf(r.slug);
      files.forEach((f, i) => {
        const nav = dom(f, out).querySelector('.series-nav');
        const rel = (name: string) => nav?.querySelector(`a[rel="${name}"]`)?.getAttribute('href') ?? undefined;
        const page = (j: number) => (files[j] === undefined ? undefined : `/${pathOf(files[j])}`);
        expect(rel('prev'), f).toBe(page(i - 1));
        expect(rel('next'), f).toBe(page(i + 1));
      });
    }
  });

  it('credit their own report’s publisher and date in the byline and JSON-LD', () => {
    for (const r of reports)
      for (const f of articlesOf(r.slug)) {
        const byline = dom(f, out).querySelector('.byline')!;
        expect(byline.textContent, f).toContain(r.meta.publisher);
        expect(byline.querySelector('time')!.getAttribute('datetime'), f).toBe(isoDate(r.meta.published));
        const ld = jsonLd(f);
        expect(ld.isBasedOn.publisher.name, f).toBe(r.meta.publisher);
        expect(ld.isBasedOn.datePublished, f).toBe(isoDate(r.meta.published));
        expect(ld.author.name, f).toBe(r.meta.publisher);
        expect(ld.datePublished, f).toBe(isoDate(r.meta.published));
        for (const other of reports.filter((o) => o.meta.publisher !== r.meta.publisher))
          expect(byline.textContent, f).not.toContain(other.meta.publisher);
      }
  });

  it('of a report without charts have no chart slots, and without a dataset no links to its downloads', () => {
    for (const r of reports) {
      for (const f of articlesOf(r.slug)) {
        const d = dom(f, out);
        if (!r.hasCharts) expect(d.querySelectorAll('figure, [id^="chart-"], .cite-marker').length, f).toBe(0);
        if (!r.hasDataset) {
          const hrefs = [...d.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
          expect(
            hrefs.filter((h) => h.includes(`/data/${r.slug}`)),
            f,
          ).toEqual([]);
        }
      }
    }
  });
});

describe('data page', () => {
  it('lists exactly the datasets that exist', () => {
    const data = dom('data/index.html', out);
    const html = data.documentElement.outerHTML;
    for (const r of reports) {
      const download = `/data/${r.slug}.csv`;
      if (r.hasDataset) expect(html, r.slug).toContain(download);
      else expect(html, r.slug).not.toContain(`/data/${r.slug}.`);
      expect(existsSync(join(out, 'data', `${r.slug}.csv`)), r.slug).toBe(r.hasDataset);
    }
  });

  it('words every figure a report gives, and says 未披露 only where its dataset has no figure', () => {
    const data = dom('data/index.html', out);
    for (const r of reports.filter((x) => x.hasDataset)) {
      const { records } = JSON.parse(readFileSync(join(content, 'data', `${r.slug}.json`), 'utf8')) as { records: DataRecord[] };
      for (const rec of records) {
        const shown = data.querySelector(`#rec-${rec.id} td.value strong`)?.textContent?.trim();
        if (rec.value === null && !rec.change) continue;
        expect(shown, `${r.slug}: ${rec.id}`).toEqual(
          rec.value?.missing !== undefined ? '未披露' : expect.stringMatching(/\d|[一二两三四五六七八九十百千万亿成倍]/),
        );
      }
    }
  });
});

describe('feeds, sitemap, search and share cards', () => {
  it('the feed and the sitemap list every article of every series', () => {
    const root = siteRoot(out);
    const feed = readFeed(out).items.map((i) => i.link);
    const sitemap = sitemapUrls(root, out);
    for (const r of reports) {
      expect(sitemap, r.slug).toContain(new URL(`${r.slug}/`, root).href);
      for (const f of articlesOf(r.slug)) {
        const href = new URL(pathOf(f), root).href;
        expect(feed, f).toContain(href);
        expect(sitemap, f).toContain(href);
      }
    }
  });

  it('the search index holds every article of every series', () => {
    const dir = join(out, 'pagefind', 'fragment');
    const indexed = readdirSync(dir).map((f) => {
      const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
    for (const r of reports)
      for (const f of articlesOf(r.slug)) {
        const page = indexed.find((p) => p.url === `/${pathOf(f)}`);
        expect(page, f).toBeDefined();
        // The lead's words are searchable (Pagefind puts a zero-width space between the words it segments).
        expect(page!.content.replace(/\u200b/g, ''), f).toContain(
          dom(f, out).querySelector('article h1')!.textContent!.replace(/\s+/g, ' ').trim().split(' ')[0],
        );
      }
  });

  it('every series and article has its share card, as its page announces it', () => {
    const root = siteRoot(out);
    for (const r of reports)
      for (const f of [`${r.slug}/index.html`, ...articlesOf(r.slug)]) {
        const image = dom(f, out).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
        expect(image.startsWith(root), f).toBe(true);
        const png = join(out, decodeURIComponent(new URL(image).pathname.slice(new URL(root).pathname.length)));
        expect(existsSync(png), `${f}: ${image}`).toBe(true);
        expect(pngSize(readFileSync(png)), f).toEqual({ width: 1200, height: 630 });
        expect(image, f).toContain(r.slug);
      }
  });
});

describe('html-validate', () => {
  it('finds no error on any page of the build', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
    const errors: string[] = [];
    for (const file of htmlFiles(out)) {
      const report = await validator.validateFile(join(out, file));
      errors.push(
        ...report.results.flatMap((r) =>
          r.messages.filter((m) => m.severity === 2).map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
        ),
      );
    }
    expect(errors).toEqual([]);
  });
});

describe('links', () => {
  it('crawled every page of the build', () => {
    expect(links.ok.length).toBeGreaterThan(htmlFiles(out).length);
    for (const r of reports)
      expect(
        links.ok.some((l) => l.url.includes(`/${r.slug}/`)),
        r.slug,
      ).toBe(true);
  });

  it('finds none broken', () => {
    expect(describeBroken(links.broken)).toEqual([]);
  });
});
