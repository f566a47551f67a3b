/**
 * Links: no broken internal link, image or anchor (fragments included) on any
 * page, for the default build (dist/) and for a build under a base path.
 * linkinator crawls from every built page (tests/support/links.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, dom, htmlFiles, pathOf } from '../support/dist.ts';
import { astroBuild } from '../support/build.ts';
import { crawl, describeBroken, type Crawl } from '../support/links.ts';

const BASE = '/ai-talent/';

describe('links in the default build', () => {
  let result: Crawl;
  beforeAll(async () => {
    result = await crawl(DIST);
  });

  it('checked internal links and assets, and the pages have fragment links to check', () => {
    expect(result.ok.length).toBeGreaterThan(htmlFiles().length);
    expect(
      result.ok.some((l) => /\/_astro\/.+\.css$/.test(l.url)),
      'stylesheets were checked',
    ).toBe(true);
    // linkinator lists a page once, not each #fragment on it; "the link check itself" below
    // shows that a missing anchor is reported.
    const fragments = htmlFiles().flatMap((f) => [...dom(f).querySelectorAll('a[href*="#"]')]);
    expect(fragments.length).toBeGreaterThan(0);
  });

  it('finds none broken', () => {
    expect(describeBroken(result.broken)).toEqual([]);
  });
});

describe('links in a build under a base path', () => {
  const out = mkdtempSync(join(tmpdir(), 'base-site-'));
  let result: Crawl;
  beforeAll(async () => {
    // CONTENT_DIR=content: the same content, with a cache apart from dist/'s (see astro.config.mjs).
    const build = astroBuild({ BASE, OUT_DIR: out, CONTENT_DIR: 'content' });
    expect(build.status, build.output).toBe(0);
    result = await crawl(out, BASE);
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('checked the same pages', () => {
    expect(htmlFiles(out)).toEqual(htmlFiles());
    expect(result.ok.length).toBeGreaterThan(htmlFiles(out).length);
    expect(result.ok.every((l) => !l.url.startsWith('http://127.0.0.1') || new URL(l.url).pathname.startsWith(BASE))).toBe(true);
  });

  it('finds none broken (every link stays under the base path)', () => {
    expect(describeBroken(result.broken)).toEqual([]);
  });
});

describe('the link check itself', () => {
  const copy = mkdtempSync(join(tmpdir(), 'broken-site-'));
  let result: Crawl;
  beforeAll(async () => {
    cpSync(DIST, copy, { recursive: true });
    const file = join(copy, 'index.html');
    const planted =
      '<a href="/no-such-page/">x</a><a href="#no-such-anchor">x</a><img src="/no-such-image.png" alt="x">' +
      `<a href="/${pathOf(htmlFiles().find((f) => f !== 'index.html' && f !== '404.html')!)}#no-such-anchor-there">x</a>`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', `${planted}</main>`));
    result = await crawl(copy);
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('reports a broken page link, image, same-page anchor and anchor on another page', () => {
    const urls = result.broken.map((l) => l.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/no-such-page\/$/),
        expect.stringMatching(/\/no-such-image\.png$/),
        expect.stringMatching(/#no-such-anchor$/),
        expect.stringMatching(/#no-such-anchor-there$/),
      ]),
    );
  });
});
