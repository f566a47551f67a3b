/**
 * A report full of text that looks like MDX, Markdown, HTML or script, taken
 * through the whole path (ingest -> MDX -> Astro build -> HTML): every line comes
 * out as literal text, and nothing becomes markup. The pages carry the site's
 * Content-Security-Policy and, opened in Chromium with the _headers a host
 * sends, run nothing and violate nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dom, htmlFiles, pathOf } from '../support/dist.ts';
import { reportLines, visible } from '../support/report-lines.ts';
import { astroBuild } from '../support/build.ts';
import { cspWeaknesses, parseCsp } from '../support/csp.ts';
import { launch } from '../support/browser.ts';
import { serve } from '../support/static-server.ts';

const CONTENT = 'tests/fixtures/hostile';
const out = mkdtempSync(join(tmpdir(), 'hostile-site-'));
let buildOutput = '';

beforeAll(() => {
  const check = spawnSync(process.execPath, ['tools/ingest.ts', '--check'], { env: { ...process.env, CONTENT_DIR: CONTENT }, encoding: 'utf8' });
  expect(check.status, `fixture articles are stale: ${check.stderr}`).toBe(0);
  const build = astroBuild({ CONTENT_DIR: CONTENT, OUT_DIR: out });
  expect(build.status, build.output).toBe(0);
  buildOutput = build.output;
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Article pages in series order, as the series page lists them. */
const articles = () =>
  [...dom('hostile-fixture/index.html', out).querySelectorAll('.article-list h3 a')].map((a) => `${a.getAttribute('href')!.slice(1)}index.html`);

describe('hostile report through the whole build', () => {
  it('renders every line of the report as the same text, in order', () => {
    const seen = articles().flatMap((f) => {
      const d = dom(f, out);
      return [d.querySelector('article h1')!.textContent!, ...[...d.querySelectorAll('.prose > p')].map((p) => p.textContent!)];
    });
    expect(seen.map(visible)).toEqual(reportLines(`${CONTENT}/reports/hostile-fixture.txt`).map(visible));
  });

  it('turns none of it into markup', () => {
    for (const f of articles()) {
      const prose = dom(f, out).querySelector('.prose')!;
      // Figures are the site's own markup; the report's text is everything else.
      // The site's own bundled module scripts sit beside the figures; the report's text is everything else.
      const ours = (e: Element) => e.closest('figure') || (e.tagName === 'SCRIPT' && e.getAttribute('type') === 'module');
      const tags = new Set([...prose.querySelectorAll('*')].filter((e) => !ours(e)).map((e) => e.tagName.toLowerCase()));
      for (const forbidden of [
        'script',
        'img',
        'b',
        'i',
        'em',
        'strong',
        'code',
        'pre',
        'blockquote',
        'h1',
        'h2',
        'hr',
        'ul',
        'ol',
        'li',
        'table',
        'del',
        'sup',
      ])
        expect(tags.has(forbidden), `<${forbidden}> in ${f}`).toBe(false);
      const links = [...prose.querySelectorAll('a')].filter((a) => !a.closest('figure') && !a.classList.contains('cite-marker'));
      expect(
        links.map((a) => a.outerHTML),
        f,
      ).toEqual([]);
    }
  });

  it('keeps dataset and meta text that looks like HTML as text', () => {
    for (const f of htmlFiles(out)) {
      const d = dom(f, out);
      const scripts = [...d.querySelectorAll('script')].filter((s) => !s.getAttribute('src') && !s.getAttribute('type')?.includes('json'));
      expect(
        scripts.map((s) => s.textContent),
        f,
      ).not.toContainEqual(expect.stringContaining('alert'));
      expect(d.querySelectorAll('img[onerror]').length, f).toBe(0);
    }
    const lead = dom('hostile-fixture/dao-du/index.html', out);
    expect(lead.querySelector('.byline')!.textContent).toContain('测试报社 <script>alert(1)</script>');
    const chartPage = dom('hostile-fixture/di-yi-jie-biao-ti/index.html', out);
    expect(chartPage.querySelector('figure')!.textContent).toContain('<script>图表</script>');
  });
});

describe('characters outside the share-card font', () => {
  it('build: the page keeps the heading as written, and the warning names the card, the report file and the code point', () => {
    const withGlyph = articles().filter((f) => dom(f, out).querySelector('article h1')!.textContent!.includes('𠮷'));
    expect(withGlyph.length, 'the fixture has a subheading with 𠮷 (U+20BB7)').toBe(1);
    const card = `og/${withGlyph[0].replace(/\/index\.html$/, '')}.png`;
    const warning = buildOutput.split('\n').find((l) => l.startsWith('og: warning:') && l.includes(card));
    expect(warning, `a warning naming ${card} in:\n${buildOutput}`).toBeDefined();
    expect(warning).toContain(`${CONTENT}/reports/hostile-fixture.txt`);
    expect(warning).toContain('"𠮷" (U+20BB7)');
  });
});

describe('hostile report in the browser', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    server = await serve(out);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('puts the site’s Content-Security-Policy in every page', () => {
    for (const f of htmlFiles(out)) {
      const meta = dom(f, out).querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta, f).not.toBeNull();
      expect(cspWeaknesses(parseCsp(meta!.getAttribute('content')!)), f).toEqual([]);
    }
  });

  it('runs no script and breaks no policy on any page', async () => {
    const events: string[] = [];
    let bylines = 0;
    // The Simplified pages: their 繁體 twins carry the same markup with the words converted.
    for (const f of htmlFiles(out).filter((p) => !p.startsWith('zh-hant/'))) {
      const page = await browser.newPage();
      page.on('dialog', async (d) => {
        events.push(`${f}: a ${d.type()} dialog opened: ${d.message()}`);
        await d.dismiss();
      });
      page.on('console', (m) => m.type() === 'error' && events.push(`${f}: console error: ${m.text()}`));
      page.on('pageerror', (e) => events.push(`${f}: ${e.message}`));
      await page.goto(server.url + pathOf(f), { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned), f).toBeUndefined();
      // Where the publisher is credited, the name that looks like a tag is there as text.
      for (const byline of await page.locator('.byline').all()) {
        expect(await byline.textContent(), f).toContain('测试报社 <script>alert(1)</script>');
        bylines++;
      }
      await page.close();
    }
    expect(events).toEqual([]);
    expect(bylines).toBeGreaterThan(0);
  });
});
